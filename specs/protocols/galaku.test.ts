import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { galakuPacket, galakuPayload } from '../../protocols/devices/galaku/galakuCipher.js';
import { galakuProtocol } from '../../protocols/devices/galaku/galakuProtocol.js';
import type { HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { driveScript, protocolDevice, writtenBytes } from '../support/protocolDevices.js';

const model = (name: string) => galakuProtocol.config.configurations.find((m) => m.name === name)!;

describe('Galaku', () => {
  it('scrambles packets as the reference does (case test_galaku: 0% and 100%)', () => {
    expect(galakuPacket([90, 0, 0, 1, 49, 0, 0, 0, 0, 0])).toEqual([
      0x23, 0x81, 0xbb, 0xab, 0xd2, 0xec, 0x3b, 0x23, 0xbb, 0xa3, 0x3b, 0x90,
    ]);
    expect(galakuPacket([90, 0, 0, 1, 49, 100, 0, 0, 0, 0])).toEqual([
      0x23, 0x81, 0xbb, 0xab, 0xd2, 0xec, 0x57, 0x23, 0xbb, 0xa3, 0x3b, 0x44,
    ]);
  });

  it('unscrambles every packet back to its payload, and rejects a corrupted one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 1, max: 11 }),
        (payload, corrupt) => {
          const packet = galakuPacket(payload);
          expect(packet).toHaveLength(12);
          expect(galakuPayload(packet)).toEqual(payload);
          const broken = [...packet];
          broken[corrupt] = (broken[corrupt]! + 1) & 0xff;
          expect(galakuPayload(broken)).not.toEqual(payload);
        },
      ),
    );
  });

  it('sends both motors of a two-motor toy in one packet', () => {
    const device = protocolDevice(galakuProtocol, model('Galaku Little Devil'));
    const [first, second] = device.definition.features;
    const result = galakuProtocol.encodeOutputs(
      galakuProtocol.createState(device),
      [
        { feature: first!, type: 'Vibrate', value: 30 },
        { feature: second!, type: 'Vibrate', value: 70 },
      ],
      device,
    );
    expect(result.ok && result.writes.map((w) => galakuPayload([...w.data]))).toEqual([
      [90, 0, 0, 1, 64, 3, 30, 70, 0, 0],
    ]);
  });

  it('drives the Vision pump with plain packets', () => {
    const device = protocolDevice(galakuProtocol, model('Galaku Vision'), 'AC695X_1(BLE)');
    const [pump] = device.definition.features;
    const state = galakuProtocol.createState(device);
    const on = galakuProtocol.encodeOutputs(state, [{ feature: pump!, type: 'Vibrate', value: 40 }], device);
    const off = galakuProtocol.encodeOutputs(state, [{ feature: pump!, type: 'Vibrate', value: 0 }], device);
    expect(on.ok && [...on.writes[0]!.data]).toEqual([0xaa, 1, 10, 3, 40, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(off.ok && [...off.writes[0]!.data]).toEqual([0xaa, 1, 10, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('asks for the battery level and reads it from the battery notification', () => {
    const device = protocolDevice(galakuProtocol, galakuProtocol.config.defaults);
    const battery = device.definition.features[1]!;
    const answer = (r: HardwareRequest) =>
      r.op === 'notification' ? { endpoint: 'rxblebattery', data: Uint8Array.from([73]) } : undefined;
    const { requests, result } = driveScript(
      galakuProtocol.readInput!(
        galakuProtocol.createState(device),
        { feature: battery, type: 'Battery', command: 'Read', otherStreams: [] },
        device,
      ),
      answer,
    );
    expect(result).toBe(73);
    expect(requests[0]).toEqual({ op: 'subscribe', endpoint: 'rxblebattery' });
    expect(writtenBytes(requests).map((b) => galakuPayload(b!))).toEqual([[90, 0, 0, 1, 19, 0, 0, 0, 0, 0]]);
    expect(requests.find((r) => r.op === 'write')).toMatchObject({ endpoint: 'tx', withResponse: true });
    expect(() =>
      driveScript(
        galakuProtocol.readInput!(
          galakuProtocol.createState(device),
          { feature: battery, type: 'Battery', command: 'Read', otherStreams: [] },
          device,
        ),
      ),
    ).toThrow(/battery/);
  });
});

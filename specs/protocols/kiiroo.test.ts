import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  AnyDeviceProtocol,
  FeatureOutput,
  ProtocolDevice,
} from '../../protocols/devices/shared/deviceProtocol.js';
import { kiirooV2Protocol } from '../../protocols/devices/kiiroo/kiirooV2Protocol.js';
import { kiirooV2VibratorProtocol } from '../../protocols/devices/kiiroo/kiirooV2VibratorProtocol.js';
import { kiirooV21Protocol } from '../../protocols/devices/kiiroo/kiirooV21Protocol.js';
import { kiirooV21InitializedProtocol } from '../../protocols/devices/kiiroo/kiirooV21InitializedProtocol.js';
import { kiirooV3Protocol } from '../../protocols/devices/kiiroo/kiirooV3Protocol.js';
import { launchSpeed } from '../../protocols/devices/shared/launchSpeed.js';
import { driveScript, protocolDevice, writtenBytes } from '../support/protocolDevices.js';

const model = (protocol: AnyDeviceProtocol, name: string) =>
  protocolDevice(
    protocol,
    [protocol.config.defaults, ...protocol.config.configurations].find((m) => m.name === name)!,
  );

const encodeAll = (protocol: AnyDeviceProtocol, device: ProtocolDevice, outputs: FeatureOutput[]) => {
  const result = protocol.encodeOutputs(protocol.createState(device), outputs, device);
  if (!result.ok) throw new Error(result.reason);
  return result.writes.map((w) => ({ endpoint: w.endpoint, data: [...w.data] }));
};

describe('the Launch speed formula', () => {
  it('gives the speed byte the reference computes', () => {
    // 250 * (500 ms * 90 / (1.0 * 100))^-1.05 * 99 = 40.5
    expect(launchSpeed(0, 99, 500)).toBe(40);
    expect(launchSpeed(99, 0, 500)).toBe(40);
    expect(launchSpeed(40, 40, 300)).toBe(0);
    // No time for a move: as fast as the byte goes; no move and no time: 0 (the reference's NaN).
    expect(launchSpeed(0, 50, 0)).toBe(255);
    expect(launchSpeed(10, 10, 0)).toBe(0);
  });

  it('is a byte for every move and duration, and faster for shorter times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 100_000 }),
        (from, to, ms) => {
          const speed = launchSpeed(from, to, ms);
          expect(Number.isInteger(speed) && speed >= 0 && speed <= 255).toBe(true);
          expect(launchSpeed(from, to, Math.floor(ms / 2))).toBeGreaterThanOrEqual(speed);
        },
      ),
    );
  });
});

describe('Kiiroo v2', () => {
  const launch = model(kiirooV2Protocol, 'Fleshlight Launch');
  const [stroker] = launch.definition.features;

  it('wakes the Launch on firmware, then strokes with [position, speed] from the last position', () => {
    expect(driveScript(kiirooV2Protocol.initialize!(launch, { position: 0 })).requests).toEqual([
      { op: 'write', endpoint: 'firmware', data: Uint8Array.from([0]), withResponse: true },
    ]);
    const first = kiirooV2Protocol.encodeOutputs(
      { position: 0 },
      [{ feature: stroker!, type: 'HwPositionWithDuration', value: 99, duration: 500 }],
      launch,
    );
    expect(first.ok && [...first.writes[0]!.data]).toEqual([99, 40]);
    const back =
      first.ok &&
      kiirooV2Protocol.encodeOutputs(
        first.state,
        [{ feature: stroker!, type: 'HwPositionWithDuration', value: 0, duration: 500 }],
        launch,
      );
    expect(back && back.ok && [...back.writes[0]!.data]).toEqual([0, 40]);
  });

  it('sends the three motors of a vibrator in one packet', () => {
    const titan = model(kiirooV2VibratorProtocol, 'Kiiroo Titan');
    const [, second] = titan.definition.features;
    expect(encodeAll(kiirooV2VibratorProtocol, titan, [{ feature: second!, type: 'Vibrate', value: 60 }])).toEqual([
      { endpoint: 'tx', data: [0, 60, 0] },
    ]);
  });
});

describe('Kiiroo v2.1', () => {
  it('vibrates with [0x01, speed] and strokes with [0x03, 0, speed, position]', () => {
    const titan = model(kiirooV21Protocol, 'Kiiroo Titan 1.1');
    const [vibrator, stroker] = titan.definition.features;
    expect(
      encodeAll(kiirooV21Protocol, titan, [
        { feature: vibrator!, type: 'Vibrate', value: 33 },
        { feature: stroker!, type: 'HwPositionWithDuration', value: 99, duration: 500 },
      ]),
    ).toEqual([
      { endpoint: 'tx', data: [0x01, 33] },
      { endpoint: 'tx', data: [0x03, 0x00, 40, 99] },
    ]);
  });

  it('reads the battery from byte 5 of the 20-byte whitelist report, and refuses other lengths', () => {
    const pearl = model(kiirooV21Protocol, 'Kiiroo Pearl 2.1');
    const battery = pearl.definition.features.find((f) => f.inputs.Battery)!;
    const request = { feature: battery, type: 'Battery' as const, command: 'Read' as const, otherStreams: [] };
    const report = Uint8Array.from({ length: 20 }, (_, i) => (i === 5 ? 64 : 0xee));
    const { requests, result } = driveScript(
      kiirooV21Protocol.readInput!({ position: 0 }, request, pearl),
      () => report,
    );
    expect(requests).toEqual([{ op: 'read', endpoint: 'whitelist', length: 20 }]);
    expect(result).toBe(64);
    expect(() =>
      driveScript(kiirooV21Protocol.readInput!({ position: 0 }, request, pearl), () => report.subarray(0, 6)),
    ).toThrow(/6 bytes/);
  });

  it('wakes the Onyx+ with two packets written with response', () => {
    const onyx = model(kiirooV21InitializedProtocol, 'Kiiroo Onyx+');
    const { requests } = driveScript(kiirooV21InitializedProtocol.initialize!(onyx, { position: 0 }));
    expect(writtenBytes(requests)).toEqual([
      [0x03, 0x00, 0x64, 0x19],
      [0x03, 0x00, 0x64, 0x00],
    ]);
    expect(requests.every((r) => r.op === 'write' && r.withResponse)).toBe(true);
  });

  it('reads the battery of the Keon from its whitelist characteristic (declared since device config v5), and refuses without one', () => {
    const keon = model(kiirooV3Protocol, 'Kiiroo Keon');
    const battery = keon.definition.features.find((f) => f.inputs.Battery)!;
    const request = { feature: battery, type: 'Battery' as const, command: 'Read' as const, otherStreams: [] };
    const report = Uint8Array.from({ length: 20 }, (_, i) => (i === 5 ? 77 : 0));
    expect(driveScript(kiirooV3Protocol.readInput!({ position: 0 }, request, keon), () => report).result).toBe(77);
    const withoutWhitelist = { ...keon, endpoints: keon.endpoints.filter((e) => e !== 'whitelist') };
    expect(() => driveScript(kiirooV3Protocol.readInput!({ position: 0 }, request, withoutWhitelist))).toThrow(
      /whitelist/,
    );
  });
});

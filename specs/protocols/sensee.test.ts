import { describe, expect, it } from 'vitest';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';
import { senseeV2DeviceType, senseeV2Protocol } from '../../protocols/devices/sensee/senseeV2Protocol.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

const model = (name: string) =>
  protocolDevice(
    senseeV2Protocol,
    senseeV2Protocol.config.configurations.find((m) => m.name === name)!,
  );

describe('Sensee v2', () => {
  it('takes the device type from byte 6 of the info record, 0x65 when it is missing or 0', () => {
    expect(senseeV2DeviceType(Uint8Array.from([0x55, 0xaa, 0xf0, 0x02, 0x00, 0x05, 0x66, 0x01]))).toBe(0x66);
    expect(senseeV2DeviceType(Uint8Array.from([0x55, 0xaa, 0xf0, 0x02, 0x00, 0x05, 0x00]))).toBe(0x65);
    expect(senseeV2DeviceType(Uint8Array.from([0x55, 0xaa, 0xf0, 0x02, 0x00, 0x05]))).toBe(0x65);
  });

  it('reads the info record from tx while initialising', () => {
    const capsule = model('Sensee Capsule');
    const info = Uint8Array.from([0, 0, 0, 0, 0, 0, 0x6a]);
    const { requests, result } = driveScript(
      senseeV2Protocol.initialize!(capsule, senseeV2Protocol.createState(capsule)),
      () => info,
    );
    expect(requests).toEqual([{ op: 'read', endpoint: 'tx', length: 128, timeoutMs: 500 }]);
    expect(result.deviceType).toBe(0x6a);
  });

  it('sends every group of motors in one packet, with the device type', () => {
    const markel = model('Sensee Markel');
    const output = (index: number, value: number): FeatureOutput => {
      const feature = markel.definition.features[index]!;
      return { feature, type: feature.outputs[0]!.type, value };
    };
    const state = { ...senseeV2Protocol.createState(markel), deviceType: 0x66 };
    const first = senseeV2Protocol.encodeOutputs(state, [output(0, 50), output(2, 30)], markel);
    expect(first.ok && [...first.writes[0]!.data]).toEqual([
      0x55, 0xaa, 0xf0, 0x02, 0x00, 0x11, 0x66, 0xf1, 3, 0, 1, 1, 50, 1, 1, 1, 0, 2, 1, 1, 30, 0x00, 0x00,
    ]);
    const second = first.ok ? senseeV2Protocol.encodeOutputs(first.state, [output(1, 20)], markel) : first;
    expect(second.ok && [...second.writes[0]!.data].slice(8, -2)).toEqual([3, 0, 1, 1, 50, 1, 1, 1, 20, 2, 1, 1, 30]);
  });

  it('leaves out the groups a model does not have', () => {
    const capsule = model('Sensee Capsule');
    const [vibrator] = capsule.definition.features;
    const result = senseeV2Protocol.encodeOutputs(
      senseeV2Protocol.createState(capsule),
      [{ feature: vibrator!, type: 'Vibrate', value: 50 }],
      capsule,
    );
    expect(result.ok && [...result.writes[0]!.data]).toEqual([
      0x55, 0xaa, 0xf0, 0x02, 0x00, 0x0d, 0x65, 0xf1, 2, 0, 1, 1, 50, 2, 1, 1, 0, 0x00, 0x00,
    ]);
  });
});

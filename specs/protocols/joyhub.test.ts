import { describe, expect, it } from 'vitest';
import type { FeatureOutput, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import { joyhubProtocol } from '../../protocols/devices/joyhub/joyhubProtocol.js';
import { protocolDevice } from '../support/protocolDevices.js';

const model = (name: string) =>
  protocolDevice(
    joyhubProtocol,
    joyhubProtocol.config.configurations.find((m) => m.name === name)!,
  );
const feature = (device: ProtocolDevice, index: number) => device.definition.features.find((f) => f.index === index)!;

const encode = (device: ProtocolDevice, outputs: FeatureOutput[]) => {
  const result = joyhubProtocol.encodeOutputs(joyhubProtocol.createState(device), outputs, device);
  if (!result.ok) throw new Error(result.reason);
  return result.writes.map((w) => ({ data: [...w.data], ...(w.delayMs ? { delayMs: w.delayMs } : {}) }));
};

describe('JoyHub', () => {
  it('sends all motors in one packet, placed where the last motor change was', () => {
    const roselin = model('JoyHub RoseLin');
    expect(
      encode(roselin, [
        { feature: feature(roselin, 0), type: 'Vibrate', value: 10 },
        { feature: feature(roselin, 4), type: 'Constrict', value: 2 },
        { feature: feature(roselin, 3), type: 'Rotate', value: 20 },
      ]),
    ).toEqual([{ data: [0xa0, 0x07, 0x01, 0x00, 2, 0xff] }, { data: [0xa0, 0x03, 10, 0, 0, 20, 0xaa] }]);
  });

  it('uses the feature-4 suction packet only for feature 4', () => {
    const moonhorn = model('JoyHub Moon Horn');
    expect(encode(moonhorn, [{ feature: feature(moonhorn, 5), type: 'Constrict', value: 3 }])).toEqual([
      { data: [0xa0, 0x0d, 0x00, 0x00, 3, 0xff] },
    ]);
    const roselin = model('JoyHub RoseLin');
    expect(encode(roselin, [{ feature: feature(roselin, 4), type: 'Constrict', value: 0 }])).toEqual([
      { data: [0xa0, 0x07, 0x00, 0x00, 0, 0xff] },
    ]);
  });

  it('switches the heater on and off', () => {
    const moonhorn = model('JoyHub Moon Horn');
    const heater = feature(moonhorn, 6);
    expect(encode(moonhorn, [{ feature: heater, type: 'Temperature', value: 1 }])).toEqual([
      { data: [0xa0, 0x04, 0x01, 0x00, 0x01, 0xff] },
    ]);
    expect(encode(moonhorn, [{ feature: heater, type: 'Temperature', value: 0 }])).toEqual([
      { data: [0xa0, 0x04, 0x00, 0x00, 0x00, 0x00] },
    ]);
  });

  it('switches the lube pump off again a second after it starts', () => {
    const withPump = protocolDevice(
      joyhubProtocol,
      joyhubProtocol.config.configurations.find((m) => m.features.some((f) => f.output?.Spray))!,
    );
    const pump = withPump.definition.features.find((f) => f.outputs.some((o) => o.type === 'Spray'))!;
    expect(encode(withPump, [{ feature: pump, type: 'Spray', value: 1 }])).toEqual([
      { data: [0xa0, 0x24, 0x01, 0x00, 0x01, 0xff] },
      { data: [0xa0, 0x24, 0x00, 0x00, 0x00, 0x00], delayMs: 1_000 },
    ]);
    expect(encode(withPump, [{ feature: pump, type: 'Spray', value: 0 }])).toEqual([
      { data: [0xa0, 0x24, 0x00, 0x00, 0x00, 0x00] },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';
import { sexverseLg389Protocol } from '../../protocols/devices/sexverse/sexverseLg389Protocol.js';
import { sexverseV1Protocol, xorChecksum } from '../../protocols/devices/sexverse/sexverseV1Protocol.js';
import { sexverseV3Protocol } from '../../protocols/devices/sexverse/sexverseV3Protocol.js';
import { sexverseV5Protocol } from '../../protocols/devices/sexverse/sexverseV5Protocol.js';
import { protocolDevice } from '../support/protocolDevices.js';

describe('Sexverse v1', () => {
  const olis = protocolDevice(
    sexverseV1Protocol,
    sexverseV1Protocol.config.configurations.find((m) => m.name === 'Sexverse Olis')!,
  );
  const output = (index: number, value: number): FeatureOutput => {
    const feature = olis.definition.features[index]!;
    return { feature, type: feature.outputs[0]!.type, value };
  };

  it('closes each packet with the xor of its bytes', () => {
    expect(xorChecksum([0x23, 0x07, 0x03, 0x81, 0x03, 0x80])).toBe(0x25);
  });

  it('numbers every motor, says its kind and keeps the levels it was not told to change', () => {
    const first = sexverseV1Protocol.encodeOutputs(sexverseV1Protocol.createState(olis), [output(1, 0x80)], olis);
    expect(first.ok && [...first.writes[0]!.data]).toEqual([
      0x23, 0x07, 0x09, 0x81, 0x03, 0x00, 0x82, 0x03, 0x80, 0x83, 0x06, 0x00, 0x2b,
    ]);
    const second = first.ok ? sexverseV1Protocol.encodeOutputs(first.state, [output(2, 0x80)], olis) : first;
    const packet = second.ok ? [...second.writes[0]!.data] : [];
    expect(packet.slice(0, -1)).toEqual([0x23, 0x07, 0x09, 0x81, 0x03, 0x00, 0x82, 0x03, 0x80, 0x83, 0x06, 0x80]);
    expect(packet.at(-1)).toBe(xorChecksum(packet.slice(0, -1)));
  });
});

describe('Sexverse LG389', () => {
  const device = protocolDevice(sexverseLg389Protocol, sexverseLg389Protocol.config.defaults);
  const [vibrator, oscillator] = device.definition.features;

  it('anchors the stroke at the base over the full range only while oscillating', () => {
    const moving = sexverseLg389Protocol.encodeOutputs(
      sexverseLg389Protocol.createState(device),
      [{ feature: oscillator!, type: 'Oscillate', value: 8 }],
      device,
    );
    expect(moving.ok && [...moving.writes[0]!.data]).toEqual([
      0xaa, 0x05, 0x00, 0x14, 0x01, 0x00, 0x04, 0x00, 0x08, 0x00,
    ]);
    const resting = moving.ok
      ? sexverseLg389Protocol.encodeOutputs(
          moving.state,
          [
            { feature: oscillator!, type: 'Oscillate', value: 0 },
            { feature: vibrator!, type: 'Vibrate', value: 3 },
          ],
          device,
        )
      : moving;
    expect(resting.ok && [...resting.writes[0]!.data]).toEqual([
      0xaa, 0x05, 0x03, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ]);
  });
});

describe('Sexverse v3', () => {
  const zeus = protocolDevice(
    sexverseV3Protocol,
    sexverseV3Protocol.config.configurations.find((m) => m.name === 'Sexverse Zeus')!,
  );

  it('addresses each motor by its number, the oscillating one too', () => {
    const [vibrator, oscillator] = zeus.definition.features;
    const result = sexverseV3Protocol.encodeOutputs(
      null,
      [
        { feature: vibrator!, type: 'Vibrate', value: 10 },
        { feature: oscillator!, type: 'Oscillate', value: 15 },
      ],
      zeus,
    );
    expect(result.ok && result.writes.map((w) => [...w.data])).toEqual([
      [0xa1, 0x04, 10, 1],
      [0xa1, 0x04, 15, 2],
    ]);
  });
});

describe('Sexverse v5', () => {
  it('knows the Hannibal Kona, filed under its configurations since device config v5', () => {
    const config = createDeviceConfig([sexverseV5Protocol.config]);
    expect(resolveDevice(config, { protocol: 'sexverse-v5', identifier: 'CB-WXW03', address: 'a' })?.device.name).toBe(
      'Hannibal Kona',
    );
  });
});

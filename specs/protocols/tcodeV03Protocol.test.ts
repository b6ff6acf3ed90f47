import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutputCommand } from '../../protocols/config/commandChecks.js';
import { isFailure } from '../../protocols/buttplug/errorCodes.js';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import type { ModelDefinition } from '../../protocols/config/deviceDefinitions.js';
import { feature } from '../../protocols/config/deviceData.js';
import type { FeatureOutput, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import { tcodeV03Devices } from '../../protocols/devices/tcodeV03/tcodeV03Devices.js';
import {
  magnitudeDigits,
  tcodeMagnitude,
  tcodeV03Protocol,
} from '../../protocols/devices/tcodeV03/tcodeV03Protocol.js';

/** A stroker with a vibrator, as a user configuration declares one (linear 0..100, vibrate 0..99). */
const strokerWithVibe: ModelDefinition = {
  id: 'model-linear-vibe',
  name: 'Stroker + vibe',
  identifiers: ['OSR2-VIBE'],
  features: [
    feature(0, 'f-linear', {
      output: { HwPositionWithDuration: { value: [0, 100], duration: [0, 100000] }, Position: [0, 100] },
    }),
    feature(1, 'f-vibe', { output: { Vibrate: [0, 99] } }),
  ],
};

const config = createDeviceConfig([tcodeV03Devices], { configurations: { 'tcode-v03': [strokerWithVibe] } });

const deviceFor = (identifier: string): ProtocolDevice => {
  const resolved = resolveDevice(config, { protocol: 'tcode-v03', identifier, address: '/dev/ttyUSB0' })!;
  return { definition: resolved.device, identifier, hardwareName: '/dev/ttyUSB0', endpoints: ['rx', 'tx'] };
};

const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** Encodes client commands (checked as the engine does) and returns the text written. */
const encode = (device: ProtocolDevice, commands: { featureIndex: number; command: object }[]): string[] => {
  const outputs = commands.map(({ featureIndex, command }) => {
    const checked = checkOutputCommand(device.definition, featureIndex, command as never);
    if (isFailure(checked)) throw new Error(checked.message);
    return checked;
  });
  const result = tcodeV03Protocol.encodeOutputs(null, outputs, device);
  if (!result.ok) throw new Error(result.reason);
  return result.writes.map((w) => text(w.data));
};

/** Reads a TCode magnitude back as the fraction the device sees. */
const fraction = (digits: string) => Number(`0.${digits}`);

describe('tcodeV03Protocol', () => {
  const single = deviceFor('/dev/ttyUSB0');
  const withVibe = deviceFor('OSR2-VIBE');

  it('moves the linear axis over a duration: L0 + the fraction of the range + I<ms>, one line', () => {
    expect(
      encode(single, [{ featureIndex: 0, command: { HwPositionWithDuration: { Value: 510, Duration: 200 } } }]),
    ).toEqual(['L0510I200\n']);
    expect(
      encode(single, [{ featureIndex: 0, command: { HwPositionWithDuration: { Value: 51, Duration: 0 } } }]),
    ).toEqual(['L0051I0\n']);
    expect(
      encode(withVibe, [{ featureIndex: 0, command: { HwPositionWithDuration: { Value: 51, Duration: 200 } } }]),
    ).toEqual(['L051I200\n']);
  });

  it('jumps to a Position without an interval, and writes the top of the range as the largest fraction', () => {
    expect(encode(single, [{ featureIndex: 0, command: { Position: { Value: 250 } } }])).toEqual(['L0250\n']);
    expect(encode(single, [{ featureIndex: 0, command: { Position: { Value: 999 } } }])).toEqual(['L0999\n']);
    expect(encode(single, [{ featureIndex: 0, command: { Position: { Value: 0 } } }])).toEqual(['L0000\n']);
  });

  it('writes ranges made for TCode digit for digit, as the reference does (50 of 99 is V150)', () => {
    expect(encode(withVibe, [{ featureIndex: 1, command: { Vibrate: { Value: 50 } } }])).toEqual(['V150\n']);
    expect(tcodeMagnitude(50, 100)).toBe('50');
    expect(tcodeMagnitude(510, 1000)).toBe('510');
    expect(tcodeMagnitude(3, 6)).toBe('5');
  });

  it('drives a user-configured vibrator on its feature channel (V<feature index>)', () => {
    expect(encode(withVibe, [{ featureIndex: 1, command: { Vibrate: { Value: 99 } } }])).toEqual(['V199\n']);
    expect(encode(withVibe, [{ featureIndex: 1, command: { Vibrate: { Value: 5 } } }])).toEqual(['V105\n']);
    expect(encode(withVibe, [{ featureIndex: 1, command: { Vibrate: { Value: 0 } } }])).toEqual(['V100\n']);
  });

  it('writes each output of a batch as its own line, in order', () => {
    const lines = encode(withVibe, [
      { featureIndex: 0, command: { HwPositionWithDuration: { Value: 80, Duration: 500 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 33 } } },
    ]);
    expect(lines).toEqual(['L080I500\n', 'V133\n']);
  });

  it('honours user limits and reversed strokes (the engine maps them before the encoder)', () => {
    const limited = createDeviceConfig([tcodeV03Devices], {
      devices: [
        {
          key: { protocol: 'tcode-v03', identifier: 'COM3', address: 'COM3' },
          baseId: tcodeV03Devices.defaults.id,
          allow: false,
          deny: false,
          index: 0,
          features: [
            {
              baseId: tcodeV03Devices.defaults.features[0]!.id,
              output: { Position: { value: [100, 900], reverse: true } },
            },
          ],
        },
      ],
    });
    const definition = resolveDevice(limited, { protocol: 'tcode-v03', identifier: 'COM3', address: 'COM3' })!.device;
    const device: ProtocolDevice = { definition, identifier: 'COM3', hardwareName: 'COM3', endpoints: ['rx', 'tx'] };
    expect(encode(device, [{ featureIndex: 0, command: { Position: { Value: 0 } } }])).toEqual(['L0900\n']);
    expect(encode(device, [{ featureIndex: 0, command: { Position: { Value: 800 } } }])).toEqual(['L0100\n']);
  });

  it('refuses outputs TCode has no channel for, with a reason', () => {
    const rotating: FeatureOutput = {
      feature: {
        id: 'r',
        index: 0,
        description: '',
        outputs: [{ type: 'Rotate', base: [-20, 20], reverse: false, disabled: false }],
        inputs: {},
      },
      type: 'Rotate',
      value: 5,
    };
    const result = tcodeV03Protocol.encodeOutputs(null, [rotating], single);
    expect(result).toEqual({ ok: false, reason: 'this protocol drives no Rotate output (feature 0)' });
    expect(tcodeV03Protocol.encodeOutputs(null, [], single)).toEqual({ ok: true, state: null, writes: [] });
  });

  it('property: every in-range value becomes a well-formed line whose magnitude is the value as a fraction of its range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).chain((max) => fc.tuple(fc.constant(max), fc.integer({ min: 0, max }))),
        fc.integer({ min: 0, max: 100_000 }),
        ([max, value], duration) => {
          const output: FeatureOutput = {
            feature: {
              id: 'f',
              index: 0,
              description: '',
              outputs: [
                {
                  type: 'HwPositionWithDuration',
                  base: [0, max],
                  duration: [0, 100_000],
                  reverse: false,
                  disabled: false,
                },
              ],
              inputs: {},
            },
            type: 'HwPositionWithDuration',
            value,
            duration,
          };
          const result = tcodeV03Protocol.encodeOutputs(null, [output], single);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const line = text(result.writes[0]!.data);
          const match = /^L0(\d+)I(\d+)\n$/.exec(line);
          expect(match).not.toBeNull();
          const [, digits, interval] = match!;
          expect(digits).toHaveLength(magnitudeDigits(max));
          expect(Number(interval)).toBe(duration);
          // Within half a digit of the true fraction, except the top, which TCode cannot write as 1.0, and
          // ranges written digit for digit ([0, 99]: the value is the percentage), within one digit.
          const step = 10 ** -digits!.length;
          const digitForDigit = max === 10 ** digits!.length - 1;
          const tolerance = value === max || digitForDigit ? step : step / 2;
          expect(Math.abs(fraction(digits!) - value / max)).toBeLessThanOrEqual(tolerance + 1e-12);
        },
      ),
    );
  });

  it('property: magnitudes keep the order of values (a higher value never reads lower)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (max, a, b) => {
          const [low, high] = [Math.min(a, b, max), Math.min(Math.max(a, b), max)];
          expect(fraction(tcodeMagnitude(low, max))).toBeLessThanOrEqual(fraction(tcodeMagnitude(high, max)));
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOutputCommand } from '../../protocols/config/commandChecks.js';
import { isFailure } from '../../protocols/buttplug/errorCodes.js';
import { clientRange, stepCount, toHardwareValue, type ResolvedOutput } from '../../protocols/config/resolvedDevice.js';

const outputArbitrary: fc.Arbitrary<ResolvedOutput> = fc
  .record({
    type: fc.constantFrom('Vibrate', 'Rotate', 'Position', 'HwPositionWithDuration', 'Temperature') as fc.Arbitrary<
      ResolvedOutput['type']
    >,
    max: fc.integer({ min: 1, max: 1000 }),
    signed: fc.boolean(),
    reverse: fc.boolean(),
    limited: fc.boolean(),
    a: fc.nat(),
    b: fc.nat(),
  })
  .map(({ type, max, signed, reverse, limited, a, b }) => {
    const low = a % max;
    const high = low + 1 + (b % (max - low));
    const positional = type === 'Position' || type === 'HwPositionWithDuration';
    return {
      type,
      base: [signed && !positional ? -max : 0, max] as const,
      ...(limited ? { limit: [low, Math.min(high, max)] as const } : {}),
      reverse: positional && reverse,
      disabled: false,
    };
  });

describe('client steps to hardware values', () => {
  it('every value in the advertised range maps inside the hardware (and user) range', () => {
    fc.assert(
      fc.property(
        outputArbitrary.chain((output) =>
          fc.tuple(fc.constant(output), fc.integer({ min: clientRange(output)[0], max: clientRange(output)[1] })),
        ),
        ([output, value]) => {
          const hardware = toHardwareValue(output, value);
          expect(isFailure(hardware)).toBe(false);
          const low = output.limit?.[0] ?? 0;
          const high = output.limit?.[1] ?? output.base[1];
          const magnitude = Math.abs(hardware as number);
          if (output.type === 'Position' || output.type === 'HwPositionWithDuration' || value !== 0) {
            expect(magnitude).toBeGreaterThanOrEqual(low);
            expect(magnitude).toBeLessThanOrEqual(high);
          } else {
            expect(hardware).toBe(0);
          }
        },
      ),
    );
  });

  it('every value outside the advertised range, or not an integer, is refused', () => {
    fc.assert(
      fc.property(
        outputArbitrary.chain((output) =>
          fc.tuple(
            fc.constant(output),
            fc.oneof(
              fc.integer({ min: clientRange(output)[1] + 1, max: 2 ** 31 }),
              fc.integer({ min: -(2 ** 31), max: clientRange(output)[0] - 1 }),
              fc.double({ noInteger: true, noNaN: true }),
            ),
          ),
        ),
        ([output, value]) => {
          expect(isFailure(toHardwareValue(output, value))).toBe(true);
        },
      ),
    );
  });

  it('user limits shrink the advertised steps to b - a and offset non-zero speeds by a', () => {
    const output: ResolvedOutput = { type: 'Vibrate', base: [0, 20], limit: [5, 15], reverse: false, disabled: false };
    expect(stepCount(output)).toBe(10);
    expect(clientRange(output)).toEqual([0, 10]);
    expect([0, 1, 10].map((v) => toHardwareValue(output, v))).toEqual([0, 6, 15]);
  });

  it('reversed positions run from the top of the user window', () => {
    const output: ResolvedOutput = {
      type: 'Position',
      base: [0, 100],
      limit: [10, 90],
      reverse: true,
      disabled: false,
    };
    expect([0, 40, 80].map((v) => toHardwareValue(output, v))).toEqual([90, 50, 10]);
  });

  it('RotationWithDirection reads as a signed Rotate', () => {
    expect(readOutputCommand({ RotationWithDirection: { Value: 4, Clockwise: false } })).toEqual({
      type: 'Rotate',
      value: -4,
    });
    expect(readOutputCommand({ RotationWithDirection: { Value: 4, Clockwise: true } })).toEqual({
      type: 'Rotate',
      value: 4,
    });
  });
});

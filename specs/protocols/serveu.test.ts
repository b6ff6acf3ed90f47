import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serveuProtocol, serveuSpeed } from '../../protocols/devices/serveu/serveuProtocol.js';
import { protocolDevice } from '../support/protocolDevices.js';

describe('ServeU', () => {
  const device = protocolDevice(serveuProtocol, serveuProtocol.config.defaults);
  const [feature] = device.definition.features;
  const stroke = (value: number, duration: number) => ({
    feature: feature!,
    type: 'HwPositionWithDuration' as const,
    value,
    duration,
  });

  it('maps position units per second onto its speed scale', () => {
    expect(serveuSpeed(0, 1000)).toBe(0);
    expect(serveuSpeed(30, 1000)).toBe(15); // 30 u/s
    expect(serveuSpeed(50, 1000)).toBe(25); // 50 u/s: top of the first segment
    expect(serveuSpeed(51, 1000)).toBe(26);
    expect(serveuSpeed(50, 200)).toBe(75); // 250 u/s
    expect(serveuSpeed(75, 100)).toBe(200); // 750 u/s
    expect(serveuSpeed(20, 10)).toBe(250); // 2000 u/s
    expect(serveuSpeed(21, 10)).toBe(250);
    expect(serveuSpeed(1, 0)).toBe(250);
    expect(serveuSpeed(0, 0)).toBe(250);
  });

  it('never goes down as the move gets faster, and stays a byte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100_000 }), (distance, duration) => {
        const speed = serveuSpeed(distance, duration);
        expect(speed).toBeGreaterThanOrEqual(0);
        expect(speed).toBeLessThanOrEqual(0xfa);
        expect(serveuSpeed(Math.min(100, distance + 1), duration)).toBeGreaterThanOrEqual(speed);
      }),
    );
  });

  it('measures each stroke from where the previous one ended, within a batch too', () => {
    const first = serveuProtocol.encodeOutputs(serveuProtocol.createState(device), [stroke(30, 1000)], device);
    expect(first.ok && first.writes.map((w) => [...w.data])).toEqual([[0x01, 30, 15]]);
    const next = first.ok
      ? serveuProtocol.encodeOutputs(first.state, [stroke(80, 200), stroke(100, 10)], device)
      : first;
    expect(next.ok && next.writes.map((w) => [...w.data])).toEqual([
      [0x01, 80, 75],
      [0x01, 100, 250],
    ]);
    expect(next.ok && next.state).toEqual({ position: 100 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureOutput, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import { write } from '../../protocols/devices/shared/hardwareRequests.js';
import { packetGroups } from '../../protocols/devices/shared/packetGroups.js';
import { svakomDualVibration } from '../../protocols/devices/svakom/svakomDualVibration.js';

// Motors 0 and 1 share packet 'pair'; motor 2 has its own.
const { encodeOutputs: encode, createState } = packetGroups({
  size: 3,
  slots: {
    Vibrate: ({ feature, value }) => ({ slot: feature.index, value, packet: feature.index < 2 ? 'pair' : 'third' }),
  },
  packet: (packet, levels) => write('tx', packet === 'pair' ? [1, levels[0]!, levels[1]!] : [2, levels[2]!]),
});
const device = {} as ProtocolDevice;
const vibrate = (index: number, value: number) =>
  ({ feature: { index }, type: 'Vibrate', value }) as unknown as FeatureOutput;
const bytes = (result: ReturnType<typeof encode>) =>
  result.ok ? result.writes.map((w) => [...w.data]) : result.reason;

describe('packetGroups', () => {
  it('sends a shared packet once, where its last output stands, with every level of the batch', () => {
    const state = { levels: [0, 0, 0] };
    expect(bytes(encode(state, [vibrate(0, 5), vibrate(2, 7), vibrate(1, 3)], device))).toEqual([
      [2, 7],
      [1, 5, 3],
    ]);
    expect(bytes(encode(state, [vibrate(0, 5), vibrate(1, 3), vibrate(2, 7)], device))).toEqual([
      [1, 5, 3],
      [2, 7],
    ]);
  });

  it('remembers levels between batches and refuses what the protocol cannot express', () => {
    const first = encode({ levels: [0, 0, 0] }, [vibrate(1, 4)], device);
    expect(first.ok && first.state.levels).toEqual([0, 4, 0]);
    expect(bytes(encode(first.ok ? first.state : { levels: [] }, [vibrate(0, 9)], device))).toEqual([[1, 9, 4]]);
    expect(createState()).toEqual({ levels: [0, 0, 0] });
    expect(encode({ levels: [0, 0, 0] }, [{ ...vibrate(0, 1), type: 'Rotate' }], device)).toEqual({
      ok: false,
      reason: 'this protocol drives no Rotate output (feature 0)',
    });
    expect(encode({ levels: [0, 0] }, [vibrate(2, 1)], device).ok).toBe(false);
  });
});

describe('svakomDualVibration', () => {
  it('names the running motor when only one runs, and sends the faster level', () => {
    expect(svakomDualVibration(0, 0)).toEqual({ motors: 0, running: false, level: 0 });
    expect(svakomDualVibration(5, 0)).toEqual({ motors: 1, running: true, level: 5 });
    expect(svakomDualVibration(0, 8)).toEqual({ motors: 2, running: true, level: 8 });
    expect(svakomDualVibration(1, 8)).toEqual({ motors: 0, running: true, level: 8 });
    expect(svakomDualVibration(5, 0, true)).toEqual({ motors: 0, running: true, level: 5 });
  });

  it('is off exactly when both motors are', () => {
    fc.assert(
      fc.property(fc.nat(255), fc.nat(255), fc.boolean(), (a, b, single) => {
        const { motors, running, level } = svakomDualVibration(a, b, single);
        expect(running).toBe(a > 0 || b > 0);
        expect(level).toBe(Math.max(a, b));
        if (motors === 1) expect(b).toBe(0);
        if (motors === 2) expect(a).toBe(0);
      }),
    );
  });
});

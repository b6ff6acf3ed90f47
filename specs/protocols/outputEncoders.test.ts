/** The encoder shapes protocols are built from: what they drive is data, the refusal of the rest is theirs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTPUT_TYPES, type OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { FeatureOutput, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import { write } from '../../protocols/devices/shared/hardwareRequests.js';
import {
  byOutputType,
  combinedPacket,
  drivesOnly,
  notDriven,
  samePacket,
} from '../../protocols/devices/shared/outputEncoders.js';
import { encoded } from '../../protocols/devices/shared/deviceProtocol.js';

const output = (type: OutputType, index: number, value: number) =>
  ({ feature: { index }, type, value }) as unknown as FeatureOutput;
/** A model whose first `motors` features have an output. */
const deviceWith = (motors: number) =>
  ({
    definition: {
      features: Array.from({ length: motors + 1 }, (_, i) => ({ index: i, outputs: i < motors ? [{}] : [] })),
    },
  }) as unknown as ProtocolDevice;
const bytes = (result: { ok: boolean; writes?: readonly { data: Uint8Array }[]; reason?: string }) =>
  result.ok ? result.writes!.map((w) => [...w.data]) : result.reason;

const anyOutput = fc.record({
  type: fc.constantFrom(...OUTPUT_TYPES),
  index: fc.nat(3),
  value: fc.nat(100),
});

describe('byOutputType', () => {
  const encode = byOutputType({
    Vibrate: ({ value, feature }) => write('tx', [1, feature.index, value]),
    Rotate: ({ value }) => [write('tx', [2, value]), write('tx', [3])],
  });

  it('sends each output as its type entry says, in order, and refuses any type without an entry', () => {
    fc.assert(
      fc.property(fc.array(anyOutput, { maxLength: 6 }), (outputs) => {
        const result = encode(
          null,
          outputs.map((o) => output(o.type, o.index, o.value)),
          deviceWith(1),
        );
        const undriven = outputs.find((o) => o.type !== 'Vibrate' && o.type !== 'Rotate');
        if (undriven) {
          expect(result).toEqual(notDriven(output(undriven.type, undriven.index, 0)));
          return;
        }
        expect(bytes(result)).toEqual(
          outputs.flatMap((o) => (o.type === 'Vibrate' ? [[1, o.index, o.value]] : [[2, o.value], [3]])),
        );
      }),
    );
  });

  it('says what it refuses: the type and the feature', () => {
    expect(encode(null, [output('Spray', 2, 1)], deviceWith(3))).toEqual({
      ok: false,
      reason: 'this protocol drives no Spray output (feature 2)',
    });
  });

  it('lets one entry serve several types', () => {
    const both = byOutputType(samePacket(['Vibrate', 'Oscillate'], ({ value }) => write('tx', [value])));
    expect(bytes(both(null, [output('Vibrate', 0, 4), output('Oscillate', 0, 5)], deviceWith(1)))).toEqual([[4], [5]]);
    expect(both(null, [output('Rotate', 0, 1)], deviceWith(1)).ok).toBe(false);
  });

  it('takes no entry from the prototype chain for a type', () => {
    const table = Object.create({ Vibrate: () => write('tx', [9]) }) as Record<string, never>;
    expect(byOutputType(table)(null, [output('Vibrate', 0, 1)], deviceWith(1)).ok).toBe(false);
  });
});

describe('combinedPacket', () => {
  it('with fixed slots, sizes its state from them and puts each level in its slot', () => {
    const cowgirl = combinedPacket({ slots: { Vibrate: 0, Rotate: 1 }, packet: (levels) => write('tx', levels) });
    const state = cowgirl.createState(deviceWith(2));
    expect(state).toEqual({ levels: [0, 0] });
    const result = cowgirl.encodeOutputs(state, [output('Rotate', 1, 7), output('Vibrate', 0, 3)], deviceWith(2));
    expect(result.ok && result.state).toEqual({ levels: [3, 7] });
    expect(bytes(result)).toEqual([[3, 7]]);
    expect(cowgirl.encodeOutputs(state, [output('Oscillate', 0, 1)], deviceWith(2))).toEqual({
      ok: false,
      reason: 'this protocol drives no Oscillate output (feature 0)',
    });
  });

  it("with 'feature' slots, sizes its state from the model unless told, and refuses a feature beyond it", () => {
    const perFeature = combinedPacket({ slots: { Vibrate: 'feature' }, packet: (levels) => write('tx', levels) });
    const fixedSize = combinedPacket({
      size: 2,
      slots: { Vibrate: 'feature' },
      packet: (levels) => write('tx', levels),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (motors) => {
        expect(perFeature.createState(deviceWith(motors)).levels).toHaveLength(motors);
        expect(fixedSize.createState(deviceWith(motors)).levels).toHaveLength(2);
      }),
    );
    expect(perFeature.encodeOutputs({ levels: [0] }, [output('Vibrate', 1, 5)], deviceWith(1))).toEqual({
      ok: false,
      reason: 'feature 1 has no place in the packet',
    });
  });

  it('sends one packet per batch, with every level the batch leaves, and nothing for an empty batch', () => {
    const encoder = combinedPacket({
      size: 3,
      slots: { Vibrate: 'feature', Rotate: ({ value, feature }) => ({ slot: feature.index, value: value + 100 }) },
      packet: (levels) => write('tx', levels),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ rotate: fc.boolean(), index: fc.nat(2), value: fc.nat(50) }), { maxLength: 5 }),
        (changes) => {
          const result = encoder.encodeOutputs(
            { levels: [1, 2, 3] },
            changes.map((c) => output(c.rotate ? 'Rotate' : 'Vibrate', c.index, c.value)),
            deviceWith(3),
          );
          const levels = [1, 2, 3];
          for (const c of changes) levels[c.index] = c.rotate ? c.value + 100 : c.value;
          expect(bytes(result)).toEqual(changes.length === 0 ? [] : [levels]);
        },
      ),
    );
  });
});

describe('drivesOnly', () => {
  it('hands the encoder only batches of the types it names, and refuses the first other one', () => {
    const seen: OutputType[][] = [];
    const encode = drivesOnly<null>(['Vibrate'], (state, outputs) => {
      seen.push(outputs.map((o) => o.type));
      return encoded(state, []);
    });
    expect(encode(null, [output('Vibrate', 0, 1), output('Position', 1, 1)], deviceWith(2))).toEqual({
      ok: false,
      reason: 'this protocol drives no Position output (feature 1)',
    });
    expect(encode(null, [output('Vibrate', 0, 1)], deviceWith(1)).ok).toBe(true);
    expect(seen).toEqual([['Vibrate']]);
  });
});

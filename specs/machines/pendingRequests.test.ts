import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PendingRequests, type PendingRequest } from '../../machines/pendingRequests.js';

type Op =
  | { kind: 'add'; id: number; deviceIndex: number | undefined }
  | { kind: 'answer'; id: number }
  | { kind: 'fail'; deviceIndex: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    id: fc.nat({ max: 4 }),
    deviceIndex: fc.option(fc.nat({ max: 2 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('answer' as const), id: fc.nat({ max: 4 }) }),
  fc.record({ kind: fc.constant('fail' as const), deviceIndex: fc.nat({ max: 2 }) }),
);

describe('pending requests', () => {
  it('property: settles like a list in order — an answer takes the oldest with its Id, a failed device takes all of its own', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const pending = new PendingRequests();
        let model: PendingRequest[] = [];
        for (const step of ops) {
          if (step.kind === 'add') {
            const request =
              step.deviceIndex === undefined ? { id: step.id } : { id: step.id, deviceIndex: step.deviceIndex };
            pending.add(request);
            model.push(request);
          } else if (step.kind === 'answer') {
            pending.answer(step.id);
            const at = model.findIndex((request) => request.id === step.id);
            if (at !== -1) model = [...model.slice(0, at), ...model.slice(at + 1)];
          } else {
            const expected = model.filter((request) => request.deviceIndex === step.deviceIndex);
            expect(pending.takeForDevice(step.deviceIndex)).toEqual(expected);
            model = model.filter((request) => !expected.includes(request));
          }
          expect(pending.size).toBe(model.length);
        }
        // Whatever is left is exactly what the list holds, in order.
        for (const deviceIndex of [0, 1, 2]) {
          const expected = model.filter((request) => request.deviceIndex === deviceIndex);
          expect(pending.takeForDevice(deviceIndex)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

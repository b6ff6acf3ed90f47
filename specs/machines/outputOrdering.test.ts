/**
 * Bursts at the device machine (deviceHarness.ts, simulated clock; the test device has a 100 ms message
 * gap, or none, and repeats its last packet after 1 s of silence): for any interleaving of output commands,
 * stops, frame ends and waits, with any of them marked as the last of their frame (the session's
 * `endsFrame`), every request is answered exactly once, a stop is never overtaken by a value sent before
 * it, the device ends on the last value sent, and it gets there within one gap of the last send.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definition, fakeSession, readyDevice, settle } from './deviceHarness.js';

const GAP_MS = 100;

type Device = Awaited<ReturnType<typeof readyDevice>>;

/** Time passes to `target`, each timer firing at its own due time (not at the end of one big step). */
const advanceTo = async (device: Device, target: number) => {
  // What is due now (the end of the frame, the hardware's answers) happens before any time passes.
  await settle();
  const timers = (device.clock as unknown as { timeouts: Map<number, { start: number; timeout: number }> }).timeouts;
  for (;;) {
    const due = Math.min(...[...timers.values()].map((timer) => timer.start + timer.timeout));
    if (!(due <= target)) break;
    device.clock.set(Math.max(due, device.clock.now()));
    await settle();
  }
  device.clock.set(target);
  await settle();
};

type Step =
  | { readonly kind: 'output'; readonly value: number; readonly endsFrame: boolean }
  | { readonly kind: 'stop'; readonly endsFrame: boolean }
  /** The rest of the frame has arrived: the microtasks run. */
  | { readonly kind: 'frameEnd' }
  | { readonly kind: 'wait'; readonly ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('output' as const),
      value: fc.integer({ min: 0, max: 20 }).filter((value) => value !== 13), // the test protocol refuses 13
      endsFrame: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('stop' as const), endsFrame: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'frameEnd' } as const) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2 * GAP_MS }).map((ms) => ({ kind: 'wait', ms }) as const) },
);

describe.each([GAP_MS, 0])('the device machine: bursts, %i ms gap', (gapMs) => {
  it('for any burst: each request answered once, no stop overtaken by an older value, the last value within one gap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 60 }), async (steps) => {
        const device = await readyDevice({}, { ...definition, messageGapMs: gapMs });
        const session = fakeSession();
        // Every value sent, in order; a stop (0) remembers how many writes had started before it.
        const sent: number[] = [];
        const stops: { writesBefore: number; position: number }[] = [];
        let lastSendAt = 0;
        for (const s of steps) {
          if (s.kind === 'wait') await advanceTo(device, device.clock.now() + s.ms);
          else if (s.kind === 'frameEnd') await settle();
          else {
            const id = sent.length + 1;
            lastSendAt = device.clock.now();
            const mark = s.endsFrame ? { endsFrame: true } : {};
            if (s.kind === 'output') {
              device.send({
                type: 'device.request',
                replyTo: session.ref,
                request: {
                  kind: 'output',
                  id,
                  deviceIndex: 0,
                  commands: [{ featureIndex: 0, command: { Vibrate: { Value: s.value } } }],
                },
                ...mark,
              });
              sent.push(s.value);
            } else {
              device.send({
                type: 'device.stop',
                outputs: true,
                inputs: false,
                reply: { replyTo: session.ref, id },
                ...mark,
              });
              stops.push({ writesBefore: device.written.length, position: sent.length });
              sent.push(0);
            }
          }
        }
        const writesAtEnd = device.written.length;
        // Long enough for everything queued to go out, short of a keepalive repeat.
        await advanceTo(device, device.clock.now() + 2 * GAP_MS);

        // Every request answered exactly once, and none refused (all values are in range).
        const ids = session.heard.map((message) => (message as { Id: number }).Id).sort((a, b) => a - b);
        expect(ids).toEqual(sent.map((_, i) => i + 1));
        expect(session.heard.every((message) => message.type === 'Ok')).toBe(true);

        // No write after a stop carries a value sent before it.
        for (const stop of stops) {
          const allowed = new Set(sent.slice(stop.position));
          for (const write of device.written.slice(stop.writesBefore))
            for (const bytes of write.bytes) expect(allowed).toContain(bytes[0]);
        }

        // The device ends on the last value sent (0 after the stop on connect if nothing was).
        const final = device.written.filter((write) => write.bytes.length > 0).at(-1)!;
        expect(final.bytes).toEqual([[sent.at(-1) ?? 0]]);
        // And has it within one gap of the last send.
        if (device.written.slice(writesAtEnd).some((write) => write.bytes.length > 0))
          expect(final.at).toBeLessThanOrEqual(lastSendAt + gapMs);
      }),
      { numRuns: 100 },
    );
  });
});

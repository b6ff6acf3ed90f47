/**
 * The safety rules, checked as oracles should be: they accept every timeline a correct engine (the
 * reference model) produces, and each one catches the fault it is about when that is planted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceOutputs } from '../../protocols/safety/referenceOutputs.js';
import {
  checkSafety,
  lastValueDelivered,
  noOutputAfterStop,
  stopReachesZero,
  withinRange,
} from '../../protocols/safety/safetyRules.js';
import type { SafetyEvent } from '../../protocols/safety/safetyTimeline.js';

const RANGE = [0, 20] as const;

/** Commands, stops and departures on two outputs of one device, at increasing times. */
const inputsArbitrary = fc
  .array(
    fc.record({
      dt: fc.integer({ min: 0, max: 400 }),
      what: fc.oneof(
        fc.record({
          kind: fc.constant('command' as const),
          feature: fc.integer({ min: 0, max: 1 }),
          value: fc.integer({ min: 0, max: 20 }),
        }),
        fc.record({
          kind: fc.constant('stop' as const),
          feature: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
        }),
        fc.record({ kind: fc.constant('gone' as const) }),
      ),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((steps) => {
    let at = 0;
    return steps.map(({ dt, what }): SafetyEvent => {
      at += dt;
      if (what.kind === 'command')
        return { kind: 'command', at, device: 0, feature: what.feature, type: 'Vibrate', value: what.value };
      if (what.kind === 'gone') return { kind: 'gone', at, device: 0 };
      return {
        kind: 'stop',
        at,
        device: 0,
        ...(what.feature !== undefined ? { feature: what.feature } : {}),
        reason: 'StopCmd',
      };
    });
  });

const timingArbitrary = fc.record({
  gapMs: fc.integer({ min: 0, max: 200 }),
  writeMs: fc.integer({ min: 0, max: 50 }),
});

const judge = (events: readonly SafetyEvent[], timing: { gapMs: number; writeMs: number }) => ({
  now: Math.max(0, ...events.map((e) => e.at)) + 5_000,
  gapMs: () => timing.gapMs,
  slackMs: timing.writeMs + 1,
  rangeOf: () => RANGE,
});

describe('the safety rules', () => {
  it('accept everything a correct engine writes', () => {
    fc.assert(
      fc.property(inputsArbitrary, timingArbitrary, (inputs, timing) => {
        const timeline = [...inputs, ...referenceOutputs(inputs, timing)];
        expect(checkSafety(timeline, judge(timeline, timing))).toEqual([]);
      }),
      { seed: 4, numRuns: 1_000 },
    );
  });

  it('stopReachesZero: catches a stop whose zero never comes', () => {
    fc.assert(
      fc.property(inputsArbitrary, timingArbitrary, fc.integer({ min: 1, max: 20 }), (prefix, timing, value) => {
        // After any history: a command, its write, then a stop once everything settled, and nothing more.
        const t = Math.max(0, ...prefix.map((e) => e.at)) + 1_000;
        const inputs: SafetyEvent[] = [
          ...prefix,
          { kind: 'command', at: t, device: 0, feature: 0, type: 'Vibrate', value },
          { kind: 'stop', at: t + 500, device: 0, reason: 'session ended' },
        ];
        const outputs = referenceOutputs(inputs, timing);
        const stopZero = outputs.filter((e) => e.kind === 'output' && e.at >= t + 500 && e.value === 0);
        expect(stopZero.length).toBeGreaterThan(0);
        const broken = [...inputs, ...outputs.filter((e) => !stopZero.includes(e))];
        expect(stopReachesZero(broken, judge(broken, timing)).length).toBeGreaterThan(0);
      }),
      { seed: 5, numRuns: 500 },
    );
    const timeline: SafetyEvent[] = [
      { kind: 'command', at: 0, device: 0, feature: 0, type: 'Vibrate', value: 12 },
      { kind: 'output', at: 1, device: 0, feature: 0, type: 'Vibrate', value: 12 },
      { kind: 'stop', at: 100, reason: 'session ended' },
    ];
    expect(stopReachesZero(timeline, { now: 1_099 })).toEqual([]);
    expect(stopReachesZero(timeline, { now: 1_100 })).toMatchObject([{ rule: 'stopReachesZero', at: 1_100 }]);
    const stopped: SafetyEvent = { kind: 'output', at: 900, device: 0, feature: 0, type: 'Vibrate', value: 0 };
    expect(stopReachesZero([...timeline, stopped], { now: 5_000 })).toEqual([]);
  });

  it('a stop judges no position: the engine leaves a stroker where it is (the monitor flagged every stroke before a stop)', () => {
    const held = (type: 'HwPositionWithDuration' | 'Position' | 'Vibrate'): SafetyEvent[] => [
      { kind: 'command', at: 0, device: 0, feature: 0, type, value: 10 },
      { kind: 'output', at: 1, device: 0, feature: 0, type, value: 10 },
      { kind: 'stop', at: 100, device: 0, reason: 'device.stop' },
    ];
    // Moved to 0 and back with no command since the stop.
    const moved = (type: 'HwPositionWithDuration' | 'Position' | 'Vibrate'): SafetyEvent[] => [
      ...held(type),
      { kind: 'output', at: 150, device: 0, feature: 0, type, value: 0 },
      { kind: 'output', at: 200, device: 0, feature: 0, type, value: 10 },
    ];
    for (const type of ['HwPositionWithDuration', 'Position'] as const) {
      expect(stopReachesZero(held(type), { now: 5_000 })).toEqual([]);
      expect(noOutputAfterStop(moved(type))).toEqual([]);
    }
    expect(stopReachesZero(held('Vibrate'), { now: 5_000 })).toHaveLength(1);
    expect(noOutputAfterStop(moved('Vibrate'))).toHaveLength(1);
  });

  it('noOutputAfterStop: catches a value written after a stop without a new command', () => {
    fc.assert(
      fc.property(inputsArbitrary, timingArbitrary, fc.nat(), (inputs, timing, pick) => {
        const outputs = referenceOutputs(inputs, timing);
        const zeros = outputs.filter(
          (e): e is Extract<SafetyEvent, { kind: 'output' }> => e.kind === 'output' && e.value === 0,
        );
        fc.pre(zeros.length > 0);
        const zero = zeros[pick % zeros.length]!;
        // Right after that zero, before anything else happens to the output, the old value comes back.
        const next = [...inputs, ...outputs].filter((e) => e.at > zero.at).map((e) => e.at);
        const at = zero.at + Math.min(1, ...next.map((t) => (t - zero.at) / 2));
        const stale: SafetyEvent = { ...zero, at, value: 7 };
        const stoppedBefore = inputs.some(
          (e) => e.kind === 'stop' && e.at <= zero.at && (e.feature === undefined || e.feature === zero.feature),
        );
        fc.pre(stoppedBefore && !inputs.some((e) => e.at > zero.at - 0.0001 && e.at <= at && e.kind !== 'stop'));
        const lastStopBeforeZero = inputs
          .filter(
            (e) => e.at <= zero.at && (e.kind !== 'stop' || e.feature === undefined || e.feature === zero.feature),
          )
          .at(-1);
        fc.pre(lastStopBeforeZero?.kind === 'stop');
        expect(noOutputAfterStop([...inputs, ...outputs, stale]).length).toBeGreaterThan(0);
      }),
      { seed: 6, numRuns: 1_000 },
    );
  });

  it('withinRange: catches a value outside the user range, and never a zero', () => {
    const at = (value: number): SafetyEvent => ({
      kind: 'output',
      at: 1,
      device: 0,
      feature: 0,
      type: 'Vibrate',
      value,
    });
    expect(withinRange([at(0), at(5), at(15)], { now: 10, rangeOf: () => [5, 15] })).toEqual([]);
    expect(withinRange([at(4), at(16)], { now: 10, rangeOf: () => [5, 15] }).map((v) => v.rule)).toEqual([
      'withinRange',
      'withinRange',
    ]);
  });

  it('withinRange: an output that turns both ways is bounded in magnitude, its sign being the direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 30 }).filter((v) => v !== 0),
        (value) => {
          const event: SafetyEvent = { kind: 'output', at: 1, device: 0, feature: 0, type: 'Rotate', value };
          const broken = withinRange([event], { now: 10, rangeOf: () => [2, 8], turnsBothWays: () => true });
          expect(broken.length).toBe(Math.abs(value) >= 2 && Math.abs(value) <= 8 ? 0 : 1);
        },
      ),
    );
  });

  it('lastValueDelivered: catches the last value of a burst that never arrives', () => {
    fc.assert(
      fc.property(
        inputsArbitrary,
        timingArbitrary,
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 5 }),
        (prefix, timing, burst) => {
          // After any history, once it settled: a burst of commands 10 ms apart, then nothing.
          const t = Math.max(0, ...prefix.map((e) => e.at)) + 1_000;
          const commands = burst.map((value, i): SafetyEvent => ({
            kind: 'command',
            at: t + 10 * i,
            device: 0,
            feature: 0,
            type: 'Vibrate',
            value,
          }));
          const inputs = [...prefix, ...commands];
          const outputs = referenceOutputs(inputs, timing);
          // What the hardware had before the burst (a departure forgets it).
          const before = [...prefix, ...outputs]
            .filter((e) => e.at < t && (e.kind === 'gone' || (e.kind === 'output' && e.feature === 0)))
            .sort((a, b) => a.at - b.at)
            .at(-1);
          const last = burst.at(-1)!;
          fc.pre((before?.kind === 'output' ? before.value : 0) !== last);
          const final = outputs.filter((e) => e.kind === 'output' && e.feature === 0).at(-1)!;
          expect(final).toMatchObject({ value: last });
          const broken = [...inputs, ...outputs.filter((e) => e !== final)];
          expect(lastValueDelivered(broken, judge(broken, timing)).length).toBeGreaterThan(0);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});

/**
 * The safety and protocol rules as seen from outside a server: over the messages that crossed the wire,
 * a device's running/stopped changes, write times and final values. Each returns what broke the rule
 * (empty or undefined when it held). They know nothing of WebSockets, engines or Lovense, so the same
 * functions judge a server from the outside (`buttplug-conformance`), an app's engine in its own tests
 * (`buttplug-actors/testing`), and ours. Where a rule is one of the engine's own safety rules
 * (safetyRules.ts), it is that rule run over a timeline built from what was observed, not a second copy.
 */
import { noOutputAfterStop, stopReachesZero } from './safetyRules.js';
import type { OutputAddress, SafetyEvent } from './safetyTimeline.js';

/** A message as the oracles see it: its type, its Id and when it crossed. */
export interface TimedMessage {
  readonly at: number;
  readonly name: string;
  readonly id: number | undefined;
}

/** Server messages that may come unasked, with Id 0. */
const EVENTS = new Set([
  'DeviceList',
  'ScanningFinished',
  'InputReading',
  'Error',
  'DeviceAdded',
  'DeviceRemoved',
  'SensorReading',
]);

/**
 * Every request Id is answered at most once (and, with `requireAll`, exactly once); no reply carries
 * an Id nobody asked with; what comes with Id 0 is an event. The spec lets a client reuse an Id, so
 * an Id may be answered as many times as it was used.
 */
export const idsAnsweredOnce = (
  requests: readonly TimedMessage[],
  replies: readonly TimedMessage[],
  options: { readonly requireAll?: boolean } = {},
): string[] => {
  const asked = new Map<number, TimedMessage[]>();
  for (const request of requests) {
    if (request.id === undefined || request.id === 0) continue;
    asked.set(request.id, [...(asked.get(request.id) ?? []), request]);
  }
  const answered = new Map<number, TimedMessage[]>();
  const problems: string[] = [];
  for (const reply of replies) {
    if (reply.id === undefined) continue;
    if (reply.id === 0) {
      if (!EVENTS.has(reply.name)) problems.push(`${reply.name} came with Id 0, which only events may carry`);
      continue;
    }
    answered.set(reply.id, [...(answered.get(reply.id) ?? []), reply]);
  }
  for (const [id, got] of answered) {
    const wanted = asked.get(id)?.length ?? 0;
    if (wanted === 0) problems.push(`${got.map((r) => r.name).join(', ')} with Id ${id}, which no request carried`);
    else if (got.length > wanted)
      problems.push(
        `Id ${id} (${asked.get(id)![0]!.name}) was answered ${got.length} times: ${got.map((r) => r.name).join(', ')}`,
      );
  }
  if (options.requireAll)
    for (const [id, sent] of asked) {
      const got = answered.get(id)?.length ?? 0;
      if (got < sent.length) problems.push(`Id ${id} (${sent[0]!.name}) was never answered`);
    }
  return problems;
};

/** A device's state over time: when it changed and whether it was running from then on. */
export interface RunningChange {
  readonly at: number;
  readonly running: boolean;
}

/** One output standing for the device, in the timeline `stoppedWithin` builds. */
const DEVICE: OutputAddress = { device: 0, feature: 0, type: 'Vibrate' };

/**
 * After `from` (a client left, a ping was missed, a stop was asked for) the device is stopped within
 * `withinMs`, and nothing starts it again before `until`: the safety rules `stopReachesZero` and
 * `noOutputAfterStop` over a timeline of one stop at `from` and the device's changes as outputs.
 */
export const stoppedWithin = (
  timeline: readonly RunningChange[],
  from: number,
  withinMs: number,
  until: number,
): string | undefined => {
  const events: SafetyEvent[] = [
    ...timeline.filter((change) => change.at < from).map((change) => output(change)),
    { kind: 'stop', at: from, reason: 'observed' },
    // What the device was doing when the stop came (a device already stopped has reached zero).
    output({ at: from, running: timeline.filter((change) => change.at < from).at(-1)?.running ?? false }),
    ...timeline.filter((change) => change.at >= from).map((change) => output(change)),
  ];
  const broken = [
    ...noOutputAfterStop(events).filter((violation) => violation.at <= until),
    // Judged at the deadline even when observation ended before it: what ran at the end still runs.
    ...stopReachesZero(events, { now: Math.max(until, from + withinMs), stopWithinMs: withinMs }),
  ];
  if (broken.length === 0) return undefined;
  // Which way it broke, in words.
  const running = timeline.filter((change) => change.at < from).at(-1)?.running ?? false;
  const stoppedAt = running ? timeline.find((change) => change.at >= from && !change.running)?.at : from;
  if (stoppedAt === undefined) return `still running ${Math.round(until - from)} ms later`;
  if (stoppedAt - from > withinMs)
    return `stopped only after ${Math.round(stoppedAt - from)} ms (allowed: ${withinMs} ms)`;
  const restart = timeline.find((change) => change.at > stoppedAt && change.running)!;
  return `started again ${Math.round(restart.at - from)} ms after, with nobody asking`;
};

const output = (change: RunningChange): SafetyEvent => ({
  kind: 'output',
  at: change.at,
  ...DEVICE,
  value: change.running ? 1 : 0,
});

/**
 * Writes to one output respect the device's message gap: a burst of commands spread over `burstMs`
 * causes at most one write per gap (plus the first and the last), and, with `minSpacingSlackMs`,
 * consecutive writes are at least `gapMs - minSpacingSlackMs` apart. Seen from outside the server, a
 * busy receiver can stamp two writes at once, so only the count is a fair test there.
 */
export const gapRespected = (
  writeTimes: readonly number[],
  gapMs: number,
  options: { readonly burstMs: number; readonly minSpacingSlackMs?: number },
): string | undefined => {
  if (gapMs <= 0) return undefined;
  const allowed = Math.ceil(options.burstMs / gapMs) + 2;
  if (writeTimes.length > allowed)
    return `${writeTimes.length} writes for a burst of ${Math.round(options.burstMs)} ms; a ${gapMs} ms gap allows ${allowed}`;
  if (options.minSpacingSlackMs === undefined) return undefined;
  for (let i = 1; i < writeTimes.length; i++) {
    const spacing = writeTimes[i]! - writeTimes[i - 1]!;
    if (spacing < gapMs - options.minSpacingSlackMs)
      return `two writes ${Math.round(spacing)} ms apart; the device's message gap is ${gapMs} ms`;
  }
  return undefined;
};

/** After commands settle, each output holds the last value it was sent. */
export const latestValueWins = (
  expected: ReadonlyMap<string, number>,
  actual: (output: string) => number | undefined,
): string[] =>
  [...expected].flatMap(([output, value]) => {
    const held = actual(output);
    return held === value ? [] : [`${output} holds ${held ?? 'nothing'}, but the last value sent was ${value}`];
  });

/**
 * The engine's safety promises as pure functions over a timeline (safetyTimeline.ts). Tests use them
 * as oracles over what simulated devices received; the engine can run them live over what it wrote
 * (`ButtplugServerOptions.safetyMonitor`), logging and counting any violation.
 *
 * - stopReachesZero: after any stop, every output it covers is zero within `stopWithinMs` (1 s),
 *   unless a newer command for that output (or the device going away) came first.
 * - noOutputAfterStop: once a stop's zero is on an output, nothing non-zero is written to it until a
 *   newer command for it.
 * - withinRange: every non-zero value written is within the user's configured range for its output.
 * - lastValueDelivered: the last command of a burst reaches the output within one message gap (plus
 *   `slackMs` for the write itself), unless a stop or the device going away came first.
 */
import {
  addressKey,
  describeAddress,
  inTimeOrder,
  stopCovers,
  type OutputAddress,
  type SafetyEvent,
  type SafetyViolation,
} from './safetyTimeline.js';

export interface SafetyRuleOptions {
  /** The end of what was observed: deadlines after it are not judged yet. */
  readonly now: number;
  /** How long a stop may take to reach every output (default 1000 ms). */
  readonly stopWithinMs?: number;
  /** The message gap the engine enforces for a device (default 0). */
  readonly gapMs?: (device: number) => number;
  /** Time a write may take on top of the gap (default 100 ms). */
  readonly slackMs?: number;
  /** The hardware range the user allows for an output; undefined: not checked. */
  readonly rangeOf?: (address: OutputAddress) => readonly [number, number] | undefined;
  /** Outputs that turn both ways (Rotate): the sign is the direction, so their range bounds the magnitude. */
  readonly turnsBothWays?: (address: OutputAddress) => boolean;
}

type Command = Extract<SafetyEvent, { kind: 'command' }>;
type Stop = Extract<SafetyEvent, { kind: 'stop' }>;

/** Every output address the timeline mentions, with the events that concern it, in time order. */
const byAddress = (events: readonly SafetyEvent[]): Map<string, { address: OutputAddress; events: SafetyEvent[] }> => {
  const ordered = inTimeOrder(events);
  const addresses = new Map<string, OutputAddress>();
  for (const event of ordered)
    if (event.kind === 'command' || event.kind === 'output')
      addresses.set(addressKey(event), { device: event.device, feature: event.feature, type: event.type });
  const result = new Map<string, { address: OutputAddress; events: SafetyEvent[] }>();
  for (const [key, address] of addresses) {
    result.set(key, {
      address,
      events: ordered.filter((event) => {
        switch (event.kind) {
          case 'command':
          case 'output':
            return addressKey(event) === key;
          case 'stop':
            return stopCovers(event, address);
          case 'gone':
            return event.device === address.device;
        }
      }),
    });
  }
  return result;
};

/**
 * The value on the output at time `t`: the last one written at or before it; 0 before any write, and
 * after the device went away (nothing is known or owed about a device that is not there).
 */
const valueAt = (events: readonly SafetyEvent[], t: number): number => {
  let value = 0;
  for (const event of events) {
    if (event.at > t) break;
    if (event.kind === 'output') value = event.value;
    else if (event.kind === 'gone') value = 0;
  }
  return value;
};

/** Whether a command for the output, or the device going away, came within `(from, to]`. */
const supersededIn = (events: readonly SafetyEvent[], from: number, to: number): boolean =>
  events.some((event) => event.at > from && event.at <= to && (event.kind === 'command' || event.kind === 'gone'));

export const stopReachesZero = (events: readonly SafetyEvent[], options: SafetyRuleOptions): SafetyViolation[] => {
  const within = options.stopWithinMs ?? 1_000;
  const violations: SafetyViolation[] = [];
  for (const { address, events: mine } of byAddress(events).values()) {
    for (const stop of mine.filter((event): event is Stop => event.kind === 'stop')) {
      const deadline = stop.at + within;
      if (deadline > options.now || supersededIn(mine, stop.at, deadline)) continue;
      const value = valueAt(mine, deadline);
      if (value !== 0)
        violations.push({
          rule: 'stopReachesZero',
          ...address,
          at: deadline,
          message: `${describeAddress(address)} was still at ${value} ${within} ms after a stop (${stop.reason})`,
        });
    }
  }
  return violations;
};

export const noOutputAfterStop = (events: readonly SafetyEvent[]): SafetyViolation[] => {
  const violations: SafetyViolation[] = [];
  for (const { address, events: mine } of byAddress(events).values()) {
    let stopAwaitingZero: Stop | undefined;
    let stoppedBy: Stop | undefined;
    for (const event of mine) {
      if (event.kind === 'stop') stopAwaitingZero = event;
      else if (event.kind === 'command' || event.kind === 'gone') stopAwaitingZero = stoppedBy = undefined;
      else if (event.kind === 'output') {
        if (event.value === 0 && stopAwaitingZero) {
          stoppedBy = stopAwaitingZero;
          stopAwaitingZero = undefined;
        } else if (event.value !== 0 && stoppedBy) {
          violations.push({
            rule: 'noOutputAfterStop',
            ...address,
            at: event.at,
            message: `${describeAddress(address)} was set to ${event.value} after a stop (${stoppedBy.reason}) with no newer command`,
          });
        }
      }
    }
  }
  return violations;
};

export const withinRange = (events: readonly SafetyEvent[], options: SafetyRuleOptions): SafetyViolation[] => {
  if (!options.rangeOf) return [];
  const violations: SafetyViolation[] = [];
  for (const event of events) {
    if (event.kind !== 'output' || event.value === 0) continue;
    const address = { device: event.device, feature: event.feature, type: event.type };
    const range = options.rangeOf(address);
    const value = options.turnsBothWays?.(address) ? Math.abs(event.value) : event.value;
    if (range && (value < range[0] || value > range[1]))
      violations.push({
        rule: 'withinRange',
        ...address,
        at: event.at,
        message: `${describeAddress(address)} was set to ${event.value}, outside the allowed [${range[0]}, ${range[1]}]`,
      });
  }
  return violations;
};

export const lastValueDelivered = (events: readonly SafetyEvent[], options: SafetyRuleOptions): SafetyViolation[] => {
  const slack = options.slackMs ?? 100;
  const violations: SafetyViolation[] = [];
  for (const { address, events: mine } of byAddress(events).values()) {
    mine.forEach((event, i) => {
      if (event.kind !== 'command') return;
      const command: Command = event;
      const deadline = command.at + (options.gapMs?.(address.device) ?? 0) + slack;
      if (deadline > options.now) return;
      // Superseded (a newer command, a stop, the device leaving) before its deadline: not owed any more.
      const next = mine.slice(i + 1).find((later) => later.kind !== 'output');
      if (next && next.at <= deadline) return;
      const value = valueAt(mine, deadline);
      if (value !== command.value)
        violations.push({
          rule: 'lastValueDelivered',
          ...address,
          at: deadline,
          message: `${describeAddress(address)} was at ${value}, not ${command.value}, one message gap after the command`,
        });
    });
  }
  return violations;
};

/** Every rule over one timeline, violations in time order. */
export const checkSafety = (events: readonly SafetyEvent[], options: SafetyRuleOptions): SafetyViolation[] =>
  [
    ...stopReachesZero(events, options),
    ...noOutputAfterStop(events),
    ...withinRange(events, options),
    ...lastValueDelivered(events, options),
  ].sort((a, b) => a.at - b.at);

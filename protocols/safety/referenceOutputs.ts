/**
 * The reference model: what a correct engine writes to one output, given the commands and stops it
 * receives. Latest wins within the message gap, a value already on the hardware is not sent again, a
 * stop is a command to zero, and a device that goes away forgets everything. The safety rules must
 * accept every timeline this produces; tests use it to check the rules, and to check engines.
 */
import { addressKey, inTimeOrder, stopCovers, type OutputAddress, type SafetyEvent } from './safetyTimeline.js';

export interface ReferenceOptions {
  /** The message gap between two writes to one device. */
  readonly gapMs: number;
  /** How long a write takes to land. */
  readonly writeMs: number;
}

/** The outputs a correct engine writes for these commands, stops and departures (one gap per address). */
export const referenceOutputs = (events: readonly SafetyEvent[], options: ReferenceOptions): SafetyEvent[] => {
  const addresses = new Map<string, OutputAddress>();
  for (const event of events)
    if (event.kind === 'command')
      addresses.set(addressKey(event), { device: event.device, feature: event.feature, type: event.type });
  const outputs: SafetyEvent[] = [];
  for (const address of addresses.values()) {
    let onHardware = 0;
    let lastWriteAt = -Infinity;
    let pending: { value: number; due: number } | undefined;
    const flushUntil = (t: number) => {
      if (!pending || pending.due > t) return;
      outputs.push({ kind: 'output', at: pending.due + options.writeMs, ...address, value: pending.value });
      onHardware = pending.value;
      lastWriteAt = pending.due;
      pending = undefined;
    };
    const request = (at: number, value: number) => {
      if (value === onHardware && (!pending || pending.due > at)) {
        pending = undefined;
        return;
      }
      pending = { value, due: pending?.due ?? Math.max(at, lastWriteAt + options.gapMs) };
    };
    for (const event of inTimeOrder(events)) {
      flushUntil(event.at);
      if (event.kind === 'command' && addressKey(event) === addressKey(address)) request(event.at, event.value);
      else if (event.kind === 'stop' && stopCovers(event, address)) request(event.at, 0);
      else if (event.kind === 'gone' && event.device === address.device) {
        onHardware = 0;
        pending = undefined;
      }
    }
    flushUntil(Infinity);
  }
  return outputs;
};

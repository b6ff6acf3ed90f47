/**
 * What the safety rules read: one timeline of what clients asked for, when something stopped the
 * devices, and what reached each output. Times are milliseconds on any one clock.
 *
 * The same timeline comes from a test (commands it sent, writes a simulated device decoded) or from
 * the engine itself (actors/engine/safetyMonitor.ts). Outputs are hardware values in the device's
 * base range (what protocols encode), identified by device index, feature index and output type.
 */
import { STOPPABLE_OUTPUTS, type OutputType } from '../buttplug/featureTypes.js';

export interface OutputAddress {
  readonly device: number;
  readonly feature: number;
  readonly type: OutputType;
}

export type SafetyEvent =
  /** A client's command that the engine accepted (answered `Ok`), as the hardware value it asks for. */
  | ({ readonly kind: 'command'; readonly at: number; readonly value: number } & OutputAddress)
  /**
   * Something stopped devices: a StopCmd, a session ending (Disconnect, socket closed, ping missed),
   * shutdown, a failure. No `device`: every device; no `feature`: every feature of it.
   */
  | {
      readonly kind: 'stop';
      readonly at: number;
      readonly device?: number;
      readonly feature?: number;
      readonly reason: string;
    }
  /** A value reached the hardware. */
  | ({ readonly kind: 'output'; readonly at: number; readonly value: number } & OutputAddress)
  /** The device went away (removed, failed): nothing is owed to it until it is back. */
  | { readonly kind: 'gone'; readonly at: number; readonly device: number };

export type SafetyRule = 'stopReachesZero' | 'noOutputAfterStop' | 'withinRange' | 'lastValueDelivered';

export interface SafetyViolation extends OutputAddress {
  readonly rule: SafetyRule;
  /** When the rule was broken (the write at fault, or the deadline that passed). */
  readonly at: number;
  readonly message: string;
}

export const addressKey = (address: OutputAddress): string => `${address.device}/${address.feature}/${address.type}`;

export const describeAddress = (address: OutputAddress): string =>
  `device ${address.device} feature ${address.feature} ${address.type}`;

/** Whether a stop event reaches this output. */
export const stopCovers = (stop: Extract<SafetyEvent, { kind: 'stop' }>, address: OutputAddress): boolean =>
  // A stop leaves a position where it is (the engine writes no stop to it), so it judges none.
  STOPPABLE_OUTPUTS.includes(address.type) &&
  (stop.device === undefined || stop.device === address.device) &&
  (stop.feature === undefined || stop.feature === address.feature);

/** Events in time order (stable: events at the same time keep their order). */
export const inTimeOrder = (events: readonly SafetyEvent[]): SafetyEvent[] =>
  events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => a.event.at - b.event.at || a.i - b.i)
    .map(({ event }) => event);

/** What the device simulators share: what one is made for, per-connection state, answering a moment later. */
import type { Endpoint } from '../../protocols/config/endpoints.js';
import type { ModelDefinition, ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { withAnswersOf, type DeviceSimulator, type SimulatedHardware } from './simulatedHardware.js';

/**
 * State a simulated device keeps for one connection (a pairing, a session key): a new connection
 * starts afresh, as a real toy does after the link drops.
 */
export const perConnection = <S>(initial: (device: SimulatedHardware) => S) => {
  const states = new WeakMap<SimulatedHardware, S>();
  return (device: SimulatedHardware): S => {
    let state = states.get(device);
    if (state === undefined) {
      state = initial(device);
      states.set(device, state);
    }
    return state;
  };
};

/** How long a simulated device takes to answer, on the device's clock (as a Lovense answers `DeviceType;`). */
export const ANSWER_DELAY_MS = 1;

/** Sends `data` on `endpoint` a moment after the write it answers (delivered only while subscribed). */
export const answer = (device: SimulatedHardware, endpoint: Endpoint, data: Uint8Array | readonly number[]): void => {
  device.clock.setTimeout(() => device.notify(endpoint, data), ANSWER_DELAY_MS);
};

/** Whether two byte sequences are equal. */
export const sameBytes = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.prototype.every.call(a, (byte: number, i: number) => byte === b[i]);

/** Stable bytes from a device's address (a MAC, a challenge): the same device says the same thing every time. */
export const bytesOfAddress = (address: string, length: number): number[] => {
  let seed = 0x811c9dc5;
  for (const char of address) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return Array.from({ length }, () => {
    seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0;
    seed = (seed + 0x6d2b79f5) >>> 0;
    return seed >>> 24;
  });
};

/** What a simulator is made for: the name the device advertises, its protocol, and the model it is. */
export interface SimulatedToy {
  readonly name: string;
  readonly protocol: ProtocolConfig;
  /** Undefined: a device of the protocol that the database does not list (it answers as an unknown model would). */
  readonly model: ModelDefinition | undefined;
}

/** The simulator of one family of toys; undefined when it cannot stand for this one. */
export type SimulatorFamily = (toy: SimulatedToy) => DeviceSimulator | undefined;

type WriteHandler = (write: { endpoint: Endpoint; data: Uint8Array }, device: SimulatedHardware) => void;

/** A simulator from what the device does on a write, a read and a subscription. */
export const deviceSimulator = (parts: {
  readonly write?: WriteHandler;
  readonly read?: NonNullable<DeviceSimulator['read']>;
  readonly subscribed?: NonNullable<DeviceSimulator['subscribed']>;
  readonly manufacturerData?: DeviceSimulator['manufacturerData'];
}): DeviceSimulator => withAnswersOf((write, device) => parts.write?.(write, device), parts);

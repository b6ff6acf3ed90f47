/**
 * Where the official client's vocabulary and the wire differ. The official `InputType.RSSI` is
 * `'RSSI'`, but servers (the reference and this engine) list and read the sensor as `Rssi`: the
 * official client can neither see nor read it. Compat keeps the official value for apps and speaks
 * `Rssi` on the wire.
 */
import type { TaggedMessage } from '../../protocols/buttplug/frame.js';
import { InputType, type ButtplugMessage } from './messages.js';

const WIRE_RSSI = 'Rssi';

/** An app's input type as the server spells it. */
export const toWireInputType = (type: string): string => (type === (InputType.RSSI as string) ? WIRE_RSSI : type);

/** A server's input type as apps know it (types the official enum lacks pass through as they are). */
export const fromWireInputType = (type: string): InputType => (type === WIRE_RSSI ? InputType.RSSI : type) as InputType;

/** `{ type: 'Ping', Id: 1 }` -> `{ Ping: { Id: 1 } }`. */
export const toMessageObject = (message: TaggedMessage): ButtplugMessage => {
  const { type, ...body } = message as TaggedMessage & Record<string, unknown>;
  return { [type]: body } as ButtplugMessage;
};

/** `{ Ping: { Id: 1 } }` -> `{ type: 'Ping', Id: 1 }`; undefined unless the object has exactly one key. */
export const toTaggedMessage = (message: ButtplugMessage): (TaggedMessage & Record<string, unknown>) | undefined => {
  const entries = Object.entries(message).filter(([, body]) => body !== undefined);
  if (entries.length !== 1) return undefined;
  const [type, body] = entries[0]!;
  return typeof body === 'object' && body !== null ? { ...(body as Record<string, unknown>), type } : undefined;
};

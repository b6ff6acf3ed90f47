/** Reading and setting the Id of a message object, whatever its type (`{ Name: { Id, ... } }`). */
import { ButtplugMessageError } from './exceptions.js';
import type { ButtplugMessage } from './messages.js';

const bodyOf = (msg: ButtplugMessage): { Id: number | undefined } => {
  for (const body of Object.values(msg) as unknown[]) {
    if (typeof body === 'object' && body !== null) return body as { Id: number | undefined };
  }
  throw new ButtplugMessageError(`Message ${JSON.stringify(msg)} does not have an ID.`);
};

export function msgId(msg: ButtplugMessage): number {
  return bodyOf(msg).Id as number;
}

export function setMsgId(msg: ButtplugMessage, id: number): void {
  bodyOf(msg).Id = id;
}

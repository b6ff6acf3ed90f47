/**
 * Buttplug messages as they travel, untyped: `{"Name": {fields}}`. The conformance harness looks at
 * what peers really send, including what no schema would accept, so it keeps messages in this form
 * and checks them with the spec's schemas only where a check says so.
 */

export type WireBody = Readonly<Record<string, unknown>>;
export type WireMessage = Readonly<Record<string, WireBody>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const messageName = (message: WireMessage): string => Object.keys(message)[0] ?? '';

export const messageBody = (message: WireMessage): WireBody => message[messageName(message)] ?? {};

export const messageId = (message: WireMessage): number | undefined => {
  const id = messageBody(message)['Id'];
  return typeof id === 'number' ? id : undefined;
};

export const wireMessage = (name: string, body: WireBody): WireMessage => ({ [name]: body });

/** A frame's messages, or why it is not a frame: a JSON array of objects with exactly one key each. */
export const parseFrame = (text: string): { messages: WireMessage[] } | { error: string } => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  if (!Array.isArray(value)) return { error: 'not a JSON array' };
  const messages: WireMessage[] = [];
  for (const element of value) {
    if (!isRecord(element) || Object.keys(element).length !== 1) return { error: 'an element is not a message' };
    const body = Object.values(element)[0];
    if (!isRecord(body)) return { error: 'a message body is not an object' };
    messages.push(element as WireMessage);
  }
  return { messages };
};

export const frameOf = (messages: readonly WireMessage[]): string => JSON.stringify(messages);

/** Short JSON of a message for reports, cut after `max` characters. */
export const describeMessage = (message: unknown, max = 160): string => {
  const text = JSON.stringify(message) ?? String(message);
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
};

/**
 * A client that speaks text frames to an engine session through `frameTransport`, as a socket would:
 * for hand-written sessions of any spec version.
 */
import { frameTransport, type ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { waitFor } from './engine.js';

export interface FrameMessage {
  readonly name: string;
  readonly body: Record<string, unknown>;
}

export const frameClient = (server: ButtplugServer) => {
  const received: FrameMessage[] = [];
  let closed = false;
  const session = server.connect(
    frameTransport(
      (text) => {
        for (const element of JSON.parse(text) as Record<string, Record<string, unknown>>[]) {
          const [name, body] = Object.entries(element)[0]!;
          received.push({ name, body });
        }
      },
      () => {
        closed = true;
      },
    ),
  );
  /** Waits for (and removes) the first message received that matches. */
  const take = async (what: string, match: (m: FrameMessage) => boolean): Promise<FrameMessage> => {
    await waitFor(() => received.some(match), 2_000, what);
    return received.splice(received.findIndex(match), 1)[0]!;
  };
  return {
    received,
    get closed() {
      return closed;
    },
    send: (...messages: Record<string, unknown>[]) => session.receive(JSON.stringify(messages)),
    /** The answer to request `id`. */
    reply: (id: number) => take(`a reply to ${id}`, (m) => m.body['Id'] === id),
    /** The next event (Id 0) of that name. */
    event: (name: string) => take(`a ${name} event`, (m) => m.name === name && m.body['Id'] === 0),
    close: () => session.close(),
  };
};

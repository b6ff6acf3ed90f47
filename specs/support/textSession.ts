/**
 * A session of an embedded engine driven with text frames, as the hot-path counts, the CI figures and the
 * profiling loop use it: each request takes the next Id and resolves when a frame carrying that Id comes
 * back, matched without parsing, so the driver adds next to nothing to what is measured.
 */
import { frameTransport, type ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { handshakeV4 } from './rawSession.js';

export const textSession = (server: ButtplugServer, onFrame: (text: string) => void = () => {}) => {
  const waiting = new Map<number, () => void>();
  let seen: { readonly marker: string; readonly resolve: () => void } | undefined;
  const session = server.connect(
    frameTransport(
      (text) => {
        onFrame(text);
        for (const match of text.matchAll(/"Id":(\d+)/g)) {
          const id = Number(match[1]);
          waiting.get(id)?.();
          waiting.delete(id);
        }
        if (seen && text.includes(seen.marker)) seen.resolve();
      },
      () => {},
    ),
  );
  let nextId = 1;
  const send = (frame: (id: number) => string) =>
    new Promise<void>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      session.receive(frame(id));
    });
  return {
    send,
    handshake: (clientName: string) => send((id) => handshakeV4(id, clientName)),
    /** Starts a scan and waits for its answer and for a frame holding `marker` (`"ScanningFinished"`). */
    scanUntil: async (marker: string) => {
      const reached = new Promise<void>((resolve) => (seen = { marker, resolve }));
      await send((id) => `[{"StartScanning":{"Id":${id}}}]`);
      await reached;
      seen = undefined;
    },
  };
};

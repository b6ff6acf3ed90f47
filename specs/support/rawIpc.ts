/** Test helper: a bare IPC peer that sends any bytes and collects the server's newline-delimited frames. */
import { connect, type Socket } from 'node:net';
import { MessageLog } from './rawWebSocket.js';

export interface RawIpc {
  readonly socket: Socket;
  readonly log: MessageLog;
  /** Every frame received, as text (to count frames, not messages). */
  readonly frames: string[];
  readonly closed: Promise<void>;
}

export const rawIpc = (path: string): Promise<RawIpc> =>
  new Promise((resolve, reject) => {
    const socket = connect(path);
    const log = new MessageLog();
    const frames: string[] = [];
    let buffered = '';
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => {
      buffered += text;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        frames.push(line);
        log.add(line);
      }
    });
    socket.on('error', () => {});
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.once('connect', () => resolve({ socket, log, frames, closed }));
    socket.once('error', reject);
  });

/**
 * A client connector for the IPC transport: a Unix domain socket (a named pipe on Windows) carrying
 * newline-delimited JSON frames (see `lineFramer.ts`).
 *
 *   await client.connect(new IpcConnector('/tmp/buttplug-actors.sock'));
 */
import { connect, type Socket } from 'node:net';
import { ConnectorError } from './clientConnector.js';
import { defaultIpcPath } from './ipcPath.js';
import { encodeLine, LineFramer } from './lineFramer.js';
import { LinkConnector, type FrameLink, type FrameLinkHandlers, type LinkConnectorOptions } from './linkConnector.js';

export interface IpcConnectorOptions extends LinkConnectorOptions {
  /** Largest frame taken from the server (default 16 MiB); larger ones are dropped. */
  readonly maxFrameBytes?: number;
}

export class IpcConnector extends LinkConnector {
  private readonly maxFrameBytes: number;

  constructor(
    readonly path = defaultIpcPath(),
    options: IpcConnectorOptions = {},
  ) {
    super(options);
    this.maxFrameBytes = options.maxFrameBytes ?? 16 * 1024 * 1024;
  }

  protected get target(): string {
    return this.path;
  }

  protected openLink(handlers: FrameLinkHandlers): Promise<FrameLink> {
    return new Promise((resolve, reject) => {
      const socket: Socket = connect(this.path);
      let opened = false;
      let closedByUs = false;
      let lastError: Error | undefined;
      socket.on('error', (error) => {
        lastError = error;
        if (!opened) reject(new ConnectorError(`cannot connect to ${this.path}: ${error.message}`));
      });
      socket.once('connect', () => {
        opened = true;
        resolve({
          send: (text) => {
            if (!socket.writable) throw new ConnectorError('the connection is closing');
            socket.write(encodeLine(text));
          },
          close: () => {
            closedByUs = true;
            socket.end();
            setTimeout(() => socket.destroy(), 500).unref();
          },
        });
      });
      const framer = new LineFramer(this.maxFrameBytes);
      socket.on('data', (chunk) => {
        for (const event of framer.push(chunk)) if (event.type === 'frame') handlers.frame(event.text);
      });
      socket.on('close', () => {
        if (opened && !closedByUs)
          handlers.closed(lastError ? `connection broke: ${lastError.message}` : 'the server closed the connection');
      });
    });
  }
}

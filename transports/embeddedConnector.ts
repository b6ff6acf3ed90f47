/**
 * Client and server in one process: messages travel as objects (no JSON text), are still validated
 * on both sides, and are delivered on the next microtask in each direction, as over a socket.
 */
import { EventEmitter } from 'eventemitter3';
import type { ButtplugServer, ServerSession } from '../actors/engine/buttplugServer.js';
import { toWire, type TaggedMessage } from '../protocols/buttplug/frameEnvelope.js';
import { ConnectorError, type ButtplugClientConnector, type ConnectorEvents } from './clientConnector.js';

export class EmbeddedConnector extends EventEmitter<ConnectorEvents> implements ButtplugClientConnector {
  private session: ServerSession | undefined;

  constructor(private readonly server: ButtplugServer) {
    super();
  }

  get connected(): boolean {
    return this.session !== undefined;
  }

  async connect(): Promise<void> {
    if (this.session) throw new ConnectorError('already connected');
    const session = this.server.connect({
      send: (messages) => {
        const frame = messages.map(toWire);
        queueMicrotask(() => {
          if (this.session === session) this.emit('frame', frame);
        });
      },
      close: (reason) => {
        queueMicrotask(() => {
          if (this.session !== session) return;
          this.session = undefined;
          this.emit('disconnect', reason);
        });
      },
    });
    this.session = session;
  }

  async disconnect(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    session?.close('client disconnected');
  }

  send(messages: readonly TaggedMessage[]): void {
    const session = this.session;
    if (!session) throw new ConnectorError('not connected');
    const frame = messages.map(toWire);
    queueMicrotask(() => session.receive(frame));
  }
}

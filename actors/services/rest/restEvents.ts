/**
 * What happens to the REST session, as one stream of events for the SSE endpoints: devices coming
 * and going, scans finishing, sensor readings, the session ending. Follows each session's client.
 */
import { EventEmitter } from 'eventemitter3';
import type { ButtplugClient } from '../../client/buttplugClient.js';
import type { ButtplugClientDevice } from '../../client/clientDevice.js';
import type { MessageV4 } from '../../../protocols/buttplug/messages.js';
import type { RestSession } from './restSession.js';

export type RestEvent =
  | { readonly kind: 'connected' }
  | { readonly kind: 'deviceadded'; readonly device: ButtplugClientDevice }
  | { readonly kind: 'deviceremoved'; readonly device: ButtplugClientDevice }
  | { readonly kind: 'scanningfinished' }
  | { readonly kind: 'inputreading'; readonly reading: MessageV4<'InputReading'> }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'disconnected'; readonly reason: string };

export class RestEvents extends EventEmitter<{ event: [event: RestEvent] }> {
  constructor(session: RestSession) {
    super();
    session.on('opened', (client) => this.follow(client));
    session.on('ended', (reason) => this.emit('event', { kind: 'disconnected', reason }));
  }

  private follow(client: ButtplugClient): void {
    const send = (event: RestEvent) => this.emit('event', event);
    send({ kind: 'connected' });
    for (const device of client.devices) send({ kind: 'deviceadded', device });
    client.on('deviceadded', (device) => send({ kind: 'deviceadded', device }));
    client.on('deviceremoved', (device) => send({ kind: 'deviceremoved', device }));
    client.on('scanningfinished', () => send({ kind: 'scanningfinished' }));
    client.on('inputreading', (reading) => send({ kind: 'inputreading', reading }));
    client.on('error', (error) => send({ kind: 'error', message: error.message }));
    client.once('disconnect', () => client.removeAllListeners());
  }
}

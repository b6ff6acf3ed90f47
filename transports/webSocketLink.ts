/**
 * Opens a text link over any WebSocket implementation with the browser's API (the global
 * `WebSocket`, or `ws` in Node). No Node modules here: browsers load this file.
 */
import { ConnectorError } from './clientConnector.js';
import type { FrameLink, FrameLinkHandlers } from './linkConnector.js';
import { messageOf } from '../protocols/core/errorText.js';

/** The part of the WebSocket API we use (browsers and `ws` both have it). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

const OPEN = 1;

export const openWebSocketLink = (
  WebSocketImpl: WebSocketConstructor,
  url: string,
  handlers: FrameLinkHandlers,
): Promise<FrameLink> =>
  new Promise((resolve, reject) => {
    let socket: WebSocketLike;
    try {
      socket = new WebSocketImpl(url);
    } catch (error) {
      // A malformed URL throws synchronously.
      reject(new ConnectorError(`cannot connect to ${url}: ${messageOf(error)}`));
      return;
    }
    let opened = false;
    let closedByUs = false;
    socket.addEventListener('open', () => {
      opened = true;
      resolve({
        send: (text) => {
          if (socket.readyState !== OPEN) throw new ConnectorError('the connection is closing');
          socket.send(text);
        },
        close: () => {
          closedByUs = true;
          socket.close(1000, 'client disconnected');
        },
      });
    });
    // Text frames only; the Buttplug protocol has no binary frames.
    socket.addEventListener('message', (event) => {
      if (typeof event.data === 'string') handlers.frame(event.data);
    });
    // Browsers hide the cause of errors; the close event that follows carries what there is.
    socket.addEventListener('error', () => {});
    socket.addEventListener('close', (event) => {
      const reason = event.reason || `connection closed (code ${event.code})`;
      if (!opened) reject(new ConnectorError(`cannot connect to ${url}: ${reason}`));
      else if (!closedByUs) handlers.closed(reason);
    });
  });

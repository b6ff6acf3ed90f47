/**
 * A Lovense toy on the wire, in the benchmark's own process so that its clock is the client's: it dials
 * the engine's device WebSocket server (or the relay), says hello, answers `DeviceType;` and `Battery;`
 * as the toy does, and notes when each other frame arrived (`performance.now()`, device side).
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export interface Arrival {
  readonly at: number;
  readonly text: string;
}

export class WireDevice {
  /** Every command frame the device received, in order. */
  readonly arrivals: Arrival[] = [];
  private waiter: ((arrival: Arrival) => void) | undefined;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const at = performance.now();
      const text = String(data);
      if (text === 'DeviceType;') return socket.send(Buffer.from(`P:37:${this.hexAddress};`));
      if (text === 'Battery;') return socket.send(Buffer.from('66;'));
      const arrival = { at, text };
      this.arrivals.push(arrival);
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter?.(arrival);
    });
  }

  private hexAddress = '';

  static async connect(url: string, address: string): Promise<WireDevice> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    const device = new WireDevice(socket);
    device.hexAddress = address
      .replace(/[^0-9A-F]/gi, '')
      .padEnd(12, '0')
      .slice(0, 12);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    socket.send(JSON.stringify({ identifier: 'LVSDevice', address, version: 0 }));
    return device;
  }

  /** The next command frame to arrive. */
  next(): Promise<Arrival> {
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  /** The Lovense level of the last `Vibrate:N;` received (undefined before any). */
  get lastLevel(): number | undefined {
    for (let i = this.arrivals.length - 1; i >= 0; i--) {
      const level = /^Vibrate\d?:(\d+);$/.exec(this.arrivals[i]!.text)?.[1];
      if (level !== undefined) return Number(level);
    }
    return undefined;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

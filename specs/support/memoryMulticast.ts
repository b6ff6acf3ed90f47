/**
 * An in-memory stand-in for a multicast network, for mDNS tests: datagrams one socket sends reach
 * every socket on the network (the sender too, as multicast loopback does). It has the part of
 * `dgram.Socket` multicast-dns uses when given `{ socket, multicast: false }`. Nothing leaves the
 * process, so these tests are deterministic and see no other run's services; the same protocol over
 * real multicast on the loopback interface is tested in `specs/services/mdnsRealMulticast.test.ts`
 * (tests must not multicast on a real network interface).
 */
import { EventEmitter } from 'node:events';

export class MemoryMulticastNetwork {
  private readonly sockets = new Set<MemorySocket>();
  private nextPort = 40_000;

  socket(): MemorySocket {
    const socket = new MemorySocket(this, this.nextPort++);
    this.sockets.add(socket);
    return socket;
  }

  /** Every datagram sent so far, decoded by the test if it likes. */
  readonly datagrams: Buffer[] = [];

  deliver(from: MemorySocket, data: Buffer): void {
    this.datagrams.push(data);
    for (const socket of this.sockets) {
      if (!socket.closed)
        setImmediate(() =>
          socket.emit('message', Buffer.from(data), {
            address: '127.0.0.1',
            family: 'IPv4',
            port: from.port,
            size: data.length,
          }),
        );
    }
  }

  remove(socket: MemorySocket): void {
    this.sockets.delete(socket);
  }
}

export class MemorySocket extends EventEmitter {
  closed = false;

  constructor(
    private readonly network: MemoryMulticastNetwork,
    readonly port: number,
  ) {
    super();
  }

  bind(_port: number, _address: string | undefined, callback: () => void): void {
    setImmediate(() => {
      callback();
      this.emit('listening');
    });
  }

  address(): { address: string; family: string; port: number } {
    return { address: '127.0.0.1', family: 'IPv4', port: this.port };
  }

  send(
    message: Buffer,
    offset: number,
    length: number,
    _port: number,
    _address: string,
    callback?: (error: Error | null) => void,
  ): void {
    if (!this.closed) this.network.deliver(this, message.subarray(offset, offset + length));
    if (callback) setImmediate(() => callback(null));
  }

  close(callback?: () => void): void {
    this.closed = true;
    this.network.remove(this);
    setImmediate(() => {
      this.emit('close');
      callback?.();
    });
  }
}

/**
 * The serial read that replaces the library's Unix read: end of file is a hang-up, and a port that
 * closes while a read is out on the thread pool is never polled again (its native poller is destroyed
 * by then; polling it killed the process with SIGSEGV).
 */
import { describe, expect, it } from 'vitest';
import { hangUpAwareRead } from '../../hardware/serial/serialPortLibrary.js';

const again = () => Object.assign(new Error('EAGAIN: resource temporarily unavailable, read'), { code: 'EAGAIN' });

/** A port as the binding leaves it: `close()` destroys the poller, then clears the descriptor. */
const fakePort = () => {
  let destroyed = false;
  const waiting: ((error?: Error | null) => void)[] = [];
  const port = {
    fd: 7 as number | null,
    get isOpen() {
      return this.fd !== null;
    },
    polls: 0,
    poller: {
      once(_event: 'readable', callback: (error?: Error | null) => void) {
        // The native poller dereferences freed memory here once destroyed.
        if (destroyed) throw new Error('polled a destroyed poller: the process would die of SIGSEGV');
        port.polls++;
        waiting.push(callback);
        return this;
      },
    },
    close() {
      destroyed = true;
      for (const callback of waiting.splice(0)) callback(Object.assign(new Error('Canceled'), { canceled: true }));
      port.fd = null;
    },
    becomeReadable() {
      for (const callback of waiting.splice(0)) callback(null);
    },
  };
  return port;
};

describe('hangUpAwareRead', () => {
  it('a port closed while its read was out rejects as closed and never polls the destroyed poller', async () => {
    const port = fakePort();
    const read = hangUpAwareRead(port, async () => {
      port.close(); // the engine disconnects while the read waits for a thread-pool slot
      throw again();
    });
    await expect(read(Buffer.alloc(8), 0, 8)).rejects.toMatchObject({ message: 'Port is not open', canceled: true });
    expect(port.polls).toBe(0);
  });

  it('waits for the port to become readable after EAGAIN, then returns the bytes read', async () => {
    const port = fakePort();
    const replies = [() => Promise.reject(again()), () => Promise.resolve({ bytesRead: 3 })];
    const read = hangUpAwareRead(port, () => replies.shift()!());
    const result = read(Buffer.alloc(8), 0, 8);
    await new Promise((resolve) => setImmediate(resolve));
    expect(port.polls).toBe(1);
    port.becomeReadable();
    await expect(result).resolves.toMatchObject({ bytesRead: 3 });
  });

  it('a port closed while waiting for readable rejects with the poller cancellation', async () => {
    const port = fakePort();
    const read = hangUpAwareRead(port, () => Promise.reject(again()));
    const result = read(Buffer.alloc(8), 0, 8);
    await new Promise((resolve) => setImmediate(resolve));
    port.close();
    await expect(result).rejects.toMatchObject({ message: 'Canceled', canceled: true });
  });

  it('end of file is the other end hanging up', async () => {
    const port = fakePort();
    const read = hangUpAwareRead(port, () => Promise.resolve({ bytesRead: 0 }));
    await expect(read(Buffer.alloc(8), 0, 8)).rejects.toThrow('the other end hung up');
    expect(port.polls).toBe(0);
  });

  it('a closed port is not read at all', async () => {
    const port = fakePort();
    port.close();
    let reads = 0;
    const read = hangUpAwareRead(port, () => (reads++, Promise.resolve({ bytesRead: 1 })));
    await expect(read(Buffer.alloc(8), 0, 8)).rejects.toMatchObject({ canceled: true });
    expect(reads).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { HardwareEvents, type HardwareEvent } from '../../hardware/hardware.js';
import { ReceivedBytes } from '../../hardware/receivedBytes.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

const setup = () => {
  const events = new HardwareEvents();
  const seen: HardwareEvent[] = [];
  events.on((event) => seen.push(event));
  return { received: new ReceivedBytes(events), seen };
};

describe('ReceivedBytes (what a byte-stream link receives)', () => {
  it('keeps bytes for the next read while nobody subscribed, all of them at once', async () => {
    const { received, seen } = setup();
    received.push(bytes('12;'));
    received.push(bytes('34;'));
    expect(text(await received.read(100))).toBe('12;34;');
    expect(seen).toEqual([]);
  });

  it('notifies every subscribed endpoint and keeps nothing back', async () => {
    const { received, seen } = setup();
    received.subscribe('rx');
    received.subscribe('tx');
    received.push(bytes('P:37;'));
    expect(seen.map((e) => e.type === 'notification' && [e.endpoint, text(e.data)])).toEqual([
      ['rx', 'P:37;'],
      ['tx', 'P:37;'],
    ]);
    received.unsubscribe('rx');
    received.unsubscribe('tx');
    await expect(received.read(20)).rejects.toThrow('nothing received within 20 ms');
  });

  it('a waiting read gets the next bytes; closing fails waiting reads and later ones', async () => {
    const { received } = setup();
    const next = received.read(1_000);
    received.push(bytes('85;'));
    expect(text(await next)).toBe('85;');
    const waiting = received.read(1_000);
    received.close('cable pulled');
    await expect(waiting).rejects.toThrow('cannot read: cable pulled');
    await expect(received.read(10)).rejects.toThrow('cannot read: cable pulled');
  });

  it('bounds the backlog, dropping the oldest bytes', async () => {
    const { received } = setup();
    for (let i = 0; i < 100; i++) received.push(new Uint8Array(1024).fill(i));
    const kept = await received.read(10);
    expect(kept.length).toBeLessThanOrEqual(64 * 1024);
    expect(kept.at(-1)).toBe(99);
  });
});

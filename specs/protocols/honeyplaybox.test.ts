import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import {
  buildFrame,
  collectFrames,
  handshakeFrame,
  parseReply,
  vibrateFrame,
} from '../../protocols/devices/honeyplaybox/honeyplayboxFrames.js';
import {
  honeyplayboxProtocol,
  type HoneyPlayBoxState,
} from '../../protocols/devices/honeyplaybox/honeyplayboxProtocol.js';
import { driveScript, protocolDevice, rxNotification, writtenBytes } from '../support/protocolDevices.js';

const KEY = Array.from({ length: 16 }, (_, i) => i + 1);
const ACCEPT = buildFrame(0xb1, 0x01, [0x90, 0x00, ...KEY], 0);

const vibrosa = protocolDevice(
  honeyplayboxProtocol,
  honeyplayboxProtocol.config.configurations.find((m) => m.name === 'Honey Play Box Vibrosa')!,
);
const [first, second] = vibrosa.definition.features;

describe('Honey Play Box frames', () => {
  it('build as the reference does (case test_honeyplaybox_protocol)', () => {
    expect(handshakeFrame(0)).toEqual([
      0x02, 0xa5, 0x5a, 0x55, 0xaa, 0xf0, 0x00, 0xb1, 0x01, 0x00, 0x02, 0x00, 0x10, 0x03, 0x36, 0x86,
    ]);
    expect(vibrateFrame(KEY, [50, 0], 2).slice(-11)).toEqual([
      0x3c, 0xab, 0x13, 0x93, 0x4e, 0x4c, 0xb8, 0x57, 0x03, 0x32, 0x91,
    ]);
  });

  it('reassemble from any split of the stream, with garbage before and between frames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 30 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 0x01 }), { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 20 }),
        (payloads, noise, cuts) => {
          const frames = payloads.map((data, i) => buildFrame(0xb1, 0x01, data, i));
          const stream = frames.flatMap((frame) => [...noise, ...frame]);
          let buffer: number[] = [];
          const seen: number[][] = [];
          for (let at = 0, c = 0; at < stream.length; at += cuts[c++ % cuts.length]!) {
            const collected = collectFrames(buffer, stream.slice(at, at + cuts[c % cuts.length]!));
            buffer = collected.buffer;
            seen.push(...collected.frames);
          }
          expect(seen).toEqual(frames);
        },
      ),
    );
  });

  it('never throw on garbage', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 80 }), (bytes) => {
        const { frames } = collectFrames([], bytes);
        frames.forEach(parseReply);
        parseReply(bytes);
      }),
    );
  });

  it('read a reply code and the key that follows it', () => {
    expect(parseReply(ACCEPT)).toEqual({ code: 0x9000, key: KEY });
    expect(parseReply(buildFrame(0xb1, 0x01, [0x6a, 0x80], 0))).toEqual({ code: 0x6a80 });
  });
});

describe('Honey Play Box handshake', () => {
  const init = (answer: (r: HardwareRequest, handshakes: number) => unknown) => {
    let handshakes = 0;
    return driveScript(honeyplayboxProtocol.initialize!(vibrosa, honeyplayboxProtocol.createState(vibrosa)), (r) => {
      if (r.op === 'write') handshakes++;
      return answer(r, handshakes);
    });
  };

  it('subscribes, asks for the key, and numbers the next frames after its handshakes', () => {
    const { requests, result } = init((r) => (r.op === 'notification' ? rxNotification(ACCEPT) : undefined));
    expect(requests.slice(0, 2)).toEqual([
      { op: 'subscribe', endpoint: 'rx' },
      { op: 'write', endpoint: 'tx', data: Uint8Array.from(handshakeFrame(0)), withResponse: true },
    ]);
    expect(result).toEqual({ key: KEY, levels: [0, 0], counter: 1 });
  });

  it('asks again after three waits without a key, and gives up after four silences', () => {
    // First attempt: silence, then two unrelated notifications; the second attempt gets the key.
    const { requests, result } = init((r, handshakes) => {
      if (r.op !== 'notification') return undefined;
      if (handshakes === 1) return r.timeoutMs === 1_000 ? undefined : rxNotification([0x42]);
      return rxNotification(ACCEPT);
    });
    expect(writtenBytes(requests)).toEqual([handshakeFrame(0), handshakeFrame(1)]);
    expect(result.counter).toBe(2);

    const silent = () => init(() => undefined);
    expect(silent).toThrow(/did not answer/);
  });

  it('fails when the device refuses', () => {
    expect(() =>
      init((r) => (r.op === 'notification' ? rxNotification(buildFrame(0xb1, 0x01, [0x6a, 0x80], 0)) : undefined)),
    ).toThrow(/0x6a80/);
  });
});

describe('Honey Play Box motors', () => {
  const ready: HoneyPlayBoxState = { key: KEY, levels: [0, 0], counter: 1 };

  it('moves the counter on per output command and sends one frame with every motor', () => {
    const result = honeyplayboxProtocol.encodeOutputs(
      ready,
      [
        { feature: first!, type: 'Vibrate', value: 0 },
        { feature: second!, type: 'Vibrate', value: 30 },
      ],
      vibrosa,
    );
    expect(result.ok && result.state).toEqual({ key: KEY, levels: [0, 30], counter: 3 });
    expect(result.ok && result.writes.map((w) => [...w.data])).toEqual([vibrateFrame(KEY, [0, 30], 3)]);
  });

  it('sends the levels again, with the next counter, after a silence', () => {
    const { state, writes } = honeyplayboxProtocol.keepaliveWrites!(
      { ...ready, levels: [40, 0], counter: 255 },
      vibrosa,
    );
    expect(state.counter).toBe(0);
    expect(writes.map((w) => [...w.data])).toEqual([vibrateFrame(KEY, [40, 0], 0)]);
    expect(honeyplayboxProtocol.keepalive).toEqual({ kind: 'protocolKeepalive', intervalMs: 500 });
  });
});

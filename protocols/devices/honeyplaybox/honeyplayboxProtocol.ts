/**
 * Honey Play Box: after subscribing to `rx`, the engine asks for a session key with a handshake
 * frame (command 0x01, data `00 10`), repeated while the device stays silent; the device answers
 * 0x9000 and 16 key bytes. Motors then get one vibrate frame with every motor's level, signed with
 * the key (see honeyplayboxFrames), each frame with the next packet counter; written with response.
 * The counter moves on once per output command, as the reference's does, so a batch that sets both
 * motors sends one frame numbered as the second. The device stops after a silence, so the frame is
 * sent again (next counter) after 500 ms without one. Battery: `rxblebattery`.
 */
import { readBleBattery } from '../shared/bleBattery.js';
import { encoded, unsupported, type DeviceProtocol } from '../shared/deviceProtocol.js';
import { nextNotification, send, subscribe, write } from '../shared/hardwareRequests.js';
import { drivesOnly, outputFeatureCount } from '../shared/outputEncoders.js';
import { honeyplayboxDevices } from './honeyplayboxDevices.js';
import { collectFrames, handshakeFrame, parseReply, vibrateFrame } from './honeyplayboxFrames.js';

export interface HoneyPlayBoxState {
  /** The session key from the handshake. */
  readonly key: readonly number[];
  readonly levels: readonly number[];
  /** The counter of the last frame sent. */
  readonly counter: number;
}

export const HONEYPLAYBOX_KEEPALIVE_MS = 500;
const ACCEPTED = 0x9000;
/** Silences (1 s, 2 s, 3 s...) the handshake sits out before giving up. */
const HANDSHAKE_SILENCES = 3;
/** Notifications (or silences) per handshake frame before it is sent again. */
const WAITS_PER_ATTEMPT = 3;

const frameWrite = (state: HoneyPlayBoxState) =>
  write('tx', vibrateFrame(state.key, state.levels, state.counter), true);

const hex = (code: number) => `0x${code.toString(16).padStart(4, '0')}`;

export const honeyplayboxProtocol: DeviceProtocol<HoneyPlayBoxState> = {
  name: 'honeyplaybox',
  config: honeyplayboxDevices,
  createState: (device) => ({
    key: Array.from({ length: 16 }, () => 0),
    levels: Array.from({ length: outputFeatureCount(device) }, () => 0),
    counter: 0,
  }),
  *initialize(_device, state) {
    yield* subscribe('rx');
    let counter = 0;
    let buffer: number[] = [];
    let silences = 0;
    for (;;) {
      yield* send(write('tx', handshakeFrame(counter), true));
      counter = (counter + 1) & 0xff;
      for (let wait = 0; wait < WAITS_PER_ATTEMPT; wait++) {
        const notification = yield* nextNotification('rx', (silences + 1) * 1_000);
        if (!notification) {
          if (++silences > HANDSHAKE_SILENCES) throw new Error('Honey Play Box did not answer its handshake');
          continue;
        }
        const collected = collectFrames(buffer, notification.data);
        buffer = collected.buffer;
        for (const frame of collected.frames) {
          const reply = parseReply(frame);
          if (!reply) continue;
          if (reply.code !== ACCEPTED)
            throw new Error(`Honey Play Box refused the handshake (code ${hex(reply.code)})`);
          if (reply.key) return { ...state, key: reply.key, counter };
        }
      }
    }
  },
  encodeOutputs: drivesOnly(['Vibrate', 'Oscillate', 'Rotate'], (state, outputs) => {
    if (outputs.length === 0) return encoded(state, []);
    const levels = [...state.levels];
    let counter = state.counter;
    for (const { value, feature } of outputs) {
      if (feature.index >= levels.length) return unsupported(`feature ${feature.index} is not one of the toy's motors`);
      levels[feature.index] = Math.abs(value);
      counter = (counter + 1) & 0xff;
    }
    const next = { ...state, levels, counter };
    return encoded(next, [frameWrite(next)]);
  }),
  keepaliveWrites(state) {
    const next = { ...state, counter: (state.counter + 1) & 0xff };
    return { state: next, writes: [frameWrite(next)] };
  },
  keepalive: { kind: 'protocolKeepalive', intervalMs: HONEYPLAYBOX_KEEPALIVE_MS },
  readInput: readBleBattery,
};

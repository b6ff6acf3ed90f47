/**
 * Yiciyuan (YCY-FJB): stroke, vibration and a third axis in one 16-byte frame on `tx`,
 * `[0x35, 0x12, stroke, vibrate, axis c, 0 x 11]`, each level 0..100 scaled to the device's 0..20
 * (rounded half up). After connecting, the battery notifications are subscribed and the device
 * info asked for (`[0x35, 0x10, 0 x 14]`), as upstream's newer FJB-02 case expects (its first handler
 * sent nothing then: see the conformance errata). The cup pushes `[0x35, 0x13, 0x01, percent, ...]` about
 * once a second on `rxblebattery`; a battery read waits for the next one.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { nextNotification, send, subscribe, write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { yiciyuanDevices } from './yiciyuanDevices.js';
import { requireInput } from '../shared/inputRefusal.js';

const DEVICE_MAX = 20;
const FRAME_LENGTH = 16;
/** The cup pushes its battery about once a second; other frames (uptime, info) come between. */
const BATTERY_WAIT_MS = 3_000;
const BATTERY_ATTEMPTS = 8;

/** 0..100 -> 0..20, half up. */
export const yiciyuanLevel = (value: number): number => Math.floor((Math.min(value, 100) * DEVICE_MAX + 50) / 100);

const frame = (head: readonly number[]) => [...head, ...Array.from({ length: FRAME_LENGTH - head.length }, () => 0)];

export const yiciyuanProtocol: DeviceProtocol<LevelsState> = {
  name: 'yiciyuan',
  config: yiciyuanDevices,
  ...combinedPacket({
    size: 3,
    slots: {
      Oscillate: ({ value, feature }) => ({ slot: feature.index, value: yiciyuanLevel(value) }),
      Vibrate: ({ value, feature }) => ({ slot: feature.index, value: yiciyuanLevel(value) }),
    },
    packet: (levels) => write('tx', frame([0x35, 0x12, ...levels])),
  }),
  *initialize(_device, state) {
    yield* subscribe('rxblebattery');
    yield* send(write('tx', frame([0x35, 0x10])));
    return state;
  },
  *readInput(_state, request) {
    requireInput(request, 'Battery');
    for (let attempt = 0; attempt < BATTERY_ATTEMPTS; attempt++) {
      const push = yield* nextNotification('rxblebattery', BATTERY_WAIT_MS);
      if (!push) break;
      if (push.data.length >= 4 && push.data[0] === 0x35 && push.data[1] === 0x13) return push.data[3]!;
    }
    throw new Error('the Yiciyuan toy pushed no battery level');
  },
};

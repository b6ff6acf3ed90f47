/**
 * F-Machine (Gigolo, Tremblr, Alpha): the machine is driven like its remote's buttons. Every button
 * is a press then a release, 18-byte packets on `tx` with response, `[button, 0x64, 0, 0, 0, 0,
 * "1234", 0 x 7, crc]` where the check counts the set bits n of the first 17 bytes: n % 3 = 0 gives
 * 222 - n, 1 gives n / 2 + 111, 2 gives n / 3 + 177. It tells nothing back, so the speed (0..28)
 * is counted here: after connecting, 55 speed-down presses 60 ms apart bring it to its floor; then
 * every 200 ms (the device takes one step per 200 ms) one step moves it toward the speed asked for,
 * on/off first when it should start or stop. A command sends its first step at once (a stop turns
 * the machine off at once); the protocol keepalive sends the rest.
 */
import { encoded, type DeviceProtocol, type ProtocolWrite } from '../shared/deviceProtocol.js';
import { send, sleep, subscribe, write } from '../shared/hardwareRequests.js';
import { drivesOnly } from '../shared/outputEncoders.js';
import { fmachineDevices } from './fmachineDevices.js';

export interface FmachineState {
  readonly running: boolean;
  /** The speed the machine is at, as counted. */
  readonly speed: number;
  /** The speed asked for. */
  readonly target: number;
}

const ON_OFF_PRESS = 0x01;
const ON_OFF_RELEASE = 0x02;
const SPEED_RELEASE = 0x03;
const SPEED_UP = 0x05;
const SPEED_DOWN = 0x06;
const STEP_MS = 200;
const INIT_STEPS = 55;
const INIT_STEP_MS = 60;

const bitCount = (bytes: readonly number[]) =>
  bytes.reduce((n, byte) => n + byte.toString(2).replaceAll('0', '').length, 0);

/** The packet's check byte. */
export const fmachineCrc = (bytes: readonly number[]): number => {
  const n = bitCount(bytes);
  const crc = n % 3 === 0 ? 222 - n : n % 3 === 1 ? Math.floor(n / 2) + 111 : Math.floor(n / 3) + 177;
  return crc & 0xff;
};

export const fmachinePacket = (button: number): number[] => {
  const body = [button, 0x64, 0, 0, 0, 0, 0x31, 0x32, 0x33, 0x34, 0, 0, 0, 0, 0, 0, 0];
  return [...body, fmachineCrc(body)];
};

const press = (button: number, release: number): ProtocolWrite[] => [
  write('tx', fmachinePacket(button), true),
  write('tx', fmachinePacket(release), true),
];

/** One step toward the target: on/off if the machine should start or stop, and one speed step. */
export const fmachineStep = (state: FmachineState): { state: FmachineState; writes: ProtocolWrite[] } => {
  const writes: ProtocolWrite[] = [];
  let { running, speed } = state;
  if (running === (state.target === 0)) {
    writes.push(...press(ON_OFF_PRESS, ON_OFF_RELEASE));
    running = !running;
  }
  if (speed !== state.target) {
    writes.push(...press(speed < state.target ? SPEED_UP : SPEED_DOWN, SPEED_RELEASE));
    speed += speed < state.target ? 1 : -1;
  }
  return { state: { ...state, running, speed }, writes };
};

export const fmachineProtocol: DeviceProtocol<FmachineState> = {
  name: 'fmachine',
  config: fmachineDevices,
  createState: () => ({ running: false, speed: 0, target: 0 }),
  *initialize(_device, state) {
    yield* subscribe('rx');
    for (let step = 0; step < INIT_STEPS; step++) {
      for (const packet of press(SPEED_DOWN, SPEED_RELEASE)) yield* send(packet);
      yield* sleep(INIT_STEP_MS);
    }
    return state;
  },
  encodeOutputs: drivesOnly(['Oscillate'], (state, outputs) => {
    // Only the first feature (the stroke speed) has buttons that step it.
    const last = outputs.findLast((output) => output.feature.index === 0);
    if (!last) return encoded(state, []);
    const { state: next, writes } = fmachineStep({ ...state, target: last.value });
    return encoded(next, writes);
  }),
  keepalive: { kind: 'protocolKeepalive', intervalMs: STEP_MS },
  keepaliveWrites: (state) => fmachineStep(state),
};

/**
 * Fredorch rotary machines (`M1_*`): `[0x55, 0x03, cmd, cmd + 3, 0xAA]` frames on `tx`. The speed
 * cannot be set, only stepped: `0x01` one up, `0x02` one down, `0x24` stop. So a new speed is
 * reached by one step frame per level between the speed the machine runs at and the one asked.
 * After connecting: start the handshake, send the (empty) password, power up, stop; the machine
 * may answer each on `rx`, and stays silent after the password.
 */
import type { DeviceProtocol, ProtocolWrite } from '../shared/deviceProtocol.js';
import { encoded } from '../shared/deviceProtocol.js';
import { nextNotification, send, subscribe, write } from '../shared/hardwareRequests.js';
import { fredorchRotaryDevices } from './fredorchRotaryDevices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

export interface FredorchRotaryState {
  /** The speed the machine runs at, as far as the steps sent so far tell. */
  readonly speed: number;
}

const REPLY_WAIT_MS = 100;
const STEP_UP = 0x01;
const STEP_DOWN = 0x02;
const STOP = 0x24;

const command = (cmd: number) => write('tx', [0x55, 0x03, cmd, cmd + 3, 0xaa]);

const INIT_FRAMES: readonly (readonly number[])[] = [
  [0x55, 0x03, 0x99, 0x9c, 0xaa], // start the handshake
  [0x55, 0x09, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2a, 0xaa], // password
  [0x55, 0x03, 0x1f, 0x22, 0xaa], // power up
  [0x55, 0x03, 0x24, 0x27, 0xaa], // stop
];

export const fredorchRotaryProtocol: DeviceProtocol<FredorchRotaryState> = {
  name: 'fredorch-rotary',
  config: fredorchRotaryDevices,
  createState: () => ({ speed: 0 }),
  *initialize(_device, state) {
    yield* subscribe('rx');
    for (const data of INIT_FRAMES) {
      yield* send(write('tx', data));
      yield* nextNotification('rx', REPLY_WAIT_MS);
    }
    return state;
  },
  encodeOutputs: drivesOnly(['Oscillate'], (state, outputs) => {
    let speed = state.speed;
    const writes: ProtocolWrite[] = [];
    for (const { value } of outputs) {
      if (value === 0) {
        writes.push(command(STOP));
      } else {
        const step = value > speed ? STEP_UP : STEP_DOWN;
        for (let i = 0; i < Math.abs(value - speed); i++) writes.push(command(step));
      }
      speed = value;
    }
    return encoded({ speed }, writes);
  }),
};

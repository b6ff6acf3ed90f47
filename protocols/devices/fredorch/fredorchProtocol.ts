/**
 * Fredorch (YXlinksSPP): a stroker programmed with Modbus-style frames, each ending in a CRC-16
 * (Modbus: poly 0xA001 reflected, init 0xFFFF, low byte first). After connecting it may say hello
 * on `rx`; it is put into program mode, told to record a move to position 0 at speed 5, to run
 * and repeat it, each frame answered on `rx`. A stroke then reprograms the move: positions 0..15
 * are sent as 0..150, and the speed (1..20) is the slowest that covers the distance in the time
 * asked, from the manufacturer's table of travel times.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { nextNotification, send, subscribe, write } from '../shared/hardwareRequests.js';
import { encoded } from '../shared/deviceProtocol.js';
import { crc16Modbus } from '../shared/checksums.js';
import { fredorchDevices } from './fredorchDevices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

export interface FredorchState {
  /** Where the last stroke went (0..15): the distance of the next one is measured from there. */
  readonly position: number;
}

const REPLY_TIMEOUT_MS = 500;

const frame = (data: readonly number[]) => write('tx', [...data, ...crc16Modbus(data)]);

/** The move program: `speed` both ways, between positions `from` and `to` (device units, 0..150). */
const moveFrame = (speed: number, from: number, to: number) =>
  frame([0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, speed, 0x00, speed, 0x00, from, 0x00, to, 0x00, 0x01]);

const INIT_FRAMES: readonly (readonly number[])[] = [
  [0x01, 0x06, 0x00, 0x64, 0x00, 0x01], // program mode
  [0x01, 0x06, 0x00, 0x69, 0x00, 0x00], // record
  [0x01, 0x10, 0x00, 0x6b, 0x00, 0x05, 0x0a, 0x00, 0x05, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01], // to 0 at speed 5
  [0x01, 0x06, 0x00, 0x69, 0x00, 0x01], // run
  [0x01, 0x06, 0x00, 0x6a, 0x00, 0x01], // repeat
];

/** Travel time in ms for a distance of 1..15 positions (rows) at speeds 1..20 (columns). */
const TRAVEL_MS: readonly (readonly number[])[] = [
  [1000, 800, 400, 235, 200, 172, 155, 92, 60, 45, 38, 34, 32, 28, 27, 26, 25, 24, 23, 22],
  [1500, 1000, 800, 680, 600, 515, 425, 265, 165, 115, 80, 70, 50, 48, 45, 35, 34, 33, 32, 30],
  [2500, 2310, 1135, 925, 792, 695, 565, 380, 218, 155, 105, 82, 70, 68, 65, 60, 48, 45, 43, 40],
  [3000, 2800, 1500, 1155, 965, 810, 690, 465, 260, 195, 140, 110, 85, 75, 74, 73, 70, 65, 60, 55],
  [3400, 3232, 2305, 1380, 1200, 1165, 972, 565, 328, 235, 162, 132, 98, 78, 75, 74, 73, 72, 71, 70],
  [3500, 3350, 2500, 1640, 1250, 1210, 1010, 645, 385, 275, 175, 160, 115, 95, 91, 90, 85, 80, 77, 75],
  [3600, 3472, 2980, 2060, 1560, 1275, 1132, 738, 430, 310, 230, 170, 128, 122, 110, 108, 105, 103, 101, 100],
  [3800, 3500, 3055, 2105, 1740, 1370, 1290, 830, 490, 355, 235, 195, 150, 140, 135, 132, 130, 125, 120, 119],
  [3900, 3518, 3190, 2315, 2045, 1510, 1442, 1045, 552, 392, 280, 225, 172, 145, 140, 138, 135, 134, 132, 130],
  [6000, 5755, 3240, 2530, 2135, 1605, 1500, 1200, 595, 425, 285, 245, 175, 170, 160, 155, 150, 145, 142, 140],
  [6428, 5872, 3335, 2780, 2270, 1782, 1590, 1310, 648, 470, 315, 255, 182, 180, 175, 172, 170, 162, 160, 155],
  [6730, 5950, 3490, 2995, 2395, 1890, 1650, 1350, 700, 500, 350, 290, 220, 190, 185, 180, 175, 170, 165, 160],
  [6962, 6122, 3880, 3205, 2465, 1900, 1700, 1400, 835, 545, 375, 310, 228, 195, 190, 185, 182, 181, 180, 175],
  [7945, 6365, 4130, 3470, 2505, 1910, 1755, 1510, 855, 580, 400, 330, 235, 210, 205, 200, 195, 190, 185, 180],
  [8048, 7068, 4442, 3708, 2668, 1930, 1800, 1520, 878, 618, 428, 365, 260, 255, 250, 240, 230, 220, 210, 200],
];

/** The slowest speed whose travel time for `distance` is under `durationMs` (20 when none is); 0 for no move. */
export const fredorchSpeed = (distance: number, durationMs: number): number => {
  if (distance <= 0) return 0;
  const row = TRAVEL_MS[Math.min(distance, 15) - 1]!;
  const speed = row.findIndex((ms) => ms < durationMs);
  return speed < 0 ? 20 : speed + 1;
};

export const fredorchProtocol: DeviceProtocol<FredorchState> = {
  name: 'fredorch',
  config: fredorchDevices,
  createState: () => ({ position: 0 }),
  *initialize(_device, state) {
    yield* subscribe('rx');
    // A freshly powered device says hello first; a device that was already awake does not.
    yield* nextNotification('rx', REPLY_TIMEOUT_MS);
    for (const data of INIT_FRAMES) {
      yield* send(frame(data));
      const reply = yield* nextNotification('rx', REPLY_TIMEOUT_MS);
      if (!reply) throw new Error('Fredorch did not answer its initialisation');
    }
    return state;
  },
  encodeOutputs: drivesOnly(['HwPositionWithDuration'], (state, outputs) => {
    let position = state.position;
    const writes = [];
    for (const { value, duration = 0 } of outputs) {
      const speed = fredorchSpeed(Math.abs(position - value), duration);
      writes.push(moveFrame(speed, value * 10, value * 10));
      position = value;
    }
    return encoded({ position }, writes);
  }),
};

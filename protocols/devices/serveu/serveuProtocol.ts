/**
 * ServeU: a stroke is `[0x01, position, speed]` on `tx`. The device takes a speed, not a duration,
 * so the protocol remembers where it last sent the stroker and turns distance over time (position
 * units per second) into the device's piecewise speed scale: up to 50 u/s in steps of 2, up to
 * 750 u/s in steps of 4 from 25, up to 2000 u/s in steps of 25 from 200, and 250 (0xFA) beyond.
 */
import { encoded, type DeviceProtocol } from '../shared/deviceProtocol.js';
import { write, type WriteRequest } from '../shared/hardwareRequests.js';
import { serveuDevices } from './serveuDevices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

export interface ServeuState {
  readonly position: number;
}

const MAX_SPEED = 0xfa;

/** The speed byte for moving `distance` position units in `durationMs`. */
export const serveuSpeed = (distance: number, durationMs: number): number => {
  const unitsPerSecond = Math.ceil(distance / (durationMs / 1000));
  // A zero-length move in no time is NaN here and, like any too-fast move, goes at full speed.
  if (unitsPerSecond <= 0.00001) return 0;
  if (unitsPerSecond <= 50) return Math.ceil(unitsPerSecond / 2);
  if (unitsPerSecond <= 750) return Math.ceil((unitsPerSecond - 50) / 4) + 25;
  if (unitsPerSecond <= 2000) return Math.ceil((unitsPerSecond - 750) / 25) + 200;
  return MAX_SPEED;
};

export const serveuProtocol: DeviceProtocol<ServeuState> = {
  name: 'serveu',
  config: serveuDevices,
  createState: () => ({ position: 0 }),
  encodeOutputs: drivesOnly(['HwPositionWithDuration'], (state, outputs) => {
    let position = state.position;
    const writes: WriteRequest[] = [];
    for (const { value, duration = 0 } of outputs) {
      writes.push(write('tx', [0x01, value, serveuSpeed(Math.abs(value - position), duration)]));
      position = value;
    }
    return encoded({ position }, writes);
  }),
};

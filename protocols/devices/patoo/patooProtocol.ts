/**
 * Patoo: the advertised name is the model plus a serial number (`PTVEA123`); the model is the part
 * before the first digit. Speed and mode go to separate characteristics, both with response:
 * `[speed]` on `tx`, then `[mode]` on `txmode`. Mode 4 runs the first motor; with it at rest, the
 * second motor (two-motor toys) runs with mode 0x80 and its own speed; mode 0 is off.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write, type WriteRequest } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { patooDevices } from './patooDevices.js';

const FIRST_MOTOR = 0x04;
const SECOND_MOTOR = 0x80;
const OFF = 0x00;

/** The model part of an advertised name: everything before the first digit. */
export const patooModel = (name: string): string => name.match(/^[^0-9]*/)![0];

export const patooPackets = ([first = 0, second = 0]: readonly number[]): WriteRequest[] => {
  const [speed, mode] = first !== 0 ? [first, FIRST_MOTOR] : second !== 0 ? [second, SECOND_MOTOR] : [0, OFF];
  return [write('tx', [speed], true), write('txmode', [mode], true)];
};

export const patooProtocol: DeviceProtocol<LevelsState> = {
  name: 'patoo',
  config: patooDevices,
  *identify({ hardwareName }) {
    return patooModel(hardwareName);
  },
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: patooPackets,
  }),
};

/**
 * Svakom Iker: two motors on `tx`. The main one runs with `[0x55, 0x03, 0x03, 0, 1, speed]`; the
 * second one is set with `[0x55, 0x07, 0, 0, speed, 0]`, sent after the main packet while it runs.
 * With both at rest a single `[0x55, 0x07, 0, 0, 0, 0]` stops the toy. Each change resends what
 * both motors should be doing.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write, type WriteRequest } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { svakomIkerDevices } from './svakomIkerDevices.js';

export const svakomIkerPackets = ([main = 0, second = 0]: readonly number[]): WriteRequest[] => {
  if (main === 0 && second === 0) return [write('tx', [0x55, 0x07, 0x00, 0x00, 0x00, 0x00])];
  const packets = [write('tx', [0x55, 0x03, 0x03, 0x00, 0x01, main])];
  if (second > 0) packets.push(write('tx', [0x55, 0x07, 0x00, 0x00, second, 0x00]));
  return packets;
};

export const svakomIkerProtocol: DeviceProtocol<LevelsState> = {
  name: 'svakom-iker',
  config: svakomIkerDevices,
  ...combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: svakomIkerPackets,
  }),
};

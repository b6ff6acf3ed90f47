/**
 * Mizz Zee, third version: 20-byte packets on `tx` with response. Stopped is `[0x03, 0x12, 0 x 18]`.
 * Running is `[0x03, 0x12, 0xF3, fill, level, fill, level, 0x00]`, with fill `[0x00, 0xFC, 0x00,
 * 0xFE, 0x40, 0x01]` and level a 16-bit little-endian word: the intensity (0.3 + 0.7 x speed/1000 of
 * 1023, computed in single precision as the vendor does) shifted left 6 bits, ORed with 60. The toy
 * stops when it hears nothing, so the last packet is repeated every 200 ms.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { mizzzeeV3Devices } from './mizzzeeV3Devices.js';

const PACKET_LENGTH = 20;
const FILL = [0x00, 0xfc, 0x00, 0xfe, 0x40, 0x01] as const;
const f32 = Math.fround;

/** The level word for a speed of 1..1000: the lowest speeds still run the motor at 30 %. */
export const mizzzeeV3Level = (speed: number): number => {
  const fraction = f32(f32(speed) / 1000);
  const intensity = f32(f32(f32(fraction * f32(0.7)) + f32(0.3)) * 1023);
  return ((Math.trunc(intensity) << 6) | 60) & 0xffff;
};

export const mizzzeeV3Packet = (speed: number): number[] => {
  if (speed === 0) return [0x03, 0x12, ...Array.from({ length: PACKET_LENGTH - 2 }, () => 0)];
  const level = mizzzeeV3Level(speed);
  const word = [level & 0xff, level >> 8];
  return [0x03, 0x12, 0xf3, ...FILL, ...word, ...FILL, ...word, 0x00];
};

export const mizzzeeV3Protocol: DeviceProtocol<null> = {
  name: 'mizzzee-v3',
  config: mizzzeeV3Devices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', mizzzeeV3Packet(value), true),
  }),
  keepalive: { kind: 'repeatLastWrite', intervalMs: 200 },
};

/**
 * Hismith's newer machines (and Sinloli, Eropair, Auxfun): identified by the model bytes read from
 * `rxblemodel` (as hex, e.g. `4001`). Every output is `[0xCC, slot, value, value + slot]` on `tx`:
 * slot 3 for the thrust, the air pump or the first of two vibrators, slot 5 for a lone or second
 * vibrator and for an air pump in second place. A rotation sends its speed in slot 3, then its
 * direction `[0xCC, 0x01, 0xC0 (clockwise) | 0xC1, + 1]`; a spray is `[0xCC, 0x0B, 0x01, 0x0C]`.
 * (The reference sends the spray packet for a spray of 0 too, so its Stop would spray; here 0
 * sends nothing.)
 */
import type { DeviceProtocol, IdentifyContext, ProtocolDevice } from '../shared/deviceProtocol.js';
import { read, write, type ProtocolScript } from '../shared/hardwareRequests.js';
import { byOutputType, type OutputTable } from '../shared/outputEncoders.js';
import { hismithMiniDevices } from './hismithMiniDevices.js';
import { vibratorCount } from '../shared/vibratorCount.js';

const MODEL_READ_LENGTH = 128;
const MODEL_READ_TIMEOUT_MS = 500;

/** Reads the model bytes and spells them as lower-case hex, as the database's identifiers are. */
export function* readHismithModel(_context?: IdentifyContext): ProtocolScript<string> {
  const model = yield* read('rxblemodel', MODEL_READ_LENGTH, MODEL_READ_TIMEOUT_MS);
  return [...model].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const packet = (slot: number, value: number) => write('tx', [0xcc, slot, value, (value + slot) & 0xff]);

const hasOutput = (device: ProtocolDevice, index: number, type: string) =>
  device.definition.features[index]?.outputs.some((o) => o.type === type) ?? false;

export const hismithMiniPackets: OutputTable = {
  Oscillate: ({ value }) => packet(0x03, value),
  Vibrate: ({ value, feature }, device) =>
    packet(vibratorCount(device) < 2 || feature.index === 1 ? 0x05 : 0x03, value),
  Constrict: ({ value }, device) =>
    packet(hasOutput(device, 1, 'Constrict') && !hasOutput(device, 0, 'Constrict') ? 0x05 : 0x03, value),
  Rotate: ({ value }) => {
    const clockwise = value >= 0;
    return [packet(0x03, Math.abs(value)), write('tx', [0xcc, 0x01, clockwise ? 0xc0 : 0xc1, clockwise ? 0xc1 : 0xc2])];
  },
  Spray: ({ value }) => (value > 0 ? write('tx', [0xcc, 0x0b, 0x01, 0x0c]) : []),
};

export const hismithMiniProtocol: DeviceProtocol<null> = {
  name: 'hismith-mini',
  config: hismithMiniDevices,
  identify: readHismithModel,
  createState: () => null,
  encodeOutputs: byOutputType(hismithMiniPackets),
};

/**
 * Vorze SA family: every packet asks a response on `tx` and starts with the toy's code. The model's
 * protocol variant picks the packet shape, and for some variants the advertised name picks the code:
 *
 * - single rotator (Cyclone SA "CycSA" 1, UFO SA "UFO" 2): `[code, 0x01, clockwise << 7 | speed]`
 * - dual rotator (UFO TW, 5): `[5, left, right]`, each `clockwise << 7 | speed`
 * - single vibrator (Bach 6, Rocket 7): `[code, 0x03, speed]`
 * - dual vibrator (Omorfi "OMOR", 9): `[9, motor 0, motor 1]`
 * - piston (3): `[3, position, speed]`, the speed covering the distance from the last position in
 *   the time asked (see pistonSpeed).
 *
 * A stopped rotator counts as clockwise (0x80). A model without a known variant or name is refused.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import {
  encoded,
  unsupported,
  type DeviceProtocol,
  type EncodeResult,
  type FeatureOutput,
  type ProtocolDevice,
} from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { vorzeSaDevices } from './vorzeSaDevices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

const ROTATE = 0x01;
const VIBRATE = 0x03;

export type VorzeSaState =
  | { readonly kind: 'singleRotator'; readonly code: number }
  | { readonly kind: 'dualRotator'; readonly levels: readonly [number, number] }
  | { readonly kind: 'singleVibrator'; readonly code: number }
  | { readonly kind: 'dualVibrator'; readonly levels: readonly [number, number] }
  | { readonly kind: 'piston'; readonly position: number }
  | { readonly kind: 'unsupported'; readonly reason: string };

/** Which sub-protocol a model speaks, from its variant and (for some variants) its advertised name. */
export const vorzeSaState = (variant: string | undefined, hardwareName: string): VorzeSaState => {
  const name = hardwareName.toLowerCase();
  const refused: VorzeSaState = {
    kind: 'unsupported',
    reason: `no Vorze protocol for ${JSON.stringify(hardwareName)} (variant ${variant ?? 'none'})`,
  };
  switch (variant) {
    case 'vorze-sa-single-rotator':
      return name.includes('cycsa')
        ? { kind: 'singleRotator', code: 1 }
        : name.includes('ufo')
          ? { kind: 'singleRotator', code: 2 }
          : refused;
    case 'vorze-sa-dual-rotator':
      return { kind: 'dualRotator', levels: [0, 0] };
    case 'vorze-sa-single-vibrator':
      return name.includes('bach')
        ? { kind: 'singleVibrator', code: 6 }
        : name.includes('rocket')
          ? { kind: 'singleVibrator', code: 7 }
          : refused;
    case 'vorze-sa-dual-vibrator':
      return name.includes('omor') ? { kind: 'dualVibrator', levels: [0, 0] } : refused;
    case 'vorze-sa-piston':
      return { kind: 'piston', position: 0 };
    default:
      return refused;
  }
};

/** A rotation as one byte: bit 7 set for clockwise (and for a stop), the speed below. */
export const rotationByte = (speed: number): number => (speed >= 0 ? 0x80 : 0x00) | Math.abs(speed);

/**
 * The Piston's speed (0..100) for moving `distance` (0..200) in `durationMs`: the manufacturer's
 * curve (duration per full 200 stroke / 6658) ^ -1.21, truncated; 100 when there is nothing to move.
 */
export const pistonSpeed = (distance: number, durationMs: number): number => {
  if (distance <= 0) return 100;
  const fullStrokeMs = (200 * durationMs) / Math.min(distance, 200);
  const speed = Math.pow(fullStrokeMs / 6658, -1.21);
  return Math.trunc(Math.min(Math.max(speed, 0), 100));
};

/** What each kind of Vorze toy drives. */
const DRIVES: Readonly<Record<Exclude<VorzeSaState['kind'], 'unsupported'>, readonly OutputType[]>> = {
  singleRotator: ['Rotate'],
  dualRotator: ['Rotate'],
  singleVibrator: ['Vibrate'],
  dualVibrator: ['Vibrate'],
  piston: ['HwPositionWithDuration'],
};

/** One output, of a type `DRIVES` says the toy takes. */
const encodeOne = (state: VorzeSaState, output: FeatureOutput): { state: VorzeSaState; packet: number[] } | string => {
  const { value, feature } = output;
  switch (state.kind) {
    case 'singleRotator':
      return { state, packet: [state.code, ROTATE, rotationByte(value)] };
    case 'dualRotator': {
      if (feature.index > 1) return `the UFO TW has no rotator ${feature.index}`;
      const levels: [number, number] = [...state.levels];
      levels[feature.index] = value;
      return { state: { ...state, levels }, packet: [5, rotationByte(levels[0]), rotationByte(levels[1])] };
    }
    case 'singleVibrator':
      return { state, packet: [state.code, VIBRATE, value] };
    case 'dualVibrator': {
      if (feature.index > 1) return `the Omorfi has no vibrator ${feature.index}`;
      const levels: [number, number] = [...state.levels];
      levels[feature.index] = value;
      return { state: { ...state, levels }, packet: [9, ...levels] };
    }
    case 'piston': {
      const speed = pistonSpeed(Math.abs(state.position - value), output.duration ?? 0);
      return { state: { ...state, position: value }, packet: [3, value, speed] };
    }
    case 'unsupported':
      return state.reason;
  }
};

const encodeBatch = (state: VorzeSaState, outputs: readonly FeatureOutput[]): EncodeResult<VorzeSaState> => {
  let next = state;
  const packets: number[][] = [];
  for (const output of outputs) {
    const result = encodeOne(next, output);
    if (typeof result === 'string') return unsupported(result);
    next = result.state;
    packets.push(result.packet);
  }
  // The dual toys carry both motors in every packet: a batch needs only its last one.
  const shared = next.kind === 'dualRotator' || next.kind === 'dualVibrator';
  return encoded(
    next,
    (shared ? packets.slice(-1) : packets).map((packet) => write('tx', packet, true)),
  );
};

export const vorzeSaProtocol: DeviceProtocol<VorzeSaState> = {
  name: 'vorze-sa',
  config: vorzeSaDevices,
  createState: (device: ProtocolDevice) => vorzeSaState(device.definition.protocolVariant, device.hardwareName),
  *initialize(_device, state) {
    if (state.kind === 'unsupported') throw new Error(state.reason);
    return state;
  },
  encodeOutputs: (state, outputs, device) =>
    state.kind === 'unsupported'
      ? encodeBatch(state, outputs)
      : drivesOnly(DRIVES[state.kind], encodeBatch)(state, outputs, device),
};

/**
 * SDL gamepads (device config v5, taking over from XInput): the pad's rumble channels as one packet
 * on `tx`, four little-endian u16 levels `[low, high, left trigger, right trigger]`, sent after
 * every output change (a stop of two channels is two packets, as upstream). Which feature drives
 * which channel comes from the layout the hardware reported (`protocol_variant`): rumble only (the
 * defaults), rumble and triggers, or triggers only. The battery is one byte read from `rx`.
 *
 * This engine has no SDL device manager (no SDL binding for Node ships its binaries in the npm
 * package), so these devices come from a device manager a host provides, or a simulation. Such a
 * manager reports the pad's layout as `DiscoveryInfo.selection` (`__sdl-rumble-and-triggers`,
 * `__sdl-triggers-only`, or no selector for rumble only), as upstream's SDL hardware does: the
 * device is then that configuration, announced by the pad's own name.
 */
import { encoded, type DeviceProtocol, type FeatureOutput, type ProtocolDevice } from '../shared/deviceProtocol.js';
import { read, write } from '../shared/hardwareRequests.js';
import { drivesOnly, eachOutput, type LevelsState } from '../shared/outputEncoders.js';
import { sdlGamepadDevices } from './sdlGamepadDevices.js';
import { requireInput } from '../shared/inputRefusal.js';

/** The packet's channel (0 low, 1 high, 2 left trigger, 3 right trigger) of each feature, by layout. */
const CHANNELS: Readonly<Record<string, readonly number[]>> = {
  'sdl-rumble-and-triggers': [0, 1, 2, 3],
  'sdl-triggers-only': [2, 3],
};
const RUMBLE_ONLY = [0, 1];

export const sdlChannel = (device: ProtocolDevice, featureIndex: number): number | undefined =>
  (CHANNELS[device.definition.protocolVariant ?? ''] ?? RUMBLE_ONLY)[featureIndex];

export const sdlRumblePacket = (levels: readonly number[]): number[] =>
  levels.flatMap((level) => [level & 0xff, (level >> 8) & 0xff]);

const encodeOne = (state: LevelsState, output: FeatureOutput, device: ProtocolDevice) => {
  const channel = sdlChannel(device, output.feature.index);
  if (channel === undefined)
    return { ok: false as const, reason: `feature ${output.feature.index} is no rumble channel` };
  const levels = [...state.levels];
  levels[channel] = output.value;
  return encoded({ levels }, [write('tx', sdlRumblePacket(levels))]);
};

export const sdlGamepadProtocol: DeviceProtocol<LevelsState> = {
  name: 'sdl-gamepad',
  config: sdlGamepadDevices,
  createState: () => ({ levels: [0, 0, 0, 0] }),
  encodeOutputs: drivesOnly(['Vibrate'], (state, outputs, device) => eachOutput(state, outputs, device, encodeOne)),
  *readInput(_state, request) {
    requireInput(request, 'Battery');
    const data = yield* read('rx', 1);
    if (data.length === 0) throw new Error('the gamepad reported no battery level');
    return data[0]!;
  },
};

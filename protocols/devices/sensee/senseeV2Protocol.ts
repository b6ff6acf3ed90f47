/**
 * Sensee (v2): init reads `tx` (the device's info record); its byte 6, when present and not 0, is
 * the device type every packet carries (0x65 otherwise). All motors travel in one packet on `tx`:
 * `[0x55, 0xAA, 0xF0, 0x02, 0x00, 4 + n, type, 0xF1, ...body, 0, 0]` (n = body length; the two
 * trailing check bytes are unused), where the body counts the motor groups the model has, then
 * per group (0 vibration, 1 thrusting, 2 suction) its number, its motor count and each motor's
 * number (from 1) and level.
 */
import type { OutputType } from '../../buttplug/featureTypes.js';
import { encoded, type DeviceProtocol, type ProtocolDevice } from '../shared/deviceProtocol.js';
import { read, write, type WriteRequest } from '../shared/hardwareRequests.js';
import { senseeV2Devices } from './senseeV2Devices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

export interface SenseeV2State {
  readonly deviceType: number;
  /** The level last sent, by feature index. */
  readonly levels: readonly number[];
}

const INFO_READ_LENGTH = 128;
const INFO_READ_TIMEOUT_MS = 500;
const DEFAULT_DEVICE_TYPE = 0x65;
const SET_MOTORS = 0xf1;
const GROUPS: readonly OutputType[] = ['Vibrate', 'Oscillate', 'Constrict'];

export const senseeV2DeviceType = (info: Uint8Array): number =>
  info.length > 6 && info[6] !== 0 ? info[6]! : DEFAULT_DEVICE_TYPE;

/** The features of each motor group, in feature order. */
const groupMembers = (device: ProtocolDevice, type: OutputType): number[] =>
  device.definition.features
    .filter((feature) => feature.outputs.some((output) => output.type === type))
    .map((feature) => feature.index);

export const senseeV2Packet = (state: SenseeV2State, device: ProtocolDevice): WriteRequest => {
  const groups = GROUPS.map((type) => groupMembers(device, type));
  const body = [groups.filter((members) => members.length > 0).length];
  groups.forEach((members, group) => {
    if (members.length === 0) return;
    body.push(group, members.length, ...members.flatMap((feature, i) => [i + 1, state.levels[feature] ?? 0]));
  });
  return write('tx', [
    0x55,
    0xaa,
    0xf0,
    0x02,
    0x00,
    4 + body.length,
    state.deviceType,
    SET_MOTORS,
    ...body,
    0x00,
    0x00,
  ]);
};

export const senseeV2Protocol: DeviceProtocol<SenseeV2State> = {
  name: 'sensee-v2',
  config: senseeV2Devices,
  createState: (device) => ({ deviceType: DEFAULT_DEVICE_TYPE, levels: device.definition.features.map(() => 0) }),
  *initialize(_device, state) {
    const info = yield* read('tx', INFO_READ_LENGTH, INFO_READ_TIMEOUT_MS);
    return { ...state, deviceType: senseeV2DeviceType(info) };
  },
  encodeOutputs: drivesOnly(GROUPS, (state, outputs, device) => {
    if (outputs.length === 0) return encoded(state, []);
    const levels = [...state.levels];
    for (const { value, feature } of outputs) {
      levels[feature.index] = value;
    }
    const next = { ...state, levels };
    return encoded(next, [senseeV2Packet(next, device)]);
  }),
};

/**
 * Lovense toys driven through the Lovense Connect app's local HTTP API. A command is an HTTP GET the
 * app turns into Bluetooth: the protocol writes the request's path and query (`Vibrate?v=10&t=<toy id>`)
 * as UTF-8 to `tx`, and the hardware (hardware/lovenseConnect/) sends it to the app. The toy id is the
 * device's address; the battery level comes from the app's toy list, read from `rx` as one byte.
 *
 * Commands: `Vibrate?v=` (one vibrator) or `Vibrate<n>?v=` (the n-th of several), `Thrusting?v=`
 * (oscillation: Gravity, Solace, Sex Machine), `AirAuto?v=` (the Max's air pump, 0 to 3),
 * `Rotate?v=` with `RotateChange?t=` before it when the direction flips. The Solace is set to its full
 * stroke depth (`Depth?v=3`) when it connects. Where this differs from the reference:
 * - Constrict (the Max's pump) sends `AirAuto`; the reference sends nothing.
 * - Oscillate is always `Thrusting`; the reference sends `AirAuto` for toys that only oscillate.
 * - A toy with one vibrator gets `Vibrate`, several get `Vibrate<n>` (the reference always numbers).
 * - `Rotate` carries the speed and `RotateChange` the direction, both with the toy id; the reference
 *   sends a negative speed to `/Rotate` and `RotateChange` without a toy.
 * - The app names toys in any case (`max`, `Max`); identification returns the spelling of the known
 *   model it names, so `max` is driven as a Lovense Max.
 */
import type { ProtocolDevice } from '../shared/deviceProtocol.js';
import { encoded, type DeviceProtocol, type FeatureOutput, type ProtocolWrite } from '../shared/deviceProtocol.js';
import { drivesOnly, eachOutput } from '../shared/outputEncoders.js';
import { ascii, read, send, write, type ProtocolScript } from '../shared/hardwareRequests.js';
import { lovenseConnectServiceDevices } from './lovenseConnectServiceDevices.js';
import { requireInput } from '../shared/inputRefusal.js';

export interface LovenseConnectServiceState {
  /** Direction the rotator turns now; `RotateChange` flips it. */
  readonly clockwise: boolean;
}

const request = (path: string): ProtocolWrite => write('tx', ascii(path));

const toyId = (device: ProtocolDevice) => encodeURIComponent(device.definition.key.address);

const KNOWN_NAMES = lovenseConnectServiceDevices.configurations.flatMap((model) => model.identifiers);

/** The model identifier a toy name stands for: `max` -> `Max`; unknown names stay as they are. */
export const canonicalToyName = (name: string): string =>
  KNOWN_NAMES.find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;

const vibrateCommand = (output: FeatureOutput, device: ProtocolDevice): string => {
  const vibrators = device.definition.features.filter((f) => f.outputs.some((o) => o.type === 'Vibrate'));
  if (vibrators.length <= 1) return 'Vibrate';
  return `Vibrate${vibrators.findIndex((f) => f.index === output.feature.index) + 1}`;
};

/** One output, of a type the encoder below names. */
const encodeOne = (state: LovenseConnectServiceState, output: FeatureOutput, device: ProtocolDevice) => {
  const toy = toyId(device);
  const level = Math.abs(output.value);
  switch (output.type) {
    case 'Vibrate':
      return encoded(state, [request(`${vibrateCommand(output, device)}?v=${level}&t=${toy}`)]);
    case 'Oscillate':
      return encoded(state, [request(`Thrusting?v=${level}&t=${toy}`)]);
    case 'Constrict':
      return encoded(state, [request(`AirAuto?v=${level}&t=${toy}`)]);
    default: {
      // Rotate
      const clockwise = output.value >= 0;
      const writes: ProtocolWrite[] = [];
      if (output.value !== 0 && clockwise !== state.clockwise) writes.push(request(`RotateChange?t=${toy}`));
      writes.push(request(`Rotate?v=${level}&t=${toy}`));
      return encoded({ clockwise: output.value === 0 ? state.clockwise : clockwise }, writes);
    }
  }
};

export const lovenseConnectServiceProtocol: DeviceProtocol<LovenseConnectServiceState> = {
  name: 'lovense-connect-service',
  config: lovenseConnectServiceDevices,
  // Nothing to ask the toy: the app told us its name.
  *identify({ hardwareName }): ProtocolScript<string | undefined> {
    return canonicalToyName(hardwareName);
  },
  createState: () => ({ clockwise: true }),
  *initialize(device, state) {
    if (device.identifier === 'Solace') yield* send(request(`Depth?v=3&t=${toyId(device)}`));
    return state;
  },
  encodeOutputs: drivesOnly(['Vibrate', 'Oscillate', 'Constrict', 'Rotate'], (state, outputs, device) =>
    eachOutput(state, outputs, device, encodeOne),
  ),
  *readInput(_state, input) {
    requireInput(input, 'Battery');
    const level = (yield* read('rx', 1))[0];
    if (level === undefined) throw new Error('Lovense Connect reported no battery level');
    return level;
  },
};

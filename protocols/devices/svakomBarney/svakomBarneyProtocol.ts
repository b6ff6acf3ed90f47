/**
 * Svakom Barney (Mutufun): both motors in one packet on `tx`,
 * `[0x55, 0x03, which, 0, running ? 3 : 0, the faster speed, 0]`, where `which` picks the motor
 * that runs alone (1 the first, 2 the second) and is 0 for both alike (or a one-motor model).
 */
import { encoded, unsupported, type DeviceProtocol } from '../deviceProtocol.js';
import { write, type WriteRequest } from '../hardwareRequests.js';
import { initialLevels, type LevelsState } from '../outputEncoders.js';
import { svakomBarneyDevices } from './svakomBarneyDevices.js';

export interface SvakomBarneyState extends LevelsState {
  readonly vibrators: number;
}

const MOTORS = 2;

export const svakomBarneyPacket = ([first = 0, second = 0]: readonly number[], vibrators: number): WriteRequest => {
  const which = vibrators === 1 || (first > 0 && second > 0) || first === second ? 0x00 : first > 0 ? 0x01 : 0x02;
  const running = first !== 0 || second !== 0;
  return write('tx', [0x55, 0x03, which, 0x00, running ? 0x03 : 0x00, Math.max(first, second), 0x00]);
};

export const svakomBarneyProtocol: DeviceProtocol<SvakomBarneyState> = {
  name: 'svakom-barney',
  config: svakomBarneyDevices,
  createState: (device) => ({
    ...initialLevels(MOTORS),
    vibrators: device.definition.features.filter((feature) => feature.outputs.some((output) => output.type === 'Vibrate')).length,
  }),
  encodeOutputs(state, outputs) {
    if (outputs.length === 0) return encoded(state, []);
    const levels = [...state.levels];
    for (const { type, value, feature } of outputs) {
      if (type !== 'Vibrate' || feature.index >= MOTORS) return unsupported(`the Svakom Barney takes no ${type} on feature ${feature.index}`);
      levels[feature.index] = value;
    }
    return encoded({ ...state, levels }, [svakomBarneyPacket(levels, state.vibrators)]);
  },
};

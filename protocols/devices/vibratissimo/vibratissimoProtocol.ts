/**
 * Vibratissimo: the model name is read from `rxblemodel` (the advertised name when it is not
 * UTF-8). Every change sends `[0x03, 0xFF]` to `txmode` (write mode), then every vibrator's level
 * to `txvibrate` (a one-motor toy pads with 0). The battery is the BLE battery level.
 */
import { encoded, unsupported, type DeviceProtocol } from '../shared/deviceProtocol.js';
import { read, write } from '../shared/hardwareRequests.js';
import { readBleBattery } from '../shared/bleBattery.js';
import { drivesOnly, initialLevels, type LevelsState } from '../shared/outputEncoders.js';
import { vibratorCount } from '../shared/vibratorCount.js';
import { vibratissimoDevices } from './vibratissimoDevices.js';

const MODEL_READ_LENGTH = 128;
const MODEL_READ_TIMEOUT_MS = 500;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The model name in a `rxblemodel` answer, or undefined when it is not text. */
export const modelName = (data: Uint8Array): string | undefined => {
  try {
    return strictUtf8.decode(data);
  } catch {
    return undefined;
  }
};

export const vibratissimoProtocol: DeviceProtocol<LevelsState> = {
  name: 'vibratissimo',
  config: vibratissimoDevices,
  *identify(context) {
    const data = yield* read('rxblemodel', MODEL_READ_LENGTH, MODEL_READ_TIMEOUT_MS);
    return modelName(data) ?? context.hardwareName;
  },
  createState: (device) => initialLevels(vibratorCount(device)),
  encodeOutputs: drivesOnly(['Vibrate'], (state, outputs) => {
    const levels = [...state.levels];
    for (const { value, feature } of outputs) {
      if (feature.index >= levels.length) return unsupported(`feature ${feature.index} is no vibrator`);
      levels[feature.index] = value;
    }
    if (outputs.length === 0) return encoded(state, []);
    const vibrate = write('txvibrate', levels.length === 1 ? [...levels, 0x00] : levels);
    return encoded({ levels }, [write('txmode', [0x03, 0xff]), vibrate]);
  }),
  readInput: readBleBattery,
};

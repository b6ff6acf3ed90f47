/** Nobra's Silicone Dreams (BLE or serial): woken with `0x70`; speed s is one byte, `0x60 + s`, or `0x70` to stop, on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { send, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { nobraDevices } from './nobraDevices.js';

const STOP = 0x70;

export const nobraProtocol: DeviceProtocol<null> = {
  name: 'nobra',
  config: nobraDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* send(write('tx', [STOP]));
    return state;
  },
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', [value === 0 ? STOP : 0x60 + value]),
  }),
};

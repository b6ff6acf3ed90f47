/** Youcups: vibration as text, `$SYS,<speed>?`, on `tx`. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { ascii, write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { youcupsDevices } from './youcupsDevices.js';

export const youcupsProtocol: DeviceProtocol<null> = {
  name: 'youcups',
  config: youcupsDevices,
  createState: () => null,
  encodeOutputs: byOutputType({
    Vibrate: ({ value }) => write('tx', ascii(`$SYS,${value}?`)),
  }),
};

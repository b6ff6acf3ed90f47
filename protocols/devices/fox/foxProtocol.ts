/** Fox: `[0x03, 0x01, 0x01, 0xFE, speed]` on `tx`. */
import type { DeviceProtocol } from '../deviceProtocol.js';
import { write } from '../hardwareRequests.js';
import { packetPerOutput } from '../outputEncoders.js';
import { foxDevices } from './foxDevices.js';

export const foxProtocol: DeviceProtocol<null> = {
  name: 'fox',
  config: foxDevices,
  createState: () => null,
  encodeOutputs: packetPerOutput(({ type, value }) =>
    type === 'Vibrate' ? write('tx', [0x03, 0x01, 0x01, 0xfe, value]) : `Fox toys take no ${type}`,
  ),
};

/** Picobong: `[0x01, mode, speed]` on `tx`, mode 0x01 (steady) while running and 0xFF to stop. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { packetPerOutput } from '../shared/outputEncoders.js';
import { picobongDevices } from './picobongDevices.js';

const STEADY = 0x01;
const STOP = 0xff;

export const picobongProtocol: DeviceProtocol<null> = {
  name: 'picobong',
  config: picobongDevices,
  createState: () => null,
  encodeOutputs: packetPerOutput(({ type, value }) =>
    type === 'Vibrate' ? write('tx', [0x01, value === 0 ? STOP : STEADY, value]) : `Picobong toys take no ${type}`,
  ),
};

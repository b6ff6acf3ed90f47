/**
 * Hgod: a vibration lasts about 100 ms, so while the toy should run, `[0x55, 0x04, 0, 0, 0, speed]`
 * goes to `tx` again every 100 ms; to stop, the packets simply stop.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { encoded } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { hgodDevices } from './hgodDevices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

export const HGOD_REPEAT_MS = 100;

export interface HgodState {
  readonly speed: number;
}

const packet = (speed: number) => write('tx', [0x55, 0x04, 0x00, 0x00, 0x00, speed]);

export const hgodProtocol: DeviceProtocol<HgodState> = {
  name: 'hgod',
  config: hgodDevices,
  createState: () => ({ speed: 0 }),
  encodeOutputs: drivesOnly(['Vibrate'], (state, outputs) => {
    if (outputs.length === 0) return encoded(state, []);
    let speed = state.speed;
    for (const { value } of outputs) {
      speed = value;
    }
    return encoded({ speed }, speed > 0 ? [packet(speed)] : []);
  }),
  keepaliveWrites: (state) => ({ state, writes: state.speed > 0 ? [packet(state.speed)] : [] }),
  keepalive: { kind: 'protocolKeepalive', intervalMs: HGOD_REPEAT_MS },
};

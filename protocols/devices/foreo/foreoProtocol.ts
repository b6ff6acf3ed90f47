/**
 * Foreo: `[0x01, mode, speed]` on `tx` with response. The mode byte depends on the model family,
 * told by the advertised name: LUNA play smart 2 is 3, FOFO and UFO models are 1, the rest 0.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { foreoDevices } from './foreoDevices.js';

export interface ForeoState {
  readonly mode: number;
}

export const foreoMode = (hardwareName: string): number => {
  const name = hardwareName.toLowerCase();
  if (name.includes('smart') && name.includes('2')) return 3;
  if (name.includes('fofo') || name.includes('ufo')) return 1;
  return 0;
};

export const foreoProtocol: DeviceProtocol<ForeoState> = {
  name: 'foreo',
  config: foreoDevices,
  createState: (device) => ({ mode: foreoMode(device.hardwareName) }),
  encodeOutputs: (state, outputs, device) =>
    byOutputType({
      Vibrate: ({ value }) => write('tx', [0x01, state.mode, value], true),
    })(state, outputs, device),
};

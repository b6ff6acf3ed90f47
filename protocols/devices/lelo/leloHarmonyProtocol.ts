/**
 * Lelo Harmony toys (Tiani Harmony, Ida Wave, Tor 3...): paired through `whitelist` (see
 * leloAuthorisation: all zeros means "press the button", `01 00...` authorised), then each motor
 * is `[0x0A, 0x12, motor + 1, 0x08, 0, 0, 0, 0, speed, 0]` on `tx`.
 */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { leloAuthorisation } from './leloAuthorisation.js';
import { byOutputType, samePacket, type OutputTable } from '../shared/outputEncoders.js';
import { leloHarmonyDevices } from './leloHarmonyDevices.js';

export const leloHarmonyPackets: OutputTable = samePacket(['Vibrate', 'Rotate'], ({ value, feature }) =>
  write('tx', [0x0a, 0x12, feature.index + 1, 0x08, 0x00, 0x00, 0x00, 0x00, value, 0x00]),
);

export const leloHarmonyProtocol: DeviceProtocol<null> = {
  name: 'lelo-harmony',
  config: leloHarmonyDevices,
  createState: () => null,
  *initialize(_device, state) {
    yield* leloAuthorisation({
      endpoint: 'whitelist',
      waiting: (report) => report.every((byte) => byte === 0),
      authorised: (report) => report[0] === 1 && report.subarray(1).every((byte) => byte === 0),
    });
    return state;
  },
  encodeOutputs: byOutputType(leloHarmonyPackets),
};

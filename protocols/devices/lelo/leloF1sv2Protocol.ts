/**
 * Lelo F1s V2 (and V3, F2S): paired through its security characteristic (`whitelist`, or
 * `generic0` on toys without one; see leloAuthorisation: eight zeros mean "press the button",
 * `01` and seven zeros authorised). Toys with `whitelist` then take F1s packets written with
 * response; the others take Harmony packets.
 */
import type { DeviceProtocol, ProtocolDevice } from '../shared/deviceProtocol.js';
import { leloAuthorisation } from './leloAuthorisation.js';
import { leloF1sEncoder } from './leloF1sProtocol.js';
import { leloHarmonyPackets } from './leloHarmonyProtocol.js';
import { byOutputType, type LevelsState } from '../shared/outputEncoders.js';
import { leloF1sv2Devices } from './leloF1sv2Devices.js';

const NOT_AUTHORISED = [0, 0, 0, 0, 0, 0, 0, 0];
const AUTHORISED = [1, 0, 0, 0, 0, 0, 0, 0];

const isReport = (expected: readonly number[]) => (report: Uint8Array) =>
  report.length === expected.length && report.every((byte, i) => byte === expected[i]);

const hasWhitelist = (device: ProtocolDevice) => device.endpoints.includes('whitelist');

const f1sPackets = leloF1sEncoder(true);
const harmonyPackets = byOutputType(leloHarmonyPackets);

export const leloF1sv2Protocol: DeviceProtocol<LevelsState> = {
  name: 'lelo-f1sv2',
  config: leloF1sv2Devices,
  createState: f1sPackets.createState,
  *initialize(device, state) {
    yield* leloAuthorisation({
      endpoint: hasWhitelist(device) ? 'whitelist' : 'generic0',
      waiting: isReport(NOT_AUTHORISED),
      authorised: isReport(AUTHORISED),
    });
    return state;
  },
  encodeOutputs: (state, outputs, device) =>
    (hasWhitelist(device) ? f1sPackets.encodeOutputs : harmonyPackets)(state, outputs, device),
};

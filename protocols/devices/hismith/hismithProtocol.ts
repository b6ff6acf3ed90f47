/**
 * Hismith: identified by the model bytes read from `rxblemodel` (as hex). The first machines
 * (1001, 1002, 1003, 1006, 2001, 3001) take `[0xAA, slot, value, value + slot]` on `tx`: slot 4 for
 * the thrust and for the vibrator of a single-output toy, slot 6 for a second-place vibrator, which
 * is switched off with 0xF0 rather than 0. Every other model is one of Hismith's newer machines: it
 * resolves among the hismith-mini models and gets their packets.
 */
import type { DeviceProtocol, Identification } from '../shared/deviceProtocol.js';
import { write, type ProtocolScript } from '../shared/hardwareRequests.js';
import { hismithMiniPackets, readHismithModel } from './hismithMiniProtocol.js';
import { byOutputType } from '../shared/outputEncoders.js';
import { hismithDevices } from './hismithDevices.js';

const LEGACY_MODELS: ReadonlySet<string> = new Set(['1001', '1002', '1003', '3001', '2001', '1006']);
const NEWER_PROTOCOL = 'hismith-mini';

const SECOND_VIBRATOR_OFF = 0xf0;

const packet = (slot: number, value: number) => write('tx', [0xaa, slot, value, (value + slot) & 0xff]);

const legacyModels = byOutputType({
  Oscillate: ({ value }) => packet(0x04, value),
  Vibrate: ({ value, feature }) =>
    feature.index === 0 ? packet(0x04, value) : packet(0x06, value === 0 ? SECOND_VIBRATOR_OFF : value),
});
const newerModels = byOutputType(hismithMiniPackets);

export const hismithProtocol: DeviceProtocol<null> = {
  name: 'hismith',
  config: hismithDevices,
  *identify(): ProtocolScript<Identification> {
    const model = yield* readHismithModel();
    return LEGACY_MODELS.has(model) ? model : { protocol: NEWER_PROTOCOL, identifier: model };
  },
  createState: () => null,
  encodeOutputs: (state, outputs, device) =>
    (device.definition.key.protocol === NEWER_PROTOCOL ? newerModels : legacyModels)(state, outputs, device),
};

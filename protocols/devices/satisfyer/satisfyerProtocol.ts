/**
 * Satisfyer: the model code is a big-endian u32 (as decimal text), taken from the advertised
 * manufacturer data or else read from `rxblemodel`; anything but four bytes reads as 0 (the
 * default model). Init writes `0x01` to `command`. Every motor's level travels in one packet on
 * `tx`, each level four times over; the toys stop when nothing arrives for a while, so the last
 * packet is repeated every 3 s.
 */
import type { ManufacturerData } from '../../config/deviceDefinitions.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { read, send, write } from '../shared/hardwareRequests.js';
import { combinedPacket, type LevelsState } from '../shared/outputEncoders.js';
import { satisfyerDevices } from './satisfyerDevices.js';

const MODEL_READ_LENGTH = 128;
const MODEL_READ_TIMEOUT_MS = 500;
export const SATISFYER_KEEPALIVE_MS = 3_000;

/** The model code four bytes spell (big-endian), as the database's identifiers write it. */
export const satisfyerModelCode = (bytes: readonly number[] | Uint8Array): string =>
  bytes.length === 4 ? String(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0) : '0';

const advertisedModelBytes = (manufacturerData: readonly ManufacturerData[] = []): readonly number[] | undefined =>
  manufacturerData.find((entry) => entry.data !== undefined)?.data;

export const satisfyerProtocol: DeviceProtocol<LevelsState> = {
  name: 'satisfyer',
  config: satisfyerDevices,
  *identify({ manufacturerData }) {
    const advertised = advertisedModelBytes(manufacturerData);
    if (advertised) return satisfyerModelCode(advertised);
    return satisfyerModelCode(yield* read('rxblemodel', MODEL_READ_LENGTH, MODEL_READ_TIMEOUT_MS));
  },
  *initialize(_device, state) {
    yield* send(write('command', [0x01], true));
    return state;
  },
  ...combinedPacket({
    slots: { Vibrate: 'feature' },
    packet: (levels) =>
      write(
        'tx',
        levels.flatMap((level) => [level, level, level, level]),
      ),
  }),
  keepalive: { kind: 'repeatLastWrite', intervalMs: SATISFYER_KEEPALIVE_MS },
};

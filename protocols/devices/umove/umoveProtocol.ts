/**
 * Umove (Mira, Vero, Nexo): the model is the advertised name's third and fourth letters (`UMVxB...`
 * -> `Vx`). Vibration and position travel together, `[0x5A, 0xA5, 0x55, 0x00, vibration (u16 LE),
 * 0x0001 (u16 LE), packet id (u32 LE), position (u32 LE)]` on `tx`, the id counting every packet.
 * A timed move is played as steps every 100 ms from the last position to the target; heat is
 * `[0x5A, 0xA5, 0x55, 0x06, 0xFF, 0xFF, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, level, 0xFF]`. The device
 * stops without traffic, so the last packet is repeated every 500 ms.
 */
import { encoded, type DeviceProtocol, type ProtocolWrite } from '../shared/deviceProtocol.js';
import { write, type ProtocolScript } from '../shared/hardwareRequests.js';
import { drivesOnly, eachOutput } from '../shared/outputEncoders.js';
import { umoveDevices } from './umoveDevices.js';

export interface UmoveState {
  readonly packetId: number;
  readonly vibrate: number;
  readonly position: number;
}

const STEP_MS = 100;

const u16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
const u32 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];

export const umovePacket = (state: UmoveState): number[] => [
  0x5a,
  0xa5,
  0x55,
  0x00,
  ...u16(state.vibrate),
  ...u16(1),
  ...u32(state.packetId),
  ...u32(state.position),
];

/** The packet for `state`, and the state with the packet id moved on. */
const packetOf = (state: UmoveState): { state: UmoveState; write: ProtocolWrite } => ({
  state: { ...state, packetId: (state.packetId + 1) >>> 0 },
  write: write('tx', umovePacket(state)),
});

export const umoveProtocol: DeviceProtocol<UmoveState> = {
  name: 'umove',
  config: umoveDevices,
  *identify({ hardwareName }): ProtocolScript<string | undefined> {
    return hardwareName.slice(2, 4);
  },
  createState: () => ({ packetId: 0, vibrate: 0, position: 0 }),
  encodeOutputs: drivesOnly(
    ['Vibrate', 'Position', 'HwPositionWithDuration', 'Temperature'],
    (state, outputs, device) =>
      eachOutput(state, outputs, device, (current, { type, value, duration = 0 }) => {
        if (type === 'Temperature')
          return encoded(current, [
            write('tx', [0x5a, 0xa5, 0x55, 0x06, 0xff, 0xff, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, value & 0xff, 0xff]),
          ]);
        if (type !== 'HwPositionWithDuration') {
          const next = packetOf(type === 'Vibrate' ? { ...current, vibrate: value } : { ...current, position: value });
          return encoded(next.state, [next.write]);
        }
        const steps = Math.max(1, Math.floor(duration / STEP_MS));
        let next = current;
        const writes: ProtocolWrite[] = [];
        for (let i = 1; i <= steps; i++) {
          const position = Math.round(current.position + ((value - current.position) * i) / steps);
          const packet = packetOf({ ...next, position });
          writes.push({ ...packet.write, ...(i > 1 ? { delayMs: (i - 1) * STEP_MS } : {}) });
          next = packet.state;
        }
        return encoded(next, writes);
      }),
  ),
  keepalive: { kind: 'repeatLastWrite', intervalMs: 500 },
};

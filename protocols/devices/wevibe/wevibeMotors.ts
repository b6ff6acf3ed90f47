/**
 * The We-Vibe protocols (wevibe, wevibe-8bit, wevibe-chorus) send both motors in every packet: the
 * internal one (feature 0) and the external one (feature 1). A toy with one motor sends its level
 * as both. Every packet goes to `tx` with a response; all-off is `[0x0F, 0, 0, 0, 0, 0, 0, 0]`.
 */
import type { ProtocolDevice, ProtocolWrite } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { combinedPacket } from '../shared/outputEncoders.js';
import { vibratorCount } from '../shared/vibratorCount.js';

export const WEVIBE_OFF = [0x0f, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

/** The state and encoder for a We-Vibe packet built from the internal and external motor levels (not both 0). */
export const wevibeMotors = (packet: (internal: number, external: number) => readonly number[]) =>
  combinedPacket({
    size: 2,
    slots: { Vibrate: 'feature' },
    packet: (levels, device: ProtocolDevice): ProtocolWrite => {
      const internal = levels[0]!;
      const external = vibratorCount(device) > 1 ? levels[1]! : internal;
      return write('tx', internal === 0 && external === 0 ? WEVIBE_OFF : packet(internal, external), true);
    },
  });

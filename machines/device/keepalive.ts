/**
 * When and what a device's keepalive writes (pure): some devices stop on their own after a silence,
 * so the engine repeats itself. The device's keepalive timer (keepaliveTimer.ts) says when.
 */
import type { Hardware } from '../../hardware/hardware.js';
import type { AnyDeviceProtocol, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import type { WriteRequest } from '../../protocols/devices/shared/hardwareRequests.js';

/** Whether this protocol on this hardware needs keeping alive at all. */
export const needsKeepalive = (protocol: AnyDeviceProtocol, hardware: Hardware | undefined): boolean => {
  const keepalive = protocol.keepalive;
  if (keepalive === undefined) return false;
  return keepalive.kind !== 'whenHardwareRequires' || !!hardware?.requiresKeepalive;
};

/** What the keepalive would send now, and the protocol state after it. */
export const keepaliveWrites = (
  protocol: AnyDeviceProtocol,
  state: unknown,
  device: ProtocolDevice | undefined,
  lastWrite: WriteRequest | undefined,
): { state: unknown; writes: readonly WriteRequest[] } => {
  const keepalive = protocol.keepalive;
  switch (keepalive?.kind) {
    case 'whenHardwareRequires':
      return { state, writes: [keepalive.write] };
    case 'repeatLastWrite':
      return { state, writes: lastWrite ? [lastWrite] : [] };
    case 'protocolKeepalive':
      return protocol.keepaliveWrites && device ? protocol.keepaliveWrites(state, device) : { state, writes: [] };
    default:
      return { state, writes: [] };
  }
};

/** Devices that resend their last packet start from a known all-off packet. */
export const stopsOnConnect = (protocol: AnyDeviceProtocol): boolean =>
  protocol.stopOnConnect ?? protocol.keepalive?.kind === 'repeatLastWrite';

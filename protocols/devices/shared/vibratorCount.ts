/** How many features of the device can vibrate: protocols that pack motors together shape packets by it. */
import type { ProtocolDevice } from './deviceProtocol.js';

export const vibratorCount = (device: ProtocolDevice): number =>
  device.definition.features.filter((feature) => feature.outputs.some((output) => output.type === 'Vibrate')).length;

/**
 * The simulated archetypes of device config v5 (`simulated-1vibe`, `-2vibe`, `-rotator`,
 * `-oscillator`, `-stroker`): devices that exist only in software, identified by their archetype
 * name. Each output change is one text packet on `tx`, `<type>:<feature>:<value>[:<duration>]`,
 * so a simulated device's log reads as what it was told.
 */
import type { FeatureOutput } from '../shared/deviceProtocol.js';
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import { ascii, write } from '../shared/hardwareRequests.js';
import { byOutputType, samePacket } from '../shared/outputEncoders.js';
import { simulatedDevices } from './simulatedDevices.js';

export const simulatedPacket = ({ type, feature, value, duration }: FeatureOutput): string =>
  [type, feature.index, value, ...(duration !== undefined ? [duration] : [])].join(':');

export const simulatedProtocol: DeviceProtocol<null> = {
  name: 'simulated',
  config: simulatedDevices,
  createState: () => null,
  encodeOutputs: byOutputType(
    samePacket(['Vibrate', 'Rotate', 'Oscillate', 'Position', 'HwPositionWithDuration'], (output) =>
      write('tx', ascii(simulatedPacket(output))),
    ),
  ),
};

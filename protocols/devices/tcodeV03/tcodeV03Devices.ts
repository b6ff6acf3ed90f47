/** Devices spoken to by the tcode-v03 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const tcodeV03Devices = defineDevices({
  name: 'tcode-v03',
  communication: [{ transport: 'serial', port: 'default', baudRate: 115200, dataBits: 8, stopBits: 1, parity: 'N' }],
  defaults: {
    id: '5c1195a5-a2e4-4643-bd47-8cb3a1e067f4',
    name: 'TCode v0.3 (Single Linear Axis)',
    features: [
      {
        id: 'afa1e63e-b6c7-4519-8faa-68cefe197a31',
        index: 0,
        description: '',
        output: { Position: { value: [0, 999] }, HwPositionWithDuration: { value: [0, 999], duration: [0, 99999] } },
      },
    ],
    messageGapMs: 20,
  },
});

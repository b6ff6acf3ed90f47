/** Devices spoken to by the kizuna protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kizunaDevices = defineDevices({
  name: 'kizuna',
  communication: [{ transport: 'serial', port: 'default', baudRate: 19200, dataBits: 8, stopBits: 1, parity: 'N' }],
  defaults: {
    id: '654be6a2-bfe6-4358-bd0a-0d8f2cd9d105',
    name: 'Kizuna Smart',
    features: [
      { id: '7077cb50-d3d5-4357-8b5f-42517ffc83b8', index: 0, description: '', output: { Rotate: { value: [0, 9] } } },
    ],
  },
});

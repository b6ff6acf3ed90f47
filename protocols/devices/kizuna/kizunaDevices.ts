/** Devices spoken to by the kizuna protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const kizunaDevices = defineDevices({
  name: 'kizuna',
  communication: [{ transport: 'serial', port: 'default', baudRate: 19200, dataBits: 8, stopBits: 1, parity: 'N' }],
  defaults: {
    id: '654be6a2-bfe6-4358-bd0a-0d8f2cd9d105',
    name: 'Kizuna Smart',
    features: [feature(0, '7077cb50-d3d5-4357-8b5f-42517ffc83b8', { output: { Rotate: [0, 9] } })],
  },
});

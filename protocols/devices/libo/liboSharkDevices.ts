/** Devices spoken to by the libo-shark protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const liboSharkDevices = defineDevices({
  name: 'libo-shark',
  communication: [
    {
      transport: 'btle',
      names: ['ShaYu'],
      services: {
        '00006000-0000-1000-8000-00805f9b34fb': {
          tx: '00006001-0000-1000-8000-00805f9b34fb',
          txmode: '00006002-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '44915af5-e3b9-4766-ae2e-b2df758689fd',
    name: 'Libo Shark',
    features: [
      feature(0, '52d614a1-4f43-4946-a7bd-9d413791e642', { output: { Vibrate: [0, 3] } }),
      feature(1, '7cebc2d6-3b11-4117-aec4-ced57a738a13', { output: { Vibrate: [0, 3] } }),
    ],
  },
});

/** Devices spoken to by the libo-shark protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

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
      { id: '52d614a1-4f43-4946-a7bd-9d413791e642', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
      { id: '7cebc2d6-3b11-4117-aec4-ced57a738a13', index: 1, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

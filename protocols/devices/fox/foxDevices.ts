/** Devices spoken to by the fox protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const foxDevices = defineDevices({
  name: 'fox',
  communication: [
    {
      transport: 'btle',
      names: ['FOX', 'FOX M70 Pro', 'FoxM70Pro', 'FOX M70-2'],
      services: { '0000ae00-0000-1000-8000-00805f9b34fb': { tx: '0000ae01-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '4138dc32-5276-47e8-89d4-fddc6ca42c1d',
    name: 'Fox Device',
    features: [
      { id: 'e43828a2-7dc6-4af1-b450-73c50441849f', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

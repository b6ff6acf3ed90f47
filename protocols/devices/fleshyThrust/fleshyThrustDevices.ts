/** Devices spoken to by the fleshy-thrust protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const fleshyThrustDevices = defineDevices({
  name: 'fleshy-thrust',
  communication: [
    {
      transport: 'btle',
      names: ['BT05'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'f273ebd5-a698-4c35-9c46-0625fa442960',
    name: 'Fleshy Thrust Sync',
    features: [
      {
        id: 'a8185061-6d41-4eea-bc24-1ff1c5c405b9',
        index: 0,
        description: '',
        output: { HwPositionWithDuration: { value: [0, 180], duration: [0, 100000] } },
      },
    ],
  },
});

/** Devices spoken to by the sensee protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const senseeDevices = defineDevices({
  name: 'sensee',
  communication: [
    {
      transport: 'btle',
      names: ['CTY222S4'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff5-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'a8ffccf6-2d38-4606-abdd-8802a063a2ae',
    name: 'Sensee Diandou Rabbit',
    features: [
      {
        id: '1544b066-a3d3-4749-9081-1b7a26ab54ed',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
});

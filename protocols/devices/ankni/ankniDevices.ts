/** Devices spoken to by the ankni protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const ankniDevices = defineDevices({
  name: 'ankni',
  communication: [
    {
      transport: 'btle',
      names: ['DSJM'],
      services: {
        '0000180a-0000-1000-8000-00805f9b34fb': { generic0: '00002a50-0000-1000-8000-00805f9b34fb' },
        '0000fe00-0000-1000-8000-00805f9b34fb': { tx: '0000fe01-0000-1000-8000-00805f9b34fb' },
        '0000fffe-0000-1000-8000-00805f9b34fb': { tx: '0000fe02-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '9a26d86b-afd3-4413-ad72-faddf14b7f03',
    name: 'Roselex Device',
    features: [
      { id: '2ba5d52d-0f40-4f1f-8738-955f9f7715f3', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

/** Devices spoken to by the youou protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const yououDevices = defineDevices({
  name: 'youou',
  communication: [
    {
      transport: 'btle',
      names: ['VX001_*'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff6-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '6b113fe0-9d26-4dd3-a997-527eb8a048b0',
    name: 'Youou Wand Vibrator',
    features: [
      {
        id: '19dc8b35-713c-448b-926f-4d56b14f432d',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
});

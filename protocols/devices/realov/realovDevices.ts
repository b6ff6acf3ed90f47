/** Devices spoken to by the realov protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const realovDevices = defineDevices({
  name: 'realov',
  communication: [
    {
      transport: 'btle',
      names: ['REALOV_VIBE'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '79b23444-7e36-4042-bd52-86221c67c988',
    name: 'Realov Device',
    features: [
      {
        id: '7d9d20cd-1a03-487f-b6c7-9b337c49e534',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 50] } },
      },
    ],
  },
});

/** Devices spoken to by the hgod protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const hgodDevices = defineDevices({
  name: 'hgod',
  communication: [
    {
      transport: 'btle',
      names: ['AMN NEO'],
      services: {
        '0000ffe3-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'd786a1cc-7a7c-4b8b-996c-1d2fce573ca2',
    name: 'Hgod Device',
    features: [
      {
        id: 'cd638669-9f47-400f-8dcf-80583e7e563a',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
});

/** Devices spoken to by the leten protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const letenDevices = defineDevices({
  name: 'leten',
  communication: [
    {
      transport: 'btle',
      names: ['T528-LT', 'F537-LT', 'F520B-LT', 'F520A-LT'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': { rx: '0000ffe1-0000-1000-8000-00805f9b34fb' },
        '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '8c613401-3bc2-434b-8ffe-881879b1e287',
    name: 'Leten Device',
    features: [
      {
        id: 'f9df3044-6d90-4767-97a9-05d15e2f97ec',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 25] } },
      },
    ],
  },
});

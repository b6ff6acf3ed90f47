/** Devices spoken to by the sexverse-lg389 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sexverseLg389Devices = defineDevices({
  name: 'sexverse-lg389',
  communication: [
    {
      transport: 'btle',
      names: ['LG389'],
      services: {
        '0000bae0-0000-1000-8000-00805f9b34fb': {
          rx: '0000bae2-0000-1000-8000-00805f9b34fb',
          tx: '0000bae1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'dd6e5fe8-f53c-4b5c-9614-cedfffc0a40f',
    name: 'Sexverse LG389',
    features: [
      { id: '54ae0f52-dbd7-4fac-8463-f06199b72642', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
      {
        id: '394cb2f4-9ee5-4fe9-a31c-fd6652479467',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 10] } },
      },
    ],
  },
});

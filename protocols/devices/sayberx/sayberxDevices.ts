/** Devices spoken to by the sayberx protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sayberxDevices = defineDevices({
  name: 'sayberx',
  communication: [
    {
      transport: 'btle',
      names: ['SayberX', 'X-Ring *'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '0000fff8-0000-1000-8000-00805f9b34fb',
          tx: '0000fff6-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: { id: '9635a829-753b-4e5b-825c-24249526af09', name: 'SayberX Device', features: [] },
  configurations: [
    {
      id: '22716d89-5e28-462b-9723-60528fb7373e',
      name: 'SayberX',
      identifiers: ['SayberX'],
      features: [
        {
          id: 'a62d0356-a05f-475c-8a5f-fcfec1327b2a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 4] } },
        },
      ],
    },
    { id: 'e77a2f7b-8556-48b8-8245-30c2c80681e7', name: 'Sayber X-Ring', identifiers: ['X-Ring'] },
  ],
});

/** Devices spoken to by the tryfun-blackhole protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const tryfunBlackholeDevices = defineDevices({
  name: 'tryfun-blackhole',
  communication: [
    {
      transport: 'btle',
      names: ['TF-BHPLUS', 'TF-ROCK'],
      services: { '0000ffac-0000-1000-8000-00805f9b34fb': { tx: '0000ffb7-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '074de6cc-7aee-4b33-8d14-474a61d26548',
    name: 'TryFun Black Hole Plus',
    features: [
      {
        id: '3bf4453c-8ca3-42e5-82c6-409d85cdbacf',
        index: 0,
        description: '',
        output: { Oscillate: { value: [0, 100] } },
      },
      {
        id: 'e10533e6-9aac-4a71-99c1-0b44378d9f06',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    {
      id: 'd2e5f7a9-1b3c-4680-bf5d-7c9a2e4f6d8b',
      name: 'TryFun Rock',
      identifiers: ['TF-ROCK'],
      features: [
        {
          id: 'e27b1f9c-8a34-4d12-b76e-9f8c2a5d176b',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 50] } },
        },
      ],
    },
  ],
});

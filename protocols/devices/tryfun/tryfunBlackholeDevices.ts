/** Devices spoken to by the tryfun-blackhole protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const tryfunBlackholeDevices = defineDevices({
  name: 'tryfun-blackhole',
  communication: [
    {
      transport: 'btle',
      names: ['TF-BHPLUS', 'TF-ROCK'],
      services: {
        '0000ffac-0000-1000-8000-00805f9b34fb': { tx: '0000ffb7-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '074de6cc-7aee-4b33-8d14-474a61d26548',
    name: 'TryFun Black Hole Plus',
    features: [
      feature(0, '3bf4453c-8ca3-42e5-82c6-409d85cdbacf', { output: { Oscillate: [0, 100] } }),
      feature(1, 'e10533e6-9aac-4a71-99c1-0b44378d9f06', { output: { Vibrate: [0, 100] } }),
    ],
  },
  configurations: [
    {
      id: 'd2e5f7a9-1b3c-4680-bf5d-7c9a2e4f6d8b',
      name: 'TryFun Rock',
      identifiers: ['TF-ROCK'],
      features: [feature(1, 'e27b1f9c-8a34-4d12-b76e-9f8c2a5d176b', { output: { Vibrate: [0, 50] } })],
    },
  ],
});

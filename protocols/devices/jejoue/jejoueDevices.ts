/** Devices spoken to by the jejoue protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const jejoueDevices = defineDevices({
  name: 'jejoue',
  communication: [
    {
      transport: 'btle',
      names: ['Je Joue'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '3ad4a393-215b-4cc7-9d77-9541b3b1dab1',
    name: 'Je Joue Device',
    features: [
      feature(0, 'a723e382-c32d-4170-b909-50e9ecb9d17f', { output: { Vibrate: [0, 5] } }),
      feature(1, '79434539-5c1d-459a-abbe-833f0a7403be', { output: { Vibrate: [0, 5] } }),
    ],
  },
});

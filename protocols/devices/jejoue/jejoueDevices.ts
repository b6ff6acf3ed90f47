/** Devices spoken to by the jejoue protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const jejoueDevices = defineDevices({
  name: 'jejoue',
  communication: [
    {
      transport: 'btle',
      names: ['Je Joue'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '3ad4a393-215b-4cc7-9d77-9541b3b1dab1',
    name: 'Je Joue Device',
    features: [
      { id: 'a723e382-c32d-4170-b909-50e9ecb9d17f', index: 0, description: '', output: { Vibrate: { value: [0, 5] } } },
      { id: '79434539-5c1d-459a-abbe-833f0a7403be', index: 1, description: '', output: { Vibrate: { value: [0, 5] } } },
    ],
  },
});

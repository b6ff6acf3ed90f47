/** Devices spoken to by the svakom-dice protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomDiceDevices = defineDevices({
  name: 'svakom-dice',
  communication: [
    {
      transport: 'btle',
      names: ['ZhiAi'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '5845f3f5-6943-41df-93df-04b3b1ce7ce2',
    name: 'Zemalia Dice for Love',
    features: [
      {
        id: '60b702d6-d3ff-4554-a3ae-f4638ddc74ef',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
});

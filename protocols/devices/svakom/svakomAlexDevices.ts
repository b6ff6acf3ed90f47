/** Devices spoken to by the svakom-alex protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomAlexDevices = defineDevices({
  name: 'svakom-alex',
  communication: [
    {
      transport: 'btle',
      names: ['Alex NEO', 'S63E Alex NEO'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '39ee59bc-fdc5-47c4-8da6-2c208e30a7b6',
    name: 'Svakom Alex Neo',
    features: [
      { id: '323f02f5-f1ab-40b9-ba8b-eba65de178c3', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

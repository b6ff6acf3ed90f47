/** Devices spoken to by the svakom-alex protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const svakomAlexDevices = defineDevices({
  name: 'svakom-alex',
  communication: [
    {
      transport: 'btle',
      names: ['Alex NEO', 'S63E Alex NEO'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '39ee59bc-fdc5-47c4-8da6-2c208e30a7b6',
    name: 'Svakom Alex Neo',
    features: [feature(0, '323f02f5-f1ab-40b9-ba8b-eba65de178c3', { output: { Vibrate: [0, 3] } })],
  },
});

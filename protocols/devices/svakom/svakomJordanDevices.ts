/** Devices spoken to by the svakom-jordan protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomJordanDevices = defineDevices({
  name: 'svakom-jordan',
  communication: [
    {
      transport: 'btle',
      names: ['Jordan'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '89877d1d-9a8f-4265-93d7-7dbe4c093a58',
    name: 'Svakom Jordan',
    features: [
      {
        id: 'f59261c4-39a7-4e13-b7e8-52c0a117ea7f',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      {
        id: '84200741-7440-4267-b9a1-519eebe884ed',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 5] } },
      },
    ],
  },
});

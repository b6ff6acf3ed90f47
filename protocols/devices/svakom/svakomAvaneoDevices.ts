/** Devices spoken to by the svakom-avaneo protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomAvaneoDevices = defineDevices({
  name: 'svakom-avaneo',
  communication: [
    {
      transport: 'btle',
      names: ['Ava Neo'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '8254195f-4c38-425d-b5e6-352ad644399a',
    name: 'Svakom Ava Neo',
    features: [
      {
        id: '9dbdf85e-6692-4a95-b8a1-da350327a9a3',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      {
        id: '878fb1f8-8c38-4058-bd0f-859584d14cef',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 1] } },
      },
    ],
  },
});

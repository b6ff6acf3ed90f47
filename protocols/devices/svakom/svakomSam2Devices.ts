/** Devices spoken to by the svakom-sam2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomSam2Devices = defineDevices({
  name: 'svakom-sam2',
  communication: [
    {
      transport: 'btle',
      names: ['Sam Neo 2', 'Sam Neo 2 Pro'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '88c0807b-7b34-4f4b-ad95-2e9e31f4f291',
    name: 'Svakom Sam Neo 2',
    features: [
      {
        id: '9f584905-3bcb-4a60-9a56-2c2d69c81a8c',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      {
        id: '7580e615-c22c-4242-b599-9b4041bfa400',
        index: 1,
        description: '',
        output: { Constrict: { value: [0, 5] } },
      },
    ],
  },
  configurations: [
    { id: 'f32b4e50-ec7e-4b76-8f29-4b4777da7c22', name: 'Svakom Sam Neo 2', identifiers: ['Sam Neo 2'] },
    { id: '869e4518-1565-4b3b-8d15-45c860c848c2', name: 'Svakom Sam Neo 2 Pro', identifiers: ['Sam Neo 2 Pro'] },
  ],
});

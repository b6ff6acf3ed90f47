/** Devices spoken to by the svakom-v1 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomV1Devices = defineDevices({
  name: 'svakom-v1',
  communication: [
    {
      transport: 'btle',
      names: ['Aogu SUV', 'Aogu SCB', 'Emma NEO', 'Emma Neo', 'Phoenix NEO'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '77a1dde5-f31a-4fcb-972b-8094181c187f',
    name: 'Svakom Device',
    features: [
      {
        id: '22eb4b95-60f9-4885-80e7-279d02d59804',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 19] } },
      },
    ],
  },
  configurations: [
    { id: '46a3fb4f-5e26-45c0-9fd1-176ec896048c', name: 'Svakom Ella', identifiers: ['Aogu SCB'] },
    { id: 'c9556aba-5bda-4f23-a690-623c4b9ee04b', name: 'Svakom Phoenix Neo', identifiers: ['Phoenix NEO'] },
    { id: '68d39a06-e350-47ef-8834-e3197178b00e', name: 'Svakom Emma Neo', identifiers: ['Emma NEO', 'Emma Neo'] },
  ],
});

/** Devices spoken to by the fredorch protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const fredorchDevices = defineDevices({
  name: 'fredorch',
  communication: [
    {
      transport: 'btle',
      names: ['YXlinksSPP'],
      services: {
        '0000ffb0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffb2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffb1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'cbd6a5b5-50c0-4fb5-93e3-408fd027ff4d',
    name: 'Fredorch Device',
    features: [
      {
        id: 'd3985f07-f95a-4f72-859e-8b0ac76f251f',
        index: 0,
        description: '',
        output: { HwPositionWithDuration: { value: [0, 15], duration: [0, 100000] } },
      },
    ],
  },
});

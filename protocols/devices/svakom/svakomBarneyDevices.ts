/** Devices spoken to by the svakom-barney protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomBarneyDevices = defineDevices({
  name: 'svakom-barney',
  communication: [
    {
      transport: 'btle',
      names: ['DJ333A'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '1b3759c0-ee3b-4f5f-9b3a-3d6bc0cc9594',
    name: 'Mutufun Barney',
    features: [
      {
        id: 'ebbd9a68-1b05-4a21-8f3d-14b3dc7f1f70',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      {
        id: 'be5e2510-9b63-4813-9192-2db123b82ac5',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
});

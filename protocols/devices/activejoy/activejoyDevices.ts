/** Devices spoken to by the activejoy protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const activejoyDevices = defineDevices({
  name: 'activejoy',
  communication: [
    {
      transport: 'btle',
      names: ['SS-TD-YDTD-001'],
      services: {
        '0000f0b0-0000-1000-8000-00805f9b34fb': {
          rx: '0000f0b2-0000-1000-8000-00805f9b34fb',
          tx: '0000f0b1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '62e7b76d-ab99-42ca-89ea-865a6072451e',
    name: 'IntoYou Remote Egg Vibrator',
    features: [
      {
        id: '1fec4773-16a2-4bec-8910-1fcd9a85edaf',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
});

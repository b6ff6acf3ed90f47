/** Devices spoken to by the cupido protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const cupidoDevices = defineDevices({
  name: 'cupido',
  communication: [
    {
      transport: 'btle',
      names: ['MY2607-BLE-V1.0'],
      services: {
        '0000f0b0-0000-1000-8000-00805f9b34fb': {
          rx: '0000f0b2-0000-1000-8000-00805f9b34fb',
          tx: '0000f0b1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '8ef3fe28-6903-4418-9dd8-5323788ca961',
    name: 'Cupido Device',
    features: [
      {
        id: '7f645006-1074-415f-8b06-43aa473573c0',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
});

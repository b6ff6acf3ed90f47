/** Devices spoken to by the svakom-tarax protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomTaraxDevices = defineDevices({
  name: 'svakom-tarax',
  communication: [
    {
      transport: 'btle',
      names: ['SX218A'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '870f69ff-45db-4a13-96e7-1915eef6ac59',
    name: 'ToyCod Tara X',
    features: [
      {
        id: '8638eed8-37ec-4c54-aa06-a8dd3a832057',
        index: 0,
        description: 'Internal vibrator',
        output: { Vibrate: { value: [0, 3] } },
      },
      {
        id: 'a2ad09c0-0042-4f29-875f-464fb83ca916',
        index: 1,
        description: 'External pulsator',
        output: { Vibrate: { value: [0, 3] } },
      },
    ],
  },
});

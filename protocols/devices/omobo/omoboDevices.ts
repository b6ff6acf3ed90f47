/** Devices spoken to by the omobo protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const omoboDevices = defineDevices({
  name: 'omobo',
  communication: [
    {
      transport: 'btle',
      names: ['S6'],
      services: { '0000ffb0-0000-1000-8000-00805f9b34fb': { tx: '0000ffb2-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '550658f8-3cce-4b97-999e-7ddb3357a591',
    name: 'Omobo ViVegg Vibrator',
    features: [
      {
        id: '6ce40ef1-a4bc-4d4f-a3f1-9059e8fd461b',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
});

/** Devices spoken to by the mymuselinkplus protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const mymuselinkplusDevices = defineDevices({
  name: 'mymuselinkplus',
  communication: [
    {
      transport: 'btle',
      names: ['MM Massager'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'a1f0b8c3-2e7d-194a-6b9f-8d3e1c5a2b40',
    name: 'MyMuse Link Plus',
    features: [
      {
        id: 'b8c3a1f0-7d2e-4a19-9f6b-3e8d1c5a2b40',
        index: 0,
        description: 'Vibrator',
        output: { Vibrate: { value: [0, 3] } },
      },
    ],
  },
});

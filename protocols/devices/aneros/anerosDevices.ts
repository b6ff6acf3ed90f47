/** Devices spoken to by the aneros protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const anerosDevices = defineDevices({
  name: 'aneros',
  communication: [
    {
      transport: 'btle',
      names: ['Massage Demo'],
      services: { '0000ff00-0000-1000-8000-00805f9b34fb': { tx: '0000ff01-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'f023f0f4-6629-469e-84c4-171ed4939f3d',
    name: 'Aneros Vivi',
    features: [
      {
        id: 'a980bc1a-5554-4293-a75f-6d17bf25ebee',
        index: 0,
        description: 'Perineum Vibrator',
        output: { Vibrate: { value: [0, 127] } },
      },
      {
        id: '811d7d6e-6a75-4925-943a-a06042223e3a',
        index: 1,
        description: 'Internal Vibrator',
        output: { Vibrate: { value: [0, 127] } },
      },
    ],
  },
});

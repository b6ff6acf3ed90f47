/** Devices spoken to by the lovenuts protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const lovenutsDevices = defineDevices({
  name: 'lovenuts',
  communication: [
    {
      transport: 'btle',
      names: ['Love_Nuts'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '3d5a9edb-e393-4603-8fb9-e038d3c4c0f3',
    name: 'Love Nut',
    features: [
      {
        id: '45793bae-a3d5-4d76-9f20-f907e82b18df',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 15] } },
      },
    ],
  },
});

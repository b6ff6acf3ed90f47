/** Devices spoken to by the xuanhuan protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const xuanhuanDevices = defineDevices({
  name: 'xuanhuan',
  communication: [
    {
      transport: 'btle',
      names: ['QUXIN'],
      services: { '0000fffe-0000-1000-8000-00805f9b34fb': { tx: '0000fe02-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '60b567f2-8b50-4673-a295-6dda343a7029',
    name: 'Xuanhuan Masturbator',
    features: [
      {
        id: 'b52a4a37-3eae-40da-a4c2-abe546934900',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
});

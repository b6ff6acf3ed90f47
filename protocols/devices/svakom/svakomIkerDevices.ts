/** Devices spoken to by the svakom-iker protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomIkerDevices = defineDevices({
  name: 'svakom-iker',
  communication: [
    {
      transport: 'btle',
      names: ['Iker'],
      manufacturerData: [{ company: 39, data: [83, 86, 65, 1, 11, 18, 1, 51, 68, 85, 202, 8] }],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '1db55a7c-6133-4b33-bd54-e7fa8dead165',
    name: 'Svakom Iker',
    features: [
      {
        id: '36af2b39-85ec-4463-9ecd-59fbaff3ba38',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      { id: '74e5fb53-383a-4938-81ff-cb84da773882', index: 1, description: '', output: { Vibrate: { value: [0, 5] } } },
    ],
  },
});

/** Devices spoken to by the tryfun-meta2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const tryfunMeta2Devices = defineDevices({
  name: 'tryfun-meta2',
  communication: [
    {
      transport: 'btle',
      names: ['TF-META2'],
      services: { '0000ffac-0000-1000-8000-00805f9b34fb': { tx: '0000ffb7-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '6b45e5f8-5b23-4c1d-a478-43c17a54cae3',
    name: 'TryFun Meta 2',
    features: [
      {
        id: '0773790b-b629-46b7-af2a-174d75c53fe3',
        index: 0,
        description: '',
        output: { Oscillate: { value: [0, 100] } },
      },
      {
        id: 'bf8f3a67-3403-4d57-90e3-027804c57c4e',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '26402ebe-7ee0-4c7d-ae40-205ec4f3a1b0',
        index: 2,
        description: '',
        output: { Rotate: { value: [-100, 100] } },
      },
    ],
  },
});

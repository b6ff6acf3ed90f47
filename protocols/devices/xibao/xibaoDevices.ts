/** Devices spoken to by the xibao protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const xibaoDevices = defineDevices({
  name: 'xibao',
  communication: [
    {
      transport: 'btle',
      names: ['CCYB_*'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff2-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '3a3dd2ec-01d9-48d2-afbf-a969c33a147c',
    name: 'Xibao Smart Masturbation Cup',
    features: [
      {
        id: 'c91a5d82-547c-4bcb-8cd9-1a5085253d11',
        index: 0,
        description: '',
        output: { Oscillate: { value: [0, 99] } },
      },
    ],
  },
});

/** Devices spoken to by the mannuo protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const mannuoDevices = defineDevices({
  name: 'mannuo',
  communication: [
    {
      transport: 'btle',
      names: ['Sex toys', 'Sex Toys', 'LXCDVP', 'MANO PRODUCT'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '0000fff4-0000-1000-8000-00805f9b34fb',
          tx: '0000fff1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '6fe6ed71-8869-4a38-bfc1-a7adc112e14e',
    name: 'ManNuo Device',
    features: [
      { id: '36daf552-3c59-44b8-b00e-ff1e0e799fc6', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

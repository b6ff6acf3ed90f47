/** Devices spoken to by the libo-elle protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const liboElleDevices = defineDevices({
  name: 'libo-elle',
  communication: [
    {
      transport: 'btle',
      names: ['PiPiJing', 'Shuidi'],
      services: {
        '00006000-0000-1000-8000-00805f9b34fb': {
          tx: '00006001-0000-1000-8000-00805f9b34fb',
          txmode: '00006002-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'fe54deb6-5c13-4f69-a804-1af5fce5de96',
    name: 'Libo Elle Device',
    features: [
      { id: '1b336a6e-6f35-458f-837e-a0147f67c7f5', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
  configurations: [
    { id: 'af187899-8704-42f1-994e-694616576149', name: 'LiBo Elle', identifiers: ['PiPiJing'] },
    { id: '98f5289c-98b4-4410-bed2-4d3050a4761e', name: 'Libo Elle 2', identifiers: ['Shuidi'] },
  ],
});

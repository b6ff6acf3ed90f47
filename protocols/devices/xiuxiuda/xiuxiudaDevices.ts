/** Devices spoken to by the xiuxiuda protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const xiuxiudaDevices = defineDevices({
  name: 'xiuxiuda',
  communication: [
    {
      transport: 'btle',
      names: ['XXD-Lush*'],
      services: { '53300001-0023-4bd4-bbd5-a6920e4c5653': { tx: '53300003-0023-4bd4-bbd5-a6920e4c5653' } },
    },
  ],
  defaults: {
    id: '2982ea67-a59f-4490-9a7c-23583a4ec642',
    name: 'Xiuxiuda Device',
    features: [
      {
        id: 'da1eb27b-6159-40f8-9662-69d9ca77f768',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 19] } },
      },
    ],
  },
});

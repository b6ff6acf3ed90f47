/** Devices spoken to by the meese protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const meeseDevices = defineDevices({
  name: 'meese',
  communication: [
    {
      transport: 'btle',
      names: ['Meese-V389', 'Meese-cd'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '6ee04bd7-2f57-4ada-b622-b9bb210ff0c1',
    name: 'Meese Device',
    features: [
      {
        id: '86e146ce-8aca-4df1-bfca-67dcf4d241c4',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      { id: 'd2a0c869-d3c7-4ad7-b1fb-a8c914584abf', index: 1, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
  configurations: [
    { id: '8fe479fd-8343-49a2-959b-47f4cd7104ac', name: 'Meese Tera', identifiers: ['Meese-V389'] },
    {
      id: 'db5ab134-ecc8-4f50-9339-20908f8894e6',
      name: 'Meese Modo',
      identifiers: ['Meese-cd'],
      features: [
        {
          id: '9bdae29d-46fc-4435-8a63-71927e5e1ada',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the tryfun protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const tryfunDevices = defineDevices({
  name: 'tryfun',
  communication: [
    {
      transport: 'btle',
      names: ['TRYFUN-ONE', 'TF-SPRAY'],
      services: {
        '0000ff10-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' },
        '0000ffac-0000-1000-8000-00805f9b34fb': { tx: '0000ffb5-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '9b4afa16-a7cf-4fdb-bb95-5f91125ba7e1',
    name: 'TryFun Yuan Series',
    features: [
      {
        id: 'e4957d32-e069-4c35-ae3f-e3cce3de6b49',
        index: 0,
        description: '',
        output: { Oscillate: { value: [0, 9] } },
      },
      { id: '0346e667-8ea2-4cde-80d4-88d498d1ee17', index: 1, description: '', output: { Rotate: { value: [0, 9] } } },
    ],
  },
  configurations: [
    {
      id: '2cf375ae-7ae9-4d76-be3b-58eff84b67ae',
      name: 'TryFun Surge Pro',
      identifiers: ['TF-SPRAY'],
      features: [
        {
          id: 'b9d4420b-9a94-4ea2-8b76-3445d06049f2',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 4] } },
        },
      ],
    },
  ],
});

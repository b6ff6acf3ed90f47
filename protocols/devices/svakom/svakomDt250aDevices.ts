/** Devices spoken to by the svakom-dt250a protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomDt250aDevices = defineDevices({
  name: 'svakom-dt250a',
  communication: [
    {
      transport: 'btle',
      names: ['DT250A'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '7897a4fc-e45a-4f23-b04f-91415b3eeef7',
    name: 'Coleur Dor DT250A',
    features: [
      { id: '608e34f1-69eb-4469-95e2-c56fb26d7db6', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
      { id: '75e9695f-7049-4ad7-a8db-a85f62868266', index: 1, description: '', output: { Vibrate: { value: [0, 3] } } },
      {
        id: '5fd9d9a0-4f7c-4ef4-87d5-5081f41499f3',
        index: 2,
        description: '',
        output: { Constrict: { value: [0, 2] } },
      },
    ],
  },
});

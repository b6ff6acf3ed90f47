/** Devices spoken to by the sexverse-v4 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sexverseV4Devices = defineDevices({
  name: 'sexverse-v4',
  communication: [
    {
      transport: 'btle',
      names: ['CFG1 vibrator', 'HJ2024N01', 'BC1847', 'BC1816'],
      services: {
        '0000bca2-0000-1000-8000-00805f9b34fb': { tx: '0000bc21-0000-1000-8000-00805f9b34fb' },
        '0000cfa2-0000-1000-8000-00805f9b34fb': { tx: '0000cf21-0000-1000-8000-00805f9b34fb' },
        '0000dba2-0000-1000-8000-00805f9b34fb': { tx: '0000db21-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: 'e69dc695-695d-485b-be16-59161505fd6d',
    name: 'Sexverse G1 Vibrator',
    features: [
      {
        id: '0c9c5a7d-8d28-4003-b1d4-8de5c73c8fe4',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 99] } },
      },
    ],
  },
  configurations: [
    { id: '679cdc1b-9236-4ed1-a3c4-c33b748a8cde', name: 'VVD Vkini', identifiers: ['HJ2024N01'] },
    {
      id: '774c0fd8-d2a5-415c-b0b0-90d244be0a05',
      name: 'Sexverse Black Knight',
      identifiers: ['BC1847'],
      features: [
        {
          id: '15cf412a-594b-4238-bbe0-7e9693233430',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
      ],
    },
    {
      id: '99333be9-450f-4092-b776-dd4de1eff244',
      name: 'Sexverse Dark Knight',
      identifiers: ['BC1847'],
      features: [
        {
          id: 'cc1f8c5c-40ff-4d44-91ca-4520042cf723',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
      ],
    },
  ],
});

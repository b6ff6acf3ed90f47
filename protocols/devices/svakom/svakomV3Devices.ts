/** Devices spoken to by the svakom-v3 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomV3Devices = defineDevices({
  name: 'svakom-v3',
  communication: [
    {
      transport: 'btle',
      names: ['Phoenix Neo 2', 'FK008A', 'Hannes NEO', 'QH-SX007E'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '58212e06-d13e-461d-a8cd-5bd06cbe5d0c',
    name: 'Svakom Device v3',
    features: [
      {
        id: '1e03f6a5-0197-4a5e-afb5-dcc1266c6a6e',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
  configurations: [
    { id: '14a51507-e4c8-4433-a87b-0a0464c00e31', name: 'Svakom Phoenix Neo 2', identifiers: ['Phoenix Neo 2'] },
    {
      id: 'cdd17d02-603a-4a86-af6b-f2c97d09ed84',
      name: 'Fantasy Cup Theodore',
      identifiers: ['FK008A'],
      features: [
        {
          id: '737fe419-62fa-4e1b-b6d0-2684cbe8b31f',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: '5e612940-1d00-4680-aa3a-1b052755a01d',
          index: 1,
          description: '',
          output: { Rotate: { value: [0, 1] } },
        },
      ],
    },
    { id: 'd2fda3c5-fa1f-45b5-8f98-a9c33e83922d', name: 'Svakom Hannes Neo', identifiers: ['Hannes NEO'] },
    {
      id: '4e1d7b1c-133d-4d7c-9cfe-f4c4e5d0ca01',
      name: 'Svakom Alberta',
      identifiers: ['QH-SX007E'],
      features: [
        {
          id: '1859c6fa-1d2f-46c8-b97c-75a7ca62be8c',
          index: 0,
          description: 'Vibrating attachments',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: '63b84610-b32b-4526-a29a-4acb9ad4939d',
          index: 1,
          description: 'Suction lens',
          output: { Vibrate: { value: [0, 1] } },
        },
      ],
    },
  ],
});

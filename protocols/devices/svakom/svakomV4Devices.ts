/** Devices spoken to by the svakom-v4 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomV4Devices = defineDevices({
  name: 'svakom-v4',
  communication: [
    {
      transport: 'btle',
      names: ['B2CM6', 'ERICA', 'Cici+ 2', 'VV468A'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '1a43cd07-e5ba-4a9f-8560-d00e1d72c6df',
    name: 'Svakom Device v4',
    features: [
      {
        id: 'b61f8bde-2ad3-40a8-8e16-fe6dcec8a887',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      {
        id: '724c247f-733e-4592-9a98-1a37a7c941ba',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
  configurations: [
    { id: '2e46e18b-5821-4665-9b07-928f4963f16d', name: 'ToyCod Barzillai', identifiers: ['B2CM6'] },
    { id: '22c2f70c-44fa-482f-bfac-1463482bff5d', name: 'Svakom Erica', identifiers: ['ERICA'] },
    { id: '96980e8b-abcf-410e-94e6-d098b13e6192', name: 'Svakom Cici+ 2', identifiers: ['Cici+ 2'] },
    {
      id: '8d88601b-6791-4947-94ca-e9d66086f57e',
      name: 'ToyCod Clara',
      identifiers: ['VV468A'],
      features: [
        {
          id: '65f4d628-cb50-48fa-8d51-39433244ce12',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
      ],
    },
  ],
});

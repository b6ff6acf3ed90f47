/** Devices spoken to by the sexverse-v3 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sexverseV3Devices = defineDevices({
  name: 'sexverse-v3',
  communication: [
    {
      transport: 'btle',
      names: ['TAY001', 'TAY006', 'TAY009', 'TA-S001A'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fe02-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '2e8ff651-b10d-4686-89b5-b8197e80e159',
    name: 'Sexverse Tay',
    features: [
      {
        id: '074a15d1-2efc-4cd8-8f1f-0f32f1468024',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 20] } },
      },
    ],
  },
  configurations: [
    { id: 'c7615c1d-d53f-4d24-82e1-ce08c301da66', name: 'Sexverse Tay 1', identifiers: ['TAY001'] },
    { id: 'ddfe0ac7-f275-4e08-b16b-a5cd579e9a9e', name: 'Sexverse Tay 9', identifiers: ['TAY009'] },
    { id: 'edfecee1-3b6f-4501-a9d9-717b2bd515a2', name: 'Sexverse Tay 6', identifiers: ['TAY006'] },
    {
      id: 'ae1e373f-1a35-476b-8da8-6017dcb7e0de',
      name: 'Sexverse Zeus',
      identifiers: ['TA-S001A'],
      features: [
        {
          id: '11c78de9-800a-4444-9647-0ed33181e63c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '47646747-4dea-47ba-80b2-407e2a276ae2',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 20] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the utimi protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const utimiDevices = defineDevices({
  name: 'utimi',
  communication: [
    {
      transport: 'btle',
      names: ['Utimi*'],
      services: { '0000ffa0-0000-1000-8000-00805f9b34fb': { tx: '0000ffa1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f',
    name: 'Utimi Device',
    features: [
      {
        id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 255] } },
      },
    ],
  },
  configurations: [
    { id: 'd4e5f6a7-b8c9-4d0e-1f2a-3b4c5d6e7f80', name: 'Utimi Prostate Massager', identifiers: ['Utimi'] },
    { id: '4a418af2-74c6-4b98-9a21-80690aae4cec', name: 'Utimi KnotVibe ThrustMaster', identifiers: ['Utimi000040'] },
  ],
});

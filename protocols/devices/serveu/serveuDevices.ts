/** Devices spoken to by the serveu protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const serveuDevices = defineDevices({
  name: 'serveu',
  communication: [
    {
      transport: 'btle',
      names: ['ServeU'],
      services: { '31bb1111-33e3-4f3c-a7fb-104288e7cb77': { tx: '31bb2222-33e3-4f3c-a7fb-104288e7cb77' } },
    },
  ],
  defaults: {
    id: '9967414e-8b34-44ed-8b8a-20fe863e0b50',
    name: 'ServeU',
    features: [
      {
        id: '7e756a59-b13c-4322-bc59-27dacfc73b4d',
        index: 0,
        description: '',
        output: { HwPositionWithDuration: { value: [0, 100], duration: [0, 100000] } },
      },
    ],
  },
});

/** Devices spoken to by the youcups protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const youcupsDevices = defineDevices({
  name: 'youcups',
  communication: [
    {
      transport: 'btle',
      names: ['Youcups'],
      services: { '0000fee9-0000-1000-8000-00805f9b34fb': { tx: 'd44bc439-abfd-45a2-b575-925416129600' } },
    },
  ],
  defaults: {
    id: 'f73311e4-69d4-43d7-9781-1294e9d5bf0d',
    name: 'Youcups Warrior II',
    features: [
      { id: 'd0c286dc-2608-4f8a-a621-3f65927ed57e', index: 0, description: '', output: { Vibrate: { value: [0, 8] } } },
    ],
  },
});

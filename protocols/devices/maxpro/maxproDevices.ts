/** Devices spoken to by the maxpro protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const maxproDevices = defineDevices({
  name: 'maxpro',
  communication: [
    {
      transport: 'btle',
      names: ['M2'],
      services: { '6e400001-b5a3-f393-e0a9-e50e24dcca9e': { tx: '6e400002-b5a3-f393-e0a9-e50e24dcca9e' } },
    },
  ],
  defaults: {
    id: '1f903059-93fd-4160-89a8-cc7a2001d0fa',
    name: 'MaxPro 2',
    features: [
      {
        id: 'f3c0255d-2734-4f60-95a7-2e9fc04e399c',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
});

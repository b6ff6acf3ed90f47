/** Devices spoken to by the mizzzee protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const mizzzeeDevices = defineDevices({
  name: 'mizzzee',
  communication: [
    {
      transport: 'btle',
      names: ['NFY008'],
      services: { '0000eea0-0000-1000-8000-00805f9b34fb': { tx: '0000eea1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'd8aa061f-f60d-4e0c-a638-cbbae4493c3b',
    name: 'Mizz Zee Device',
    features: [
      {
        id: 'be144c33-8f81-42b7-b43b-1def688feedf',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 68] } },
      },
    ],
  },
});

/** Devices spoken to by the mizzzee-v2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const mizzzeeV2Devices = defineDevices({
  name: 'mizzzee-v2',
  communication: [
    {
      transport: 'btle',
      names: ['XHT'],
      services: { '0000eea0-0000-1000-8000-00805f9b34fb': { tx: '0000ee01-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '9fc65537-e8ae-4e54-bfcb-adebbe39d7e1',
    name: 'Mizz Zee Device',
    features: [
      {
        id: 'e120abaf-dd55-4b8a-ba17-ea86155a819c',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 68] } },
      },
    ],
  },
});

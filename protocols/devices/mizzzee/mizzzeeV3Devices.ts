/** Devices spoken to by the mizzzee-v3 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const mizzzeeV3Devices = defineDevices({
  name: 'mizzzee-v3',
  communication: [
    {
      transport: 'btle',
      names: ['XHTKJ'],
      services: { '0000ff10-0000-1000-8000-00805f9b34fb': { tx: '0000ff12-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '4d54f81c-e31f-469a-a17a-ea1d4058a037',
    name: 'Mizz Zee Device',
    features: [
      {
        id: 'aa417fd0-0ab1-409f-b7a3-05f6c3ede623',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 1000] } },
      },
    ],
  },
});

/** Devices spoken to by the wetoy protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const wetoyDevices = defineDevices({
  name: 'wetoy',
  communication: [
    {
      transport: 'btle',
      names: ['WeToy'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff3-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '1c7420e2-1af5-4b1c-8247-6a3702eb2335',
    name: 'WeToy MiNa',
    features: [
      { id: '693b0fbc-eee5-4948-b8f4-aa264a78bcc2', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

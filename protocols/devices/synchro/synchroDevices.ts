/** Devices spoken to by the synchro protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const synchroDevices = defineDevices({
  name: 'synchro',
  communication: [
    {
      transport: 'btle',
      names: ['Shinkuro', 'synchro2', 'synchro EX'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'f912a283-7308-4e56-a508-4d47d9caf7d2',
    name: 'Synchro',
    features: [
      { id: 'b7495351-9101-448a-94c4-4598cf541dca', index: 0, description: '', output: { Rotate: { value: [-6, 6] } } },
    ],
  },
  configurations: [
    { id: '3535446e-779a-496b-8404-e895878cf3e1', name: 'Synchro Exchange', identifiers: ['synchro EX'] },
  ],
});

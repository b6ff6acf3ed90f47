/** Devices spoken to by the lioness protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const lionessDevices = defineDevices({
  name: 'lioness',
  communication: [
    {
      transport: 'btle',
      names: ['Lioness', 'Lioness2'],
      services: {
        'd973f2e5-b19e-11e2-9e96-0800200c9a66': { rx: 'd973f2e6-b19e-11e2-9e96-0800200c9a66' },
        'd973f2ed-b19e-11e2-9e96-0800200c9a66': { tx: 'd973f2f4-b19e-11e2-9e96-0800200c9a66' },
      },
    },
  ],
  defaults: {
    id: 'a35b0291-002b-4382-9eaf-6ebd9d04b668',
    name: 'Lioness',
    features: [
      {
        id: '30051e05-190c-43e9-a35d-480a7615622d',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
});

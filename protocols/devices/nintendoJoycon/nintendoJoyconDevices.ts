/** Devices spoken to by the nintendo-joycon protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const nintendoJoyconDevices = defineDevices({
  name: 'nintendo-joycon',
  communication: [
    {
      transport: 'hid',
      pairs: [
        { vendorId: 1406, productId: 8199 },
        { vendorId: 1406, productId: 8198 },
        { vendorId: 1406, productId: 8201 },
      ],
    },
  ],
  defaults: {
    id: '0aae8323-9095-4b71-b151-d5ef93ab8f6d',
    name: 'Nintendo Joycon',
    features: [
      {
        id: '7a3195c9-4c04-4004-9fac-a475983f1dd4',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 1000] } },
      },
    ],
  },
});

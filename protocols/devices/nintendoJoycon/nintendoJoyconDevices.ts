/** Devices spoken to by the nintendo-joycon protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const nintendoJoyconDevices = defineDevices({
  name: 'nintendo-joycon',
  communication: [
    {
      transport: 'hid',
      pairs: [
        { vendorId: 0x057e, productId: 0x2007 },
        { vendorId: 0x057e, productId: 0x2006 },
        { vendorId: 0x057e, productId: 0x2009 },
      ],
    },
  ],
  defaults: {
    id: '0aae8323-9095-4b71-b151-d5ef93ab8f6d',
    name: 'Nintendo Joycon',
    features: [feature(0, '7a3195c9-4c04-4004-9fac-a475983f1dd4', { output: { Vibrate: [0, 1000] } })],
  },
});

/** Devices spoken to by the realtouch protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const realtouchDevices = defineDevices({
  name: 'realtouch',
  communication: [{ transport: 'hid', pairs: [{ vendorId: 0x1f54, productId: 0x0001 }] }],
  defaults: {
    id: '2b428728-0785-4cbc-a71f-4f48412af194',
    name: 'RealTouch',
    features: [
      feature(0, '60da884f-131a-4036-ae93-97efc97591e2', {
        output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
      }),
    ],
  },
});

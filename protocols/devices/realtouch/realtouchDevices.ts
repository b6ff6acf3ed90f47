/** Devices spoken to by the realtouch protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const realtouchDevices = defineDevices({
  name: 'realtouch',
  communication: [{ transport: 'hid', pairs: [{ vendorId: 8020, productId: 1 }] }],
  defaults: {
    id: '2b428728-0785-4cbc-a71f-4f48412af194',
    name: 'RealTouch',
    features: [
      {
        id: '60da884f-131a-4036-ae93-97efc97591e2',
        index: 0,
        description: '',
        output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
      },
    ],
  },
});

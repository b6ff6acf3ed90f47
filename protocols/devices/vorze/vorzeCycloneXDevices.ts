/** Devices spoken to by the vorze-cyclone-x protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const vorzeCycloneXDevices = defineDevices({
  name: 'vorze-cyclone-x',
  communication: [{ transport: 'hid', pairs: [{ vendorId: 1155, productId: 22352 }] }],
  defaults: {
    id: 'ac27ce47-6d49-4c43-ac6f-01a19e546305',
    name: 'Vorze Cyclone X10 Device',
    features: [
      {
        id: '1d1b4dea-ab29-4426-a9f4-dda2c594eefb',
        index: 0,
        description: '',
        output: { Rotate: { value: [-10, 10] } },
      },
    ],
  },
});

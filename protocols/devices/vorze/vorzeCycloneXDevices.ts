/** Devices spoken to by the vorze-cyclone-x protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const vorzeCycloneXDevices = defineDevices({
  name: 'vorze-cyclone-x',
  communication: [{ transport: 'hid', pairs: [{ vendorId: 0x0483, productId: 0x5750 }] }],
  defaults: {
    id: 'ac27ce47-6d49-4c43-ac6f-01a19e546305',
    name: 'Vorze Cyclone X10 Device',
    features: [feature(0, '1d1b4dea-ab29-4426-a9f4-dda2c594eefb', { output: { Rotate: [-10, 10] } })],
  },
});

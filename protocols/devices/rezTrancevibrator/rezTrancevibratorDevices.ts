/** Devices spoken to by the rez-trancevibrator protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const rezTrancevibratorDevices = defineDevices({
  name: 'rez-trancevibrator',
  communication: [{ transport: 'usb', pairs: [{ vendorId: 2889, productId: 1615 }] }],
  defaults: {
    id: '04923383-f64b-4b39-bed6-83862c5314d5',
    name: 'Rez TranceVibrator',
    features: [
      {
        id: '01e369e0-541d-417a-9809-0600dab964c6',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
});

/** Devices spoken to by the rez-trancevibrator protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const rezTrancevibratorDevices = defineDevices({
  name: 'rez-trancevibrator',
  communication: [{ transport: 'usb', pairs: [{ vendorId: 0x0b49, productId: 0x064f }] }],
  defaults: {
    id: '04923383-f64b-4b39-bed6-83862c5314d5',
    name: 'Rez TranceVibrator',
    features: [feature(0, '01e369e0-541d-417a-9809-0600dab964c6', { output: { Vibrate: [0, 255] } })],
  },
});

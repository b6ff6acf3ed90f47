/** Devices spoken to by the htk_bm protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const htkBmDevices = defineDevices({
  name: 'htk_bm',
  communication: [
    {
      transport: 'btle',
      names: ['HTK-BLE-BM001'],
      services: {
        '00001802-0000-1000-8000-00805f9b34fb': { tx: '00002a06-0000-1000-8000-00805f9b34fb' },
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '3589254d-f271-4059-b2c3-3a5776d1eb02',
    name: 'HTK Breast Massager',
    features: [
      { id: '3b33611d-bbba-498e-969d-526106c7e785', index: 0, description: '', output: { Vibrate: { value: [0, 1] } } },
      { id: 'd41e037a-b6ab-4016-a07c-f9eb7e414efb', index: 1, description: '', output: { Vibrate: { value: [0, 1] } } },
    ],
  },
});

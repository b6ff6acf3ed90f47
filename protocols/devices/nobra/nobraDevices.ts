/** Devices spoken to by the nobra protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const nobraDevices = defineDevices({
  name: 'nobra',
  communication: [
    {
      transport: 'btle',
      names: ['NobraControl*', 'Nobra Control*'],
      services: { '0000abf0-0000-1000-8000-00805f9b34fb': { tx: '0000abf1-0000-1000-8000-00805f9b34fb' } },
    },
    { transport: 'serial', port: 'default', baudRate: 19200, dataBits: 8, stopBits: 1, parity: 'N' },
  ],
  defaults: {
    id: 'b548cba6-63cd-4d4c-9124-7e13303a6dec',
    name: "Nobra's Silicone Dreams Toy",
    features: [
      {
        id: '3d9a6c96-2f9e-4105-931b-c799c1c9f3e0',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 15] } },
      },
    ],
  },
});

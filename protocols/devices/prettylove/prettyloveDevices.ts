/** Devices spoken to by the prettylove protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const prettyloveDevices = defineDevices({
  name: 'prettylove',
  communication: [
    {
      transport: 'btle',
      names: ['Aogu BLE *', 'AB Shutter3 [Aogu BLE Device]'],
      services: {
        '0000ffe5-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe9-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'abeb7195-dbc2-4bd1-a079-18ffbb04e521',
    name: 'Pretty Love Device',
    features: [
      { id: '349df5c5-1c5d-4de2-a3d9-c9159c640aba', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

/** Devices spoken to by the kiiroo-powershot protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooPowershotDevices = defineDevices({
  name: 'kiiroo-powershot',
  communication: [
    {
      transport: 'btle',
      names: ['PowerShot'],
      services: {
        '00001400-0000-1000-8000-00805f9b34fb': {
          rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb',
          tx: '00001801-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '1929575e-bc47-4db8-bee2-f9fc60c438b5',
    name: 'Kiiroo PowerShot',
    features: [
      {
        id: '8829c78b-420c-42e0-bc3e-280f84c89362',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '019e23e5-bcba-41c8-913d-03a7da63feee',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: 'eba92a5d-4284-4170-b5e9-3e0700e4529e',
        index: 2,
        description: 'Battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
});

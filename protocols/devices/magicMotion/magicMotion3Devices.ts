/** Devices spoken to by the magic-motion-3 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const magicMotion3Devices = defineDevices({
  name: 'magic-motion-3',
  communication: [
    {
      transport: 'btle',
      names: ['Krush'],
      services: {
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
        '78667579-7b48-43db-b8c5-7928a6b0a335': { tx: '78667579-a914-49a4-8333-aa3c0cd8fedc' },
      },
    },
  ],
  defaults: {
    id: 'f954c774-3e08-4569-800f-94e454ccd3ca',
    name: 'LoveLife Krush',
    features: [
      {
        id: 'af104b4d-73c3-4d89-95d6-ea7c4e21a3df',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 77] } },
      },
      {
        id: '72bc2f2f-7f67-4636-bc5c-42ac4b55cb59',
        index: 1,
        description: 'battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
});

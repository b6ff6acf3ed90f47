/** Devices spoken to by the kiiroo-v3 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooV3Devices = defineDevices({
  name: 'kiiroo-v3',
  communication: [
    {
      transport: 'btle',
      names: ['KEON WIFI', 'Keon Wifi', 'KEON2'],
      services: {
        '00001400-0000-1000-8000-00805f9b34fb': {
          tx: '00001801-0000-1000-8000-00805f9b34fb',
          whitelist: '00002a19-0000-1000-8000-00805f9b34fb',
        },
        '00001900-0000-1000-8000-00805f9b34fb': {
          rx: '00001903-0000-1000-8000-00805f9b34fb',
          tx: '00001800-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: { id: 'b3b6151e-79b8-4aac-a777-0de6b9f2d893', name: 'Kiiroo V3 Device', features: [] },
  configurations: [
    {
      id: '62ba81c4-0ada-41be-b49d-d53426cdc277',
      name: 'Kiiroo Keon',
      identifiers: ['KEON WIFI', 'Keon Wifi'],
      features: [
        {
          id: 'f4ee99e7-1a14-4315-9870-3990bca7ff94',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        },
        {
          id: '90319514-ff68-40ae-805d-54ce392a60bd',
          index: 1,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '23940e92-ddd2-42b4-a589-744c0d14f04b',
      name: 'Kiiroo Keon 2',
      identifiers: ['KEON2'],
      features: [
        {
          id: 'b7bd2527-b0a5-465f-98d9-f6b55aa9645b',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 100], duration: [0, 100000] } },
        },
        {
          id: '8ab0640d-ac9b-408b-878a-76e95082896b',
          index: 1,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
  ],
});

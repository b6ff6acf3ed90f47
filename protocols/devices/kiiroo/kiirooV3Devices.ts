/** Devices spoken to by the kiiroo-v3 protocol: how they are found and the models it knows. */
import { batteryInput, defineDevices, feature } from '../../config/deviceData.js';

export const kiirooV3Devices = defineDevices({
  name: 'kiiroo-v3',
  communication: [
    {
      transport: 'btle',
      names: ['KEON WIFI', 'Keon Wifi'],
      services: {
        '00001900-0000-1000-8000-00805f9b34fb': {
          rx: '00001903-0000-1000-8000-00805f9b34fb',
          tx: '00001800-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'b3b6151e-79b8-4aac-a777-0de6b9f2d893',
    name: 'Kiiroo V3 Device',
    features: [],
  },
  configurations: [
    {
      id: '62ba81c4-0ada-41be-b49d-d53426cdc277',
      name: 'Kiiroo Keon',
      identifiers: ['KEON WIFI', 'Keon Wifi'],
      features: [
        feature(0, 'f4ee99e7-1a14-4315-9870-3990bca7ff94', {
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        }),
        feature(1, '90319514-ff68-40ae-805d-54ce392a60bd', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
  ],
});

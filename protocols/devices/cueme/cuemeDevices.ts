/** Devices spoken to by the cueme protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const cuemeDevices = defineDevices({
  name: 'cueme',
  communication: [
    {
      transport: 'btle',
      names: ['FUNCODE_*'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: 'aeecfe99-106d-4f25-a9b6-4a809971ebfb',
    name: 'Cueme Device',
    features: [
      feature(0, '812c9f59-e9a9-42d9-8c30-1dc91feea5ac', { output: { Vibrate: [0, 15] } }),
      feature(1, 'bbd5955a-5c2e-494e-911d-c64708763bea', { output: { Vibrate: [0, 15] } }),
      feature(2, '9c152f4a-8441-47f4-9b02-d0f64a468517', { output: { Vibrate: [0, 15] } }),
      feature(3, 'f19d9974-0631-4413-a544-7bf02c039743', { output: { Vibrate: [0, 15] } }),
      feature(4, 'ec23bb7f-34df-4480-8eba-3f95dc0d1e0a', { output: { Vibrate: [0, 15] } }),
      feature(5, '24c910ea-7cfb-486c-8e86-451e8b3bc22f', { output: { Vibrate: [0, 15] } }),
      feature(6, 'b8659ec6-6b50-4d74-8a92-2c127856a7ff', { output: { Vibrate: [0, 15] } }),
      feature(7, '96b18136-9780-4771-b5e6-f090927fbe14', { output: { Vibrate: [0, 15] } }),
    ],
  },
  configurations: [
    {
      id: 'ff44bb15-c9ae-4751-b993-8f325129cbb2',
      name: 'Cueme Mens',
      identifiers: ['1'],
    },
    {
      id: 'dcb3e162-5271-4737-b2e3-88534daafe05',
      name: 'Cueme Bra',
      identifiers: ['2'],
    },
    {
      id: '29364127-d158-411f-9e28-e8f33a5ca4a6',
      name: 'Cueme Womans',
      identifiers: ['3'],
      features: [
        feature(0, 'b4554560-c0ad-42ac-82a8-4a8042fc6ab9', { output: { Vibrate: [0, 15] } }),
        feature(1, 'd666a28d-3701-499f-b0b9-7f6ccf722159', { output: { Vibrate: [0, 15] } }),
        feature(2, 'd2789e16-6771-4046-b5de-500def289894', { output: { Vibrate: [0, 15] } }),
        feature(3, 'c01700e6-1b57-41aa-831b-b3f7a54dbefe', { output: { Vibrate: [0, 15] } }),
      ],
    },
  ],
});

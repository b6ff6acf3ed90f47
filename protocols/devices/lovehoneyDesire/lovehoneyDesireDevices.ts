/** Devices spoken to by the lovehoney-desire protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const lovehoneyDesireDevices = defineDevices({
  name: 'lovehoney-desire',
  communication: [
    {
      transport: 'btle',
      names: ['PROSTATE VIBE', 'KNICKER VIBE', 'LOVE EGG'],
      services: { '0000ff00-0000-1000-8000-00805f9b34fb': { tx: '0000ff01-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'fabcaab7-a38b-4c24-bf36-2ca4905a1e49',
    name: 'Lovehoney Device',
    features: [
      {
        id: '716bdae7-2075-4e8a-a2cb-d37b6fc35a5b',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 127] } },
      },
      {
        id: 'ce0315b0-9918-4769-af8e-6ec6258d0e1a',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 127] } },
      },
    ],
  },
  configurations: [
    {
      id: 'd7aa359d-a9f0-40b1-8e20-b55e8ef809c0',
      name: 'Lovehoney Desire Prostate Vibrator',
      identifiers: ['PROSTATE VIBE'],
    },
    {
      id: '439c5fe2-3e8d-4917-bcd7-8f24824d854b',
      name: 'Lovehoney Desire Knicker Vibrator',
      identifiers: ['KNICKER VIBE'],
      features: [
        {
          id: '5e192f37-2beb-4e21-b182-ff113642f465',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 127] } },
        },
      ],
    },
    {
      id: '00d4e759-900d-4c37-b6a3-ce446bb8f590',
      name: 'Lovehoney Desire Love Egg',
      identifiers: ['LOVE EGG'],
      features: [
        {
          id: '980c9d39-e0bc-45d9-8d41-3e95af348d6c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 127] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the bananasome protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const bananasomeDevices = defineDevices({
  name: 'bananasome',
  communication: [
    {
      transport: 'btle',
      names: ['火箭X7'],
      services: { '0000ae00-0000-1000-8000-00805f9b34fb': { tx: '0000ae01-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '83c998f8-1a18-48af-aa52-2f310252eb54',
    name: 'Bananasome Rocket X7',
    features: [
      {
        id: '63fa90c4-1ab9-4841-bfa3-45113f2c1d18',
        index: 0,
        description: '',
        output: { Oscillate: { value: [0, 255] } },
      },
      {
        id: '3e738dbf-3ff1-495a-a5bf-6d57776d80e8',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: 'c2a5f510-44fc-4c79-a9e2-ebf4862c45cb',
        index: 2,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
});

/** Devices spoken to by the ossm protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const ossmDevices = defineDevices({
  name: 'ossm',
  communication: [
    {
      transport: 'btle',
      names: ['OSSM'],
      services: {
        '522b443a-4f53-534d-0001-420badbabe69': {
          rx: '522b443a-4f53-534d-2000-420badbabe69',
          tx: '522b443a-4f53-534d-1000-420badbabe69',
          txmode: '522b443a-4f53-534d-1010-420badbabe69',
        },
      },
    },
  ],
  defaults: {
    id: '6beebf46-3dfd-4e11-b0f9-420badbabe69',
    name: 'Kinky Makers OSSM',
    features: [
      {
        id: '6ff53ba2-a5c0-462e-b2d6-420badbabe69',
        index: 0,
        description: '',
        output: { Oscillate: { value: [0, 100] }, HwPositionWithDuration: { value: [0, 100], duration: [0, 100000] } },
      },
    ],
  },
});

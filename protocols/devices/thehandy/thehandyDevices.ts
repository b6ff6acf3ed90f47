/** Devices spoken to by the thehandy protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const thehandyDevices = defineDevices({
  name: 'thehandy',
  communication: [
    {
      transport: 'btle',
      names: ['The Handy'],
      services: {
        '1775244d-6b43-439b-877c-060f2d9bed07': {
          firmware: '1775ff51-6b43-439b-877c-060f2d9bed07',
          tx: '1775ff55-6b43-439b-877c-060f2d9bed07',
        },
      },
    },
  ],
  defaults: {
    id: 'fc9de0ed-0f9f-402e-a1b5-4d1865e7b87b',
    name: 'The Handy',
    features: [
      {
        id: '32309a60-f980-490d-a5f4-467ccae2d586',
        index: 0,
        description: '',
        output: { HwPositionWithDuration: { value: [0, 100], duration: [0, 100000] } },
      },
    ],
    messageGapMs: 50,
  },
});

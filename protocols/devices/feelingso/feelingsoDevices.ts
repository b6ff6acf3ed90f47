/** Devices spoken to by the feelingso protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const feelingsoDevices = defineDevices({
  name: 'feelingso',
  communication: [
    {
      transport: 'btle',
      names: ['Flair Feel'],
      services: {
        '42410001-0000-0101-0000-736278637a72': {
          rx: '42410003-0000-0101-0000-736278637a72',
          tx: '42410002-0000-0101-0000-736278637a72',
        },
      },
    },
  ],
  defaults: {
    id: '2f2d3b3d-e832-40e4-ad74-705c0f02997d',
    name: 'FeelingSo Flair Feel',
    features: [
      {
        id: 'ad577b65-e74b-44c3-868b-86e3bfd53dbe',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 19] } },
      },
      {
        id: '5a2bd962-a9ab-4bd6-af7b-ae1fd6b39d79',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 19] } },
      },
    ],
  },
});

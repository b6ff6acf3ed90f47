/** Devices spoken to by the hismith protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const hismithDevices = defineDevices({
  name: 'hismith',
  communication: [
    {
      transport: 'btle',
      names: ['HISMITH', 'Wildolo', 'HISMITH'],
      services: {
        '0000ff90-0000-1000-8000-00805f9b34fb': { rxblemodel: '0000ff96-0000-1000-8000-00805f9b34fb' },
        '0000ffe5-0000-1000-8000-00805f9b34fb': { tx: '0000ffe9-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: 'a8689335-db27-4a23-8724-6973168bb474',
    name: 'Hismith device',
    features: [
      {
        id: '24291feb-53a7-49ee-898a-8c42f534508f',
        index: 0,
        description: 'Fucking Machine Oscillation Speed',
        output: { Oscillate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '169414bc-55d6-4ada-a9ec-eae862e80e09', name: 'Hismith Sex Machine', identifiers: ['1001'] },
    { id: '33a59054-9a87-4ecb-9893-3b5101b6431b', name: 'Hismith Pro Traveler', identifiers: ['1002'] },
    { id: '119197ff-5750-40bf-9770-024e75cbe20c', name: 'Hismith Capsule', identifiers: ['1003'] },
    {
      id: '188ee17a-d776-4f9b-baaa-903b9fea276f',
      name: 'Hismith Thrusting Cup',
      identifiers: ['2001'],
      features: [
        {
          id: '1663c651-cab6-444d-bbd7-39baf190d6ab',
          index: 0,
          description: 'Stroker Oscillation Speed',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: 'b6a5ed20-e10a-4370-aa9e-0cd85bf1c6f7',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 1] } },
        },
      ],
    },
    {
      id: 'fb1d1aa1-5a88-4a39-af74-bc127d670ab1',
      name: 'Hismith G011',
      identifiers: ['1006'],
      features: [
        {
          id: '8621627f-4561-4272-9d95-231d9b8d3440',
          index: 0,
          description: 'Stroker Oscillation Speed',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: '5815777e-11e1-4998-b9a6-68e09656f18c',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 1] } },
        },
      ],
    },
    {
      id: 'ef153cf6-130d-43a1-82f1-4a16e457e8ea',
      name: 'Wildolo Device',
      identifiers: ['3001'],
      features: [
        {
          id: '5ac186f5-ada6-4ec2-a65a-910b8b2292cc',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

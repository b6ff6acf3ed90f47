/** Devices spoken to by the mysteryvibe protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const mysteryvibeDevices = defineDevices({
  name: 'mysteryvibe',
  communication: [
    {
      transport: 'btle',
      names: ['MV Crescendo', 'MV Tenuto   ', 'MV Poco     '],
      services: {
        'f0006900-110c-478b-b74b-6f403b364a9c': {
          txmode: 'f0006901-110c-478b-b74b-6f403b364a9c',
          txvibrate: 'f0006903-110c-478b-b74b-6f403b364a9c',
        },
      },
    },
  ],
  defaults: {
    id: '523391d5-1e0a-42f0-b669-5ad3f3e49902',
    name: 'Mysteryvibe Device',
    features: [
      {
        id: '40c417e0-8a0b-4017-a0b5-2b33df4f0acc',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
      {
        id: '84057071-af0e-4156-9f82-f7afc794bcde',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
      {
        id: 'edaa4f3d-71c2-43b3-b9c3-b6a425b27200',
        index: 2,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
      {
        id: 'b977c4f4-1585-49c4-9980-c2e8d329f713',
        index: 3,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
      {
        id: 'ba9c09c7-1948-4b6f-823f-d9fd1380709c',
        index: 4,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
      {
        id: '5a0a0429-5fb6-4bcb-bb4c-5e14f4338677',
        index: 5,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
    ],
  },
  configurations: [
    { id: '09470af5-da2f-45f4-b540-da653c4c0b40', name: 'MysteryVibe Crescendo', identifiers: ['MV Crescendo'] },
    { id: '1cb2c947-aa77-4aaa-83d4-f987ecb33953', name: 'MysteryVibe Tenuto', identifiers: ['MV Tenuto   '] },
    {
      id: 'b72b5597-a708-4fe9-919a-99f1d38291ef',
      name: 'MysteryVibe Poco',
      identifiers: ['MV Poco     '],
      features: [
        {
          id: '78d26150-7355-4633-bdc0-d2d58b2ea2aa',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: '8f0c1cc0-b269-4eb6-a87f-34aeaee28906',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
      ],
    },
  ],
});

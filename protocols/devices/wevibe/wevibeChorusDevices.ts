/** Devices spoken to by the wevibe-chorus protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const wevibeChorusDevices = defineDevices({
  name: 'wevibe-chorus',
  communication: [
    {
      transport: 'btle',
      names: ['Chorus', 'skeena', 'Sync 2', 'Sync O', 'Sync Lite'],
      services: {
        'f000bb03-0451-4000-b000-000000000000': {
          rx: 'f000b000-0451-4000-b000-000000000000',
          tx: 'f000c000-0451-4000-b000-000000000000',
        },
      },
    },
  ],
  defaults: {
    id: '5228aefe-bc48-445c-8129-48c3cebf6729',
    name: 'WeVibe Chorus',
    features: [
      {
        id: '52a3c84e-28d4-4750-9a7e-a8618ded617e',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 30] } },
      },
      {
        id: '4aa54a5f-2b85-4178-b671-f4198acf3daf',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 30] } },
      },
    ],
  },
  configurations: [
    {
      id: '3d5f001f-d3c0-44d5-9a6a-e4c8e7beb2e1',
      name: 'WeVibe Sync 2',
      identifiers: ['Sync 2'],
      features: [
        {
          id: 'db4d008b-530e-4b8b-937a-bd4e5df4058c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 30] } },
        },
        {
          id: '27c95f7a-91e7-46c9-90c2-b3d37ed20d6d',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 30] } },
        },
      ],
    },
    {
      id: '36640498-e77c-46f5-9f94-a1b90148f939',
      name: 'WeVibe Sync Lite',
      identifiers: ['Sync Lite'],
      features: [
        {
          id: '62316419-7c01-4ce2-8086-0ca210d26b25',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 30] } },
        },
      ],
    },
    {
      id: '917d5891-c0aa-4cbd-9a5c-db888c0e2e1b',
      name: 'WeVibe Sync O',
      identifiers: ['Sync O'],
      features: [
        {
          id: 'be63a133-ec1f-4aaf-9a70-6c26d9063b8c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 30] } },
        },
      ],
    },
  ],
});

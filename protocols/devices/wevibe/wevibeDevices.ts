/** Devices spoken to by the wevibe protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const wevibeDevices = defineDevices({
  name: 'wevibe',
  communication: [
    {
      transport: 'btle',
      names: [
        'Cougar',
        '4 Plus',
        '4_Plus',
        '4plus',
        'Bloom',
        'classic',
        'Classic',
        'Ditto',
        'Gala',
        'Jive',
        'Nova',
        'Pivot',
        'Rave',
        'Sync',
        'Verge',
        'Wish',
      ],
      services: {
        'f000bb03-0451-4000-b000-000000000000': {
          rx: 'f000b000-0451-4000-b000-000000000000',
          tx: 'f000c000-0451-4000-b000-000000000000',
        },
      },
    },
  ],
  defaults: {
    id: 'd42dc8a1-bb70-4dd6-b792-710248c00c6e',
    name: 'WeVibe Device',
    features: [
      {
        id: '6c0184bc-93b8-41a9-a976-934256dcdf9d',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 15] } },
      },
    ],
  },
  configurations: [
    { id: 'cb8bf4cd-b6bd-4499-b977-faf4e2bb9d4e', name: 'WeVibe Bloom', identifiers: ['Bloom'] },
    { id: '0b9e22e7-b79c-4d26-b902-287436673da4', name: 'WeVibe Ditto', identifiers: ['Ditto'] },
    { id: '0d361883-2894-42dd-9268-b36a067564a6', name: 'WeVibe Jive', identifiers: ['Jive'] },
    { id: '5fca5cd6-6336-4eec-bdfc-048266d9f409', name: 'WeVibe Pivot', identifiers: ['Pivot'] },
    { id: '534f442f-396c-4379-b3d0-9c001bcd2891', name: 'WeVibe Rave', identifiers: ['Rave'] },
    { id: '6b31404c-c609-4d75-a312-191c0f7f6a9f', name: 'WeVibe Verge', identifiers: ['Verge'] },
    { id: 'a7a85b12-bac4-49da-9d1e-0f5bc739fd3e', name: 'WeVibe Wish', identifiers: ['Wish'] },
    {
      id: '11cd7b68-2c94-4fc8-837f-09d47214cee1',
      name: 'WeVibe 4 Plus',
      identifiers: ['Cougar', '4 Plus', '4_Plus', '4plus', 'classic', 'Classic'],
      features: [
        {
          id: 'c76fd58e-a38c-4f25-a04c-d798e3f892d3',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
        {
          id: '027061c3-4d18-4d03-8219-13e3134b8a19',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
      ],
    },
    {
      id: '400ef30a-63eb-4648-b293-c7ecc874f509',
      name: 'WeVibe Gala',
      identifiers: ['Gala'],
      features: [
        {
          id: '22386dcd-b409-49d2-be03-ad270eae92c4',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
        {
          id: '46f2d671-5bbf-49c0-928e-4a8b3cdd892b',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
      ],
    },
    {
      id: 'b667bb6a-46b1-4534-8c79-83aa0749028a',
      name: 'WeVibe Nova',
      identifiers: ['Nova'],
      features: [
        {
          id: 'e609247a-8c12-422e-8df7-e03373bdbf7a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
        {
          id: 'c84081f5-3a72-473a-b2b3-32500014b308',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
      ],
    },
    {
      id: '0e72dab3-4b87-4bae-ae02-aae0bbb0f035',
      name: 'WeVibe Sync',
      identifiers: ['Sync'],
      features: [
        {
          id: '283b2826-80e3-455f-bec6-7800ebaf2c96',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
        {
          id: '64f00297-e4ef-4059-a622-c0bea33d4379',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 15] } },
        },
      ],
    },
  ],
});

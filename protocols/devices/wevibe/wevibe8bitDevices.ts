/** Devices spoken to by the wevibe-8bit protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const wevibe8bitDevices = defineDevices({
  name: 'wevibe-8bit',
  communication: [
    {
      transport: 'btle',
      names: [
        'Melt',
        'Melt 2',
        'Moxie',
        'Vector',
        'Wand',
        'Wand 2',
        'Bond',
        'Nelson',
        'Nova2',
        'Nova_2',
        'Nova 2',
        'Jive 2',
        'Jive Lite',
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
    id: '527527b1-7bf2-40cb-b086-003af792f03f',
    name: 'WeVibe 8-bit Device',
    features: [
      {
        id: '7b226142-d713-41cd-872a-aea10527482b',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 12] } },
      },
    ],
  },
  configurations: [
    {
      id: '4f73e55c-bea8-4069-8409-cba30fbbfc81',
      name: 'WeVibe Melt',
      identifiers: ['Melt', 'Melt 2'],
      features: [
        {
          id: 'fdf47cba-4429-4944-9bb4-1db4facb8d29',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 22] } },
        },
      ],
    },
    { id: 'd29641cb-953a-4d5c-8b43-ba481db2dd42', name: 'WeVibe Moxie', identifiers: ['Moxie'] },
    {
      id: '52482637-708c-455b-b96b-d4d58af04562',
      name: 'WeVibe Vector',
      identifiers: ['Vector'],
      features: [
        {
          id: '8828bbe0-acf0-4529-9f33-276b23a14afd',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 12] } },
        },
        {
          id: '12702494-a0e9-4929-b928-050d47391cb5',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 12] } },
        },
      ],
    },
    {
      id: '3829ad7c-be90-49ce-9ecc-fdafa18be3bb',
      name: 'WeVibe Wand',
      identifiers: ['Wand'],
      features: [
        {
          id: '2377d39d-580c-46ea-831c-bb9cb97899d7',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 22] } },
        },
      ],
    },
    {
      id: '3db74c3e-50e1-4dbf-a670-c7297ca52f62',
      name: 'WeVibe Wand 2',
      identifiers: ['Wand 2'],
      features: [
        {
          id: '4d92cf70-e464-435c-897e-fd2cd5a918e9',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 22] } },
        },
      ],
    },
    {
      id: 'c4b2ecb2-655d-44d9-bfaf-03f314acd3a2',
      name: 'WeVibe Bond',
      identifiers: ['Bond', 'Nelson'],
      features: [
        {
          id: '240a36e0-4791-4676-aa3b-d1c407db2b1b',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 27] } },
        },
      ],
    },
    {
      id: '2292e221-0f17-4d55-8697-f6abebf04ee5',
      name: 'WeVibe Nova 2',
      identifiers: ['Nova2', 'Nova_2', 'Nova 2'],
      features: [
        {
          id: '22172834-1186-4ba2-b221-23f02c3fbd51',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 27] } },
        },
        {
          id: '0972ba1f-0b0e-4738-a050-5333da537b35',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 27] } },
        },
      ],
    },
    { id: '4a0d8ff9-db32-41c7-99e5-8bb005a25bd0', name: 'WeVibe Jive 2', identifiers: ['Jive 2'] },
    { id: 'd04e09b4-889c-4626-b23f-6321396c81e9', name: 'WeVibe Jive Lite', identifiers: ['Jive Lite'] },
  ],
});

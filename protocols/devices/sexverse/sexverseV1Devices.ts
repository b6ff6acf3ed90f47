/** Devices spoken to by the sexverse-v1 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sexverseV1Devices = defineDevices({
  name: 'sexverse-v1',
  communication: [
    {
      transport: 'btle',
      names: ['Rex', 'Cali', 'LY165A01', 'Olis', 'LY213A01', 'LY199B01', 'LY234A01', 'LY271A01', 'LY270A01'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'f595862c-fa49-460c-9667-87f0eac24a6c',
    name: 'Sexverse Device',
    features: [
      {
        id: '74825924-5e2a-4dd6-a91a-10a24be40c09',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
  configurations: [
    { id: '447c8bda-bafc-472a-9333-8f809bbc48bb', name: 'Sexverse Rex', identifiers: ['Rex'] },
    {
      id: 'e4bb4468-1de1-4f37-a348-5c7177923603',
      name: 'Sexverse Cali',
      identifiers: ['Cali', 'LY165A01'],
      features: [
        {
          id: 'd3e17d91-94d8-449d-b049-91bd0ec3cf71',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: '6aceca29-6833-4f61-b5af-1005bb50bdf9',
          index: 1,
          description: '',
          output: { Constrict: { value: [0, 255] } },
        },
      ],
    },
    {
      id: '9e874901-c5d7-49d2-910d-3849ab5ff96c',
      name: 'Sexverse Olis',
      identifiers: ['Olis'],
      features: [
        {
          id: '2e6d4a73-7847-4a5b-a03c-cdd6f07c39c9',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: 'c1530d49-07b0-432b-8c08-08e1ef4d2842',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: 'cbc1187c-2400-4e9b-9fc0-a03744bd7295',
          index: 2,
          description: '',
          output: { Rotate: { value: [0, 255] } },
        },
      ],
    },
    {
      id: '941a41b2-78d2-45a6-b730-17a8ff8c75e0',
      name: 'Sexverse BuCUE',
      identifiers: ['LY213A01'],
      features: [
        {
          id: '641d8a6a-b068-4089-9632-c81ab872677d',
          index: 0,
          description: '',
          output: { Oscillate: { value: [0, 255] } },
        },
        {
          id: '15dcc27e-ab6d-407e-8e1a-4b51e445fa5d',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
      ],
    },
    { id: '0f8e2cac-428a-430c-a9d8-8889ed608c24', name: 'Cooxer Bullet Vibe', identifiers: ['LY199B01'] },
    { id: 'de51460a-4c65-4173-8172-8dc7eaccc3a1', name: 'Sexverse Tadpole', identifiers: ['LY234A01'] },
    { id: '5d061d81-98cd-4271-b896-68394a21e97a', name: 'Sexverse Upton', identifiers: ['LY271A01'] },
    { id: '97458f06-7a6f-4f8a-bb7a-93dd6ab53157', name: 'Sexverse Una', identifiers: ['LY270A01'] },
  ],
});

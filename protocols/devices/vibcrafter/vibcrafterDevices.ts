/** Devices spoken to by the vibcrafter protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const vibcrafterDevices = defineDevices({
  name: 'vibcrafter',
  communication: [
    {
      transport: 'btle',
      names: ['be gentle', 'Janna', 'Hayden', 'Nidalee'],
      services: {
        '53300051-0060-4bd4-bbe5-a6920e4c5663': {
          rx: '53300053-0060-4bd4-bbe5-a6920e4c5663',
          tx: '53300052-0060-4bd4-bbe5-a6920e4c5663',
        },
      },
    },
  ],
  defaults: {
    id: 'a44eef0e-b412-44d0-9545-a4b7b0298514',
    name: 'VibCrafter Device',
    features: [
      {
        id: '343a8e18-b76c-4482-b048-32d762bf87c9',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 99] } },
      },
      {
        id: 'd92a031e-bd0d-4815-a0bd-6c59566dcce2',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 99] } },
      },
    ],
  },
  configurations: [
    { id: '687972b8-e52d-4ce8-8b16-b6d24585915b', name: 'VibCrafter Harlow', identifiers: ['be gentle'] },
    { id: '4006a4fd-2a7a-417e-b64a-66f43ba28b9e', name: 'VibCrafter Hayden', identifiers: ['Hayden'] },
    { id: '3e1e3e00-771b-4657-8450-6e314eed24b3', name: 'VibCrafter Nidalee', identifiers: ['Nidalee'] },
    {
      id: 'cb0756c3-111c-463b-a575-edc9204af528',
      name: 'VibCrafter Janna',
      identifiers: ['Janna'],
      features: [
        {
          id: '51e20287-006c-4dc9-941a-346b8f960715',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
      ],
    },
  ],
});

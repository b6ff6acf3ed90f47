/** Devices spoken to by the picobong protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const picobongDevices = defineDevices({
  name: 'picobong',
  communication: [
    {
      transport: 'btle',
      names: [
        'Blow hole',
        'Picobong Male Toy',
        'Diver',
        'Picobong Egg',
        'Life guard',
        'Picobong Ring',
        'Surfer',
        'Picobong Butt Plug',
        'Egg driver',
        'Surfer_plug',
      ],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'e820a3cc-70e2-4766-98d4-934a00a667db',
    name: 'Picobong Device',
    features: [
      {
        id: '6acffe62-d4ae-4a9e-8610-123d46d26dcc',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
  configurations: [
    {
      id: '1f59dbcf-b84d-4cf8-ac68-87bacb143b34',
      name: 'Picobong Blow hole',
      identifiers: ['Blow hole', 'Picobong Male Toy'],
    },
    { id: 'b3396470-af6e-45df-ad4f-944539d71600', name: 'Picobong Diver', identifiers: ['Diver', 'Picobong Egg'] },
    {
      id: '88684b6f-6fde-488e-86a5-5c1f50893345',
      name: 'Picobong Life guard',
      identifiers: ['Life guard', 'Picobong Ring'],
    },
    {
      id: 'f7c40c1b-0d86-4d39-9163-34a9a243d614',
      name: 'Picobong Surfer',
      identifiers: ['Surfer', 'Picobong Butt Plug', 'Egg driver', 'Surfer_plug'],
    },
  ],
});

/** Devices spoken to by the fredorch-rotary protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const fredorchRotaryDevices = defineDevices({
  name: 'fredorch-rotary',
  communication: [
    {
      transport: 'btle',
      names: ['M1_*'],
      services: {
        '0000ae10-0000-1000-8000-00805f9b34fb': {
          rx: '0000ae02-0000-1000-8000-00805f9b34fb',
          tx: '0000ae01-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '86b9ab9e-8507-4abf-b6af-8ecd01a94476',
    name: 'Fredorch Rotary Device',
    features: [
      {
        id: '0ec02168-f724-481a-a927-6ea6df4c89b5',
        index: 0,
        description: 'Fucking Machine Oscillation Speed',
        output: { Oscillate: { value: [0, 20] } },
      },
    ],
  },
});

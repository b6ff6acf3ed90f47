/** Devices spoken to by the sexverse-v6 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sexverseV6Devices = defineDevices({
  name: 'sexverse-v6',
  communication: [
    {
      transport: 'btle',
      names: ['A06K01C', 'A14M01C'],
      services: {
        '0000ffaa-0000-1000-8000-00805f9b34fb': {
          rx: '0000aa04-0000-1000-8000-00805f9b34fb',
          tx: '0000aa02-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '7d28e15e-4364-438e-9b65-b3c859f216f2',
    name: 'Sexverse V6',
    features: [
      {
        id: '0f9477c6-1461-49da-a902-2a619cf91bc5',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '8c2235aa-c1d2-4775-8c55-3d1461123924',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: 'a86278b6-7502-474e-89dd-22465c8a2af3', name: 'Sexverse Aether', identifiers: ['A06K01C'] },
    {
      id: '7c6f7087-9d02-43e6-9b53-1b149d915893',
      name: 'Sexverse Sirius',
      identifiers: ['A14M01C'],
      features: [
        {
          id: 'c74fb1ff-c8cc-46d8-9b7f-515787dd4d3f',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '926d9faf-8d0a-4f0c-ae62-e9bfebb9eb59',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: '8196c72a-6c75-4811-80df-af8edf1854ef',
          index: 2,
          description: '',
          output: { Constrict: { value: [0, 100] } },
        },
      ],
    },
  ],
});

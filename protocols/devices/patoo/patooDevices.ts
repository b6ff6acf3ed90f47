/** Devices spoken to by the patoo protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const patooDevices = defineDevices({
  name: 'patoo',
  communication: [
    {
      transport: 'btle',
      names: ['PTVEA*', 'PBT*', 'PCS*', 'PHT*'],
      services: {
        'f000aa64-0451-4000-b000-000000000000': {
          tx: 'f000aa68-0451-4000-b000-000000000000',
          txmode: 'f000aa65-0451-4000-b000-000000000000',
        },
      },
    },
  ],
  defaults: {
    id: 'fbb69ec0-dda6-4fca-ae69-390a91c13c03',
    name: 'Patoo Device',
    features: [
      {
        id: '328761ed-4dd1-4535-9d37-e805f5eb1a61',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '929310c1-bf4a-4238-b8d9-96ffcca1f954', name: 'Patoo Carrot', identifiers: ['PTVEA'] },
    { id: '91af7b5e-8b16-4489-a916-1584ff1e561c', name: 'Patoo Vibrator', identifiers: ['PCS'] },
    { id: 'a4175adb-1086-4a4a-8a43-9d484e231085', name: 'Patoo Bean Sprout', identifiers: ['PHT'] },
    {
      id: '70af2af2-ba71-4b41-9e5d-4c3000377a2b',
      name: 'Patoo Devil',
      identifiers: ['PBT'],
      features: [
        {
          id: 'f2957620-0a5c-4d69-851c-f9d34544e4cc',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '49f28542-fb54-46e6-a6b8-f412617ce24f',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

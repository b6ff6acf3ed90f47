/** Devices spoken to by the mysteryvibe-v2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const mysteryvibeV2Devices = defineDevices({
  name: 'mysteryvibe-v2',
  communication: [
    {
      transport: 'btle',
      names: ['6907 MV1', '6908 MV1', '6909 MV1', '6909 MV2', '6914 MV1', '6915 MV1'],
      services: {
        'f0006900-110c-478b-b74b-6f403b364a9c': {
          txmode: 'f0006901-110c-478b-b74b-6f403b364a9c',
          txvibrate: 'f0006903-110c-478b-b74b-6f403b364a9c',
        },
      },
    },
  ],
  defaults: {
    id: '2b750693-1766-4448-8c30-9f9fa32830f2',
    name: 'Mysteryvibe V2 Device',
    features: [
      {
        id: '2cd76f8d-963c-4b98-861d-00b560a0ae09',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
      {
        id: '525464fd-960b-47ef-b7f3-04196a648963',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
      {
        id: '811a2fe9-be54-49ee-89ac-e8e83895e33d',
        index: 2,
        description: '',
        output: { Vibrate: { value: [0, 56] } },
      },
    ],
  },
  configurations: [
    { id: '9254a628-04a2-4876-856e-182d8badc366', name: 'MysteryVibe Tenuto Mini', identifiers: ['6907 MV1'] },
    {
      id: '317cc151-16f9-4ac7-aa69-63a3f0448895',
      name: 'MysteryVibe Crescendo 2',
      identifiers: ['6908 MV1'],
      features: [
        {
          id: '723b512f-9160-4f5b-b50b-3fb9622dff1e',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: '960f8105-2277-4b81-a529-dd050250df80',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: '557828e8-e1cf-4f9a-9342-43bc9c34642c',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: 'f2f6b8f8-7ff7-4928-9385-af1f3c583209',
          index: 3,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: 'a5a287fc-82de-432d-b42d-cc9ee89625ae',
          index: 4,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: 'bbd27d45-3b13-4189-b7a8-ccaa07a405db',
          index: 5,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
      ],
    },
    {
      id: '9a1bcb00-0294-46c2-ac97-0b3f8d50192a',
      name: 'MysteryVibe Tenuto 2',
      identifiers: ['6909 MV1', '6909 MV2'],
      features: [
        {
          id: '88ddd1f2-6a0b-4fab-b548-5cd4edb55aae',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: 'e30a128b-3dcb-4f87-beef-8aca7f3b1512',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: '3edf88eb-acb9-4852-9a71-3edda23f705d',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: '1b3abe40-84d2-4237-830d-44c1927f35c3',
          index: 3,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
      ],
    },
    {
      id: 'e9187e5a-1491-49db-ba4b-3b6f9fb55977',
      name: 'MysteryVibe Legato',
      identifiers: ['6914 MV1'],
      features: [
        {
          id: '79f4df66-18a2-4fdb-a492-75e908bf978f',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: 'f149b9be-4616-4552-a0a9-c419cb764988',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: 'f3553da8-f386-43b4-8998-64b7696c53f4',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
        {
          id: '4c1fb245-6f91-4613-895f-5f8cee00ab5b',
          index: 3,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
      ],
    },
    {
      id: 'ed45ff87-fad1-41fe-8d0a-cfd4daaf1b4e',
      name: 'MysteryVibe Molto',
      identifiers: ['6915 MV1'],
      features: [
        {
          id: 'cf40ea50-cddc-40e2-8661-d5252ac29f77',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 56] } },
        },
      ],
    },
  ],
});

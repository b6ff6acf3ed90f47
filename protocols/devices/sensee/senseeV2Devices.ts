/** Devices spoken to by the sensee-v2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const senseeV2Devices = defineDevices({
  name: 'sensee-v2',
  communication: [
    {
      transport: 'btle',
      names: [
        'CCPA10S2',
        'CCPA18S5',
        'Easylive NO8 Cup',
        'CTY508S5',
        'CTY916S4',
        'PTYB22S2',
        'CCP322S5',
        'CTY823S5',
        'qingnan#16',
        'CCPB22S5',
        'CCP324S2',
      ],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '0000fff4-0000-1000-8000-00805f9b34fb',
          tx: '0000fff5-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'd7ba651e-88d6-4452-9fa5-1562b8d8be2a',
    name: 'Sensee Device',
    features: [
      {
        id: 'b5865307-0de8-4dd9-bb1a-69e1c2f3c39c',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: 'cd11ed14-d9ea-4c11-b454-41e5c697f70b',
        index: 1,
        description: '',
        output: { Constrict: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '4629e2a0-553f-4178-a378-8a9a5e88b038', name: 'Sensee Capsule', identifiers: ['CCPA10S2'] },
    { id: 'e9be0c9a-43d9-4e95-9d1d-67e22f940a5f', name: 'Sensee Astronaut', identifiers: ['CCPA18S5'] },
    {
      id: '72dcac71-472d-47bc-a408-60567765836c',
      name: 'Sensee No8',
      identifiers: ['Easylive NO8 Cup'],
      features: [
        {
          id: '1094606e-1407-4249-979c-98d6a6abf97c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '542d9822-9617-472c-953b-c9519a59aaac',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'b925cadb-6aef-4896-8b97-1dfa44702a9e',
      name: 'Easylive Vader',
      identifiers: ['CCP322S5'],
      features: [
        {
          id: '4a6f2a58-1760-42e6-ae17-6e0c4880a48c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'aeab494e-3312-49bd-8f1f-599e3bab7f4d',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'fea99f9b-97da-44cf-a898-17e65abf86e3',
      name: 'Sensee Voice-Interactive Female Vibrator',
      identifiers: ['CTY508S5'],
      features: [
        {
          id: 'c9600c27-1302-449c-9a07-268d59f818f3',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '377780e3-e3bd-4fe0-a345-6389eb32fbbe',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'eca4db2b-f7ff-4d59-b73d-f2124786fceb',
      name: 'Sensee Moonlight',
      identifiers: ['PTYB22S2'],
      features: [
        {
          id: '5c8664fd-1113-4d8b-af64-d42f6f303c3e',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '848628c7-b34e-4af4-894f-7f51645dea6a',
          index: 1,
          description: '',
          output: { Constrict: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '4e2ffbbe-8f8f-4593-9eab-3409d85645a2',
      name: 'Sensee Little Seahorse',
      identifiers: ['CTY823S5'],
      features: [
        {
          id: '87712e50-fd72-4a3c-b122-ea3866e0942a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '2a7ce324-34dd-477c-b3e2-6a6632ee4b59',
          index: 1,
          description: '',
          output: { Constrict: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'f8032396-8384-448f-88e9-4c754d4ae12e',
      name: 'Sensee Dream Stick',
      identifiers: ['CTY916S4'],
      features: [
        {
          id: '631815ee-37e9-4de6-9b33-971b9135c718',
          index: 0,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: '864ef211-1635-41bc-9618-e3989f540287',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '00dc1d7e-9ede-4ae5-95f6-bd70363de806',
      name: 'Qingnan #16',
      identifiers: ['qingnan#16'],
      features: [
        {
          id: '4464ae6b-20bc-4c99-9e63-bfda99b7c8cc',
          index: 0,
          description: '',
          output: { Constrict: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '7fb6eb8a-e73a-42bb-a0d3-0db8bb9cd753',
      name: 'Sensee Markel',
      identifiers: ['CCPB22S5'],
      features: [
        {
          id: 'a086709c-4982-443d-9c0f-fc4c4f5ef966',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '09a0b5f8-7c5c-4a84-a4d8-de466821c794',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: 'f9ed8f8c-633e-47dd-8594-f90402afda2a',
          index: 2,
          description: '',
          output: { Constrict: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '3c3bf2f9-6ef7-4ed6-a274-e0e1105d242b',
      name: 'Easylive Gamer',
      identifiers: ['CCP324S2'],
      features: [
        {
          id: 'cd6b7fa7-bbeb-495b-b734-816a0fc47df3',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'f26498e5-1d90-40a9-9097-fe9ceaaeee26',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

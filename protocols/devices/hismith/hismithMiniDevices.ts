/** Devices spoken to by the hismith-mini protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const hismithMiniDevices = defineDevices({
  name: 'hismith-mini',
  communication: [
    {
      transport: 'btle',
      names: [
        'Auxfun-Box',
        'Sinloli',
        'Sinloli-Sherry',
        'Eropair *',
        'HISMITH S1',
        'HISMITH S2',
        'HISMITH S3',
        'Sinloli Cosima',
        'Sinloli-Ethel',
        'Sinloli Aston',
        'Hismith Piupiu',
        'PleasureDrive',
      ],
      services: {
        '0000ff90-0000-1000-8000-00805f9b34fb': { rxblemodel: '0000ff96-0000-1000-8000-00805f9b34fb' },
        '0000ffe5-0000-1000-8000-00805f9b34fb': { tx: '0000ffe9-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '195a4797-7b3a-4ecf-bffb-810f9b870a8b',
    name: 'Hismith Mini device',
    features: [
      {
        id: 'cd95dc09-627b-489e-841a-39cd5f06bf6d',
        index: 0,
        description: 'Fucking Machine Oscillation Speed',
        output: { Oscillate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '6227affb-9e0e-49cb-a77b-7913d40f83ce', name: 'Auxfun Sex Machine', identifiers: ['4001'] },
    { id: 'de78cf6a-30c2-40ce-ac8a-a060735c65ac', name: 'Hismith Sex Machine', identifiers: ['1005', '1102'] },
    { id: 'fa840f6f-6815-4fed-b238-4260ac21b90f', name: 'Hismith Mini Sex Machine', identifiers: ['1004'] },
    { id: '330de697-9702-4bc7-89d6-3faf603f0238', name: 'Hismith Servo Sex Machine', identifiers: ['1101'] },
    { id: '18f342d3-a927-44ac-9605-cf16ec8aad74', name: 'Hismith Ukulele', identifiers: ['1402'] },
    { id: '5b98725d-56b3-499b-830d-50dc004c27c5', name: 'Kiiroo PleasureDrive', identifiers: ['1501'] },
    {
      id: '81341b4e-144b-4427-b5e9-5024b12441c7',
      name: 'Sinloli Automatic Sex Doll',
      identifiers: ['2201'],
      features: [
        {
          id: '1c45bd7c-ca54-483b-9994-f6d4c18cd59f',
          index: 0,
          description: 'Air Pump',
          output: { Constrict: { value: [0, 100] } },
        },
        {
          id: '23c0c1f0-af15-492d-8405-3ce3f24d13a3',
          index: 1,
          description: 'Vibrator',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'e59964ad-0c44-4301-9148-f8837e197d35',
      name: 'Eropair Rabbit Vibrator',
      identifiers: ['3101'],
      features: [
        {
          id: '85ca7d86-a508-4d9e-9ee5-0223a4b68805',
          index: 0,
          description: 'Internal Vibrator',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '950bc937-6be1-4f6c-8d18-36cbd4d25bee',
          index: 1,
          description: 'External Vibrator',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'c1762d51-d2f7-4a03-bb8e-30cde5942831',
      name: 'Eropair Thrusting Vibrating Dildo',
      identifiers: ['3102'],
      features: [
        {
          id: '6255e8b0-f188-4a8b-9325-4c70af3b20be',
          index: 0,
          description: 'Thruster',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: 'e0eb75eb-a14b-4947-97de-0bd36517dabd',
          index: 1,
          description: 'Vibrator',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '8ffeec80-9b8f-4cb5-a70d-6b6d8170a688',
      name: 'Eropair Cup',
      identifiers: ['2101'],
      features: [
        {
          id: '39ed62dd-77c2-4488-ba09-33792a65b013',
          index: 0,
          description: 'Air Pump',
          output: { Constrict: { value: [0, 100] } },
        },
        {
          id: 'd36a28fd-0042-4c5c-a36c-e0a72173e0ab',
          index: 1,
          description: 'Vibrator',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '9eb5977d-38be-4e77-8a26-1d69e8286689',
      name: 'Sinloli Cosima',
      identifiers: ['2204'],
      features: [
        {
          id: '928b7b2b-9e4e-47bc-8196-e304174e78fa',
          index: 0,
          description: 'Stroker Oscillation Speed',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: 'e9b6dc68-e89a-4f7b-a74f-8a25b31346ee',
          index: 1,
          description: 'Air Pump',
          output: { Constrict: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'a14d8479-e4b9-463f-af23-e78bd0c5d2c7',
      name: 'Sinloli Ethel',
      identifiers: ['2202'],
      features: [
        {
          id: '030bcd37-38f1-415f-b59e-d0013497fadf',
          index: 0,
          description: 'Stroker Oscillation Speed',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: '19ca1ed9-94ee-46f8-9b70-0e79a013db9d',
          index: 1,
          description: 'Vibrator',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'd9ced3ed-cc74-4731-baeb-7bbf7fda288e',
      name: 'Sinloli Aston',
      identifiers: ['2205'],
      features: [
        {
          id: 'e4fa9535-0f48-4401-a1e4-f13fbfb519a5',
          index: 0,
          description: 'Rotate',
          output: { Rotate: { value: [-100, 100] } },
        },
      ],
    },
    {
      id: 'ae9c755d-a11f-43c3-9cce-1c3797788434',
      name: 'Sinloli Piupiu',
      identifiers: ['4002'],
      features: [
        { id: 'c24a6b8c-6665-4cf6-95f8-51140f9788b4', index: 0, description: '', output: { Spray: { value: [0, 1] } } },
      ],
    },
  ],
});

/** Devices spoken to by the svakom-v6 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomV6Devices = defineDevices({
  name: 'svakom-v6',
  communication: [
    {
      transport: 'btle',
      names: ['CocoPro', 'Echo 2', 'Vick Neo 2', 'Iker Neo', 'VA617A-3', 'VA617A-4', 'ST462A'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'eafe3786-e15a-4a4d-9b85-bc6e4069c339',
    name: 'Svakom Device v6',
    features: [
      {
        id: '5f1d84f8-a44a-43dc-b6f6-8e8682909ff1',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
  configurations: [
    { id: '4901a610-9b63-47a1-a99a-521ac76e7f99', name: 'Svakom Coco Pro', identifiers: ['CocoPro'] },
    { id: '2613c099-f89f-4936-a26b-e751c8b3be28', name: 'Svakom Echo 2', identifiers: ['Echo 2'] },
    {
      id: '23bba8d3-9a07-42fc-8606-b165837adbcb',
      name: 'BeYourLover Naughty Clock Vibrator',
      identifiers: ['VA617A-3'],
    },
    {
      id: 'f46a3f0e-9d3e-4e5f-9343-bbc0acc8a095',
      name: 'Svakom Vick Neo 2',
      identifiers: ['Vick Neo 2'],
      features: [
        {
          id: '5ac07e29-37f4-4a7a-8a35-f5b2b59f3dbd',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: '263e051e-ed79-4245-b222-2d4888483849',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
      ],
    },
    {
      id: '2c295a1b-8a26-47dc-9d9c-95961e1cca1b',
      name: 'Svakom Iker Neo',
      identifiers: ['Iker Neo'],
      features: [
        {
          id: 'c19b776a-363d-4468-80ec-09bc22ebd06c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: 'cbdd56a3-1954-4db0-98c7-535096637868',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: 'b310a28e-0109-4573-bf4a-259845c518fd',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 5] } },
        },
      ],
    },
    {
      id: '1e587721-7e91-44b2-9612-f9cfd88389fc',
      name: 'BeYourLover Naughty Clock Sucker',
      identifiers: ['VA617A-4'],
      features: [
        {
          id: '38708bd1-466e-48e7-8721-8844aa177959',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
      ],
    },
    {
      id: '62e5336b-bb9e-4528-9310-5a524c76b779',
      name: 'Svakom Klitty',
      identifiers: ['ST462A'],
      features: [
        {
          id: 'e420ade4-22b0-4a72-adfc-18a5e065bb53',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: '9e9ab318-33fc-44e6-96a2-53a1d4f66665',
          index: 1,
          description: '',
          output: { Constrict: { value: [0, 3] } },
        },
        {
          id: '513fd726-9f49-4a8c-bf45-67ed2b016688',
          index: 2,
          description: '',
          output: { Rotate: { value: [0, 10] } },
        },
      ],
    },
  ],
});

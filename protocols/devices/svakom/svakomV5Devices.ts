/** Devices spoken to by the svakom-v5 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomV5Devices = defineDevices({
  name: 'svakom-v5',
  communication: [
    {
      transport: 'btle',
      names: ['Chika', 'Mora Neo', 'Trysta Neo', 'Mini Emma Neo'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '9b304bb1-b961-4948-937e-4e3ee1b429b0',
    name: 'Svakom Device v5',
    features: [
      {
        id: '4f672189-8169-4114-92cd-ed7f74427548',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      {
        id: 'bdd5e445-0d53-47c9-9b9e-c60b83d821fd',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
  configurations: [
    { id: '4ca8c463-03fc-421d-ab03-27ed6f4283da', name: 'Svakom Chika', identifiers: ['Chika'] },
    {
      id: 'b647f340-bcd1-4d9e-88ac-e064ce86b1ac',
      name: 'Svakom Mora Neo',
      identifiers: ['Mora Neo'],
      features: [
        {
          id: '7d13d266-a8f3-49b5-94d2-ac6242c40b7a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: '3b4e80ae-3ec6-4bb7-aba9-1dc48dd1614b',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: '41ecfb09-8b4c-4ec1-9f7a-29b9ff1097f7',
          index: 2,
          description: '',
          output: { Oscillate: { value: [0, 3] } },
        },
      ],
    },
    {
      id: '66d5aa90-b2aa-4552-9777-cbb80aae2b9f',
      name: 'Svakom Trysta Neo',
      identifiers: ['Trysta Neo'],
      features: [
        {
          id: '655ec2b3-ede8-4051-96da-c40eed164372',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: '4cc06c03-36d9-4b10-9d51-46417b0d7f3d',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
        {
          id: 'f62fea13-0dfb-4706-8122-9104abf9dca5',
          index: 2,
          description: '',
          output: { Oscillate: { value: [0, 3] } },
        },
      ],
    },
    {
      id: '396d37c3-dc1e-473d-85ca-95bd9583d9f5',
      name: 'Svakom Mini Emma Neo',
      identifiers: ['Mini Emma Neo'],
      features: [
        {
          id: 'd957a257-9ae2-45f1-80b2-dbcc4dc2886b',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 10] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the magic-motion-4 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const magicMotion4Devices = defineDevices({
  name: 'magic-motion-4',
  communication: [
    {
      transport: 'btle',
      names: ['funone', 'Magic Sundi', 'Kegel Coach', 'Magic Lotos', 'nyx', 'umi', 'funkegel', 'bobi2'],
      services: {
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
        '78667579-7b48-43db-b8c5-7928a6b0a335': { tx: '78667579-a914-49a4-8333-aa3c0cd8fedc' },
      },
    },
  ],
  defaults: {
    id: 'e53d8751-5993-410c-82d7-edca26dd4c65',
    name: 'Magic Motion V4 Device',
    features: [
      {
        id: 'c8ed6a4c-2dff-4be9-b1c5-b91bfd238bda',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '8ba2798a-4717-4a39-ae5c-f445eb8f4448',
        index: 1,
        description: 'battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
  configurations: [
    { id: 'ae515557-67e1-4527-bd0b-762a2fb47d9b', name: 'MagicMotion Bunny', identifiers: ['funone'] },
    { id: '0e5c564b-02cf-4665-b8e6-d938b8b8d749', name: 'MagicMotion Sundae', identifiers: ['Magic Sundi'] },
    { id: '2ecd285e-9109-403c-b38f-3784629bd7de', name: 'MagicMotion Kegel Coach', identifiers: ['Kegel Coach'] },
    { id: 'a66cd42b-c3b3-4b00-bbb2-117961a06bcd', name: 'MagicMotion Lotos', identifiers: ['Magic Lotos'] },
    { id: '69c95fd5-a9c2-4f7d-9fdc-a25f514ba290', name: 'MagicMotion Nyx', identifiers: ['nyx'] },
    {
      id: '69a69c1d-1e37-49ed-b1a4-07da72939171',
      name: 'MagicMotion Umi',
      identifiers: ['umi'],
      features: [
        {
          id: '008a3d35-9b61-4bc2-9554-c3c742f03e12',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'b24eee4d-b3c2-4ce4-8f54-433e3d2a08f5',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'fdc5dc60-ece5-4f81-801c-076b1e1bad57',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    { id: 'c22dfa34-5b4d-4c61-a972-fee67b1f60d8', name: 'MagicMotion Crystal', identifiers: ['funkegel'] },
    {
      id: '318ca3d4-0779-47e8-9580-fc3efe1a0556',
      name: 'MagicMotion Bobi',
      identifiers: ['bobi2'],
      features: [
        {
          id: '09d1b6fc-834d-4579-9bc7-79813f20d33f',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '04438678-4c82-48e1-a4fa-8dd916ee5469',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'b2b3dedf-5f7a-4069-935f-f210fdf5cafc',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the magic-motion-1 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const magicMotion1Devices = defineDevices({
  name: 'magic-motion-1',
  communication: [
    {
      transport: 'btle',
      names: [
        'Smart Mini Vibe*',
        'Flamingo',
        'Flamingo T',
        'Smart Bean',
        'Smart Bean3',
        'Magic Cell',
        'Magic Wand',
        'Fugu',
        'Fugu2',
        'Gballs2',
        'GBalls3',
        'FM-LILAC-101',
        'Xone',
        'CBT002',
      ],
      services: {
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
        '78667579-7b48-43db-b8c5-7928a6b0a335': { tx: '78667579-a914-49a4-8333-aa3c0cd8fedc' },
      },
    },
  ],
  defaults: {
    id: '2525206c-8bdc-4803-9636-79576f3e692f',
    name: 'Magic Motion V1 Device',
    features: [
      {
        id: '42173db5-95ac-49b5-8a5a-73a63d91fcec',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: 'bcaf7da8-2e98-47e3-b22c-2204daf40a27',
        index: 1,
        description: 'battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
  configurations: [
    { id: 'ef285932-0c7e-4edb-bc81-ce0c59f41c4a', name: 'MagicMotion Smart Bean', identifiers: ['Smart Bean'] },
    { id: '5adced22-1742-4e1e-bf75-225275a500b0', name: 'FitCute Kegel Rejuve', identifiers: ['Smart Bean3'] },
    {
      id: '0a69e7c1-51ca-49c1-91a3-c58debba037e',
      name: 'MagicMotion Smart Mini Vibe',
      identifiers: ['Smart Mini Vibe'],
    },
    { id: 'c006d72e-5fee-4643-b324-35fa6d56e176', name: 'MagicMotion Vini', identifiers: ['Smart Mini Vibe3'] },
    {
      id: 'efa69977-2c7b-4c0f-b9e6-ffa4d9c36630',
      name: 'MagicMotion Flamingo',
      identifiers: ['Flamingo', 'Flamingo T'],
    },
    { id: '7239ca39-f8fd-4727-940b-04483f08cfb9', name: 'MagicMotion Kegel', identifiers: ['Magic Bean'] },
    { id: '5596e91a-e336-4f26-b6da-19858be7ab67', name: 'MagicMotion Dante/Candy/Rise', identifiers: ['Magic Cell'] },
    { id: '91c15cc1-3021-44fb-a64d-3231c007705a', name: 'MagicMotion Wand', identifiers: ['Magic Wand'] },
    {
      id: '3eefb122-6f5d-4e06-99c5-a89164b1d219',
      name: 'MagicMotion Fugu',
      identifiers: ['Magic Fugu', 'Fugu', 'Fugu2'],
    },
    { id: 'a9c33895-4f0a-4ecc-a849-2e632dbc8f29', name: 'G Vibe Gballs 2', identifiers: ['Gballs2'] },
    { id: 'c802d1e6-968a-4451-86e0-248e85e3d50d', name: 'G Vibe Gballs 3', identifiers: ['GBalls3'] },
    { id: 'ef73c48c-8f6a-44e2-940a-0dd45f69cfb2', name: 'Femometer Lilac', identifiers: ['FM-LILAC-101'] },
    {
      id: 'b24d166f-b6e0-4c9b-a056-8296564b19a8',
      name: 'MagicMotion Xone',
      identifiers: ['Xone'],
      features: [
        {
          id: 'ccd72f20-d37a-4e05-bad3-122c5da80b37',
          index: 0,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: '98a2e5c4-c4de-4ac5-a9db-b3e24a24424a',
          index: 1,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    { id: 'b6dc5c46-0919-4a45-900e-f83afae8b942', name: 'FunTown Caleo', identifiers: ['CBT002'] },
  ],
});

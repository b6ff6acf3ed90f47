/** Devices spoken to by the luvmazer protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const luvmazerDevices = defineDevices({
  name: 'luvmazer',
  communication: [
    {
      transport: 'btle',
      names: [
        'TKLM-W001-BT',
        'TKLM-W003-BT-RX',
        'TKLM-C003-BT',
        'TKLM-C004-BT',
        'TKLM-C005-BT',
        'TKLM-N001-BT',
        'TKLM-C001-BT',
        'TKLM-CZ01',
      ],
      services: { '0000ffa0-0000-1000-8000-00805f9b34fb': { tx: '0000ffa1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'c6d24bef-8263-4e3b-898d-7aeb7e58cc11',
    name: 'Luvmazer Finger Magic',
    features: [
      {
        id: 'af257986-e34f-47f9-a69e-7a78afd43d31',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: '8f021f8a-a07e-4934-af3b-fa3bafd2a747',
        index: 1,
        description: '',
        output: { Rotate: { value: [0, 255] } },
      },
    ],
  },
  configurations: [
    { id: 'cb63c51d-ed29-4e07-81ce-aca8162e52ba', name: 'Luvmazer Finger Magic', identifiers: ['TKLM-W001-BT'] },
    {
      id: '54723a02-4d77-4d58-90ee-1e692768db9d',
      name: 'Luvmazer Cat Paw',
      identifiers: ['TKLM-W003-BT-RX'],
      features: [
        {
          id: '8deea69f-ea53-46bb-80ae-51dd5d49bba9',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: '5ae8bb6f-6280-4a8d-9e08-a3d5e5fb89a8',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 255] } },
        },
      ],
    },
    {
      id: '3f3cb905-d570-41dc-80ed-720762770093',
      name: 'Luvmazer Cock Ring',
      identifiers: ['TKLM-C003-BT'],
      features: [
        {
          id: '4dd378c8-a91b-400e-846b-f16e81ac5690',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: 'c04a2518-81a2-49cb-8a0a-1a5b9c163737',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
      ],
    },
    {
      id: 'd76d8d49-beca-49f3-931e-5a040b463111',
      name: 'Luvmazer Interstellar',
      identifiers: ['TKLM-C004-BT'],
      features: [
        {
          id: 'e04ad6f5-278e-4acc-b6fa-711954c2e1ab',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: '8a4f2884-887f-46e3-9a36-c0b91b1b1363',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 255] } },
        },
        {
          id: '389aa8b8-2550-462c-bd4f-1158c0981606',
          index: 2,
          description: '',
          output: { Constrict: { value: [0, 54] } },
        },
      ],
    },
    {
      id: 'bf7f9090-02a4-43b7-9752-232c97a05a49',
      name: 'Luvmazer Dildo',
      identifiers: ['TKLM-C005-BT'],
      features: [
        {
          id: 'd4559035-06e7-4ee1-a3ac-08f46abe10a8',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: '264aa9db-05ee-49dc-bf95-15ecd90bad5c',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 255] } },
        },
      ],
    },
    {
      id: '4e8fc36f-2fae-4abe-9c17-fdd207f8dd74',
      name: 'Luvmazer Fantasy Nova',
      identifiers: ['TKLM-N001-BT'],
      features: [
        {
          id: '238a4ab0-c4a1-4c48-b721-f7db31e68080',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: '5bc79997-0425-4fd8-a873-16dc0e41f621',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 255] } },
        },
        {
          id: '33f85933-87a8-407f-92bd-6e9db4458764',
          index: 2,
          description: '',
          output: { Constrict: { value: [0, 255] } },
        },
      ],
    },
    {
      id: '10030d9f-bb93-4c57-8a07-a53dabd0dde9',
      name: 'Luvmazer Rose Finger Vibe',
      identifiers: ['TKLM-C001-BT'],
      features: [
        {
          id: '66e1740f-18b6-4848-ab9e-729968b767d0',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: '2288452e-65ee-4c00-b0e4-3c75dbd1464b',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
      ],
    },
    {
      id: 'a53e908a-d157-43a1-9403-1ca1c0607318',
      name: 'Luvmazer Passion Tether Ring',
      identifiers: ['TKLM-CZ01'],
      features: [
        {
          id: 'f98578cf-e7b8-4179-bead-ce8b25290990',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: 'e9c572c7-40cc-467a-a6be-f0931c71e479',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
      ],
    },
  ],
});

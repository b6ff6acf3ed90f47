/** Devices spoken to by the luvmazer protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const luvmazerDevices = defineDevices({
  name: 'luvmazer',
  communication: [
    {
      transport: 'btle',
      names: ['TKLM-W001-BT', 'TKLM-W003-BT-RX', 'TKLM-C003-BT', 'TKLM-C004-BT', 'TKLM-C005-BT'],
      services: {
        '0000ffa0-0000-1000-8000-00805f9b34fb': { tx: '0000ffa1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: 'c6d24bef-8263-4e3b-898d-7aeb7e58cc11',
    name: 'Luvmazer Finger Magic',
    features: [
      feature(0, 'af257986-e34f-47f9-a69e-7a78afd43d31', { output: { Vibrate: [0, 255] } }),
      feature(1, '8f021f8a-a07e-4934-af3b-fa3bafd2a747', { output: { Rotate: [0, 255] } }),
    ],
  },
  configurations: [
    {
      id: 'cb63c51d-ed29-4e07-81ce-aca8162e52ba',
      name: 'Luvmazer Finger Magic',
      identifiers: ['TKLM-W001-BT'],
    },
    {
      id: '54723a02-4d77-4d58-90ee-1e692768db9d',
      name: 'Luvmazer Cat Paw',
      identifiers: ['TKLM-W003-BT-RX'],
      features: [
        feature(0, '8deea69f-ea53-46bb-80ae-51dd5d49bba9', { output: { Vibrate: [0, 255] } }),
        feature(1, '5ae8bb6f-6280-4a8d-9e08-a3d5e5fb89a8', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '3f3cb905-d570-41dc-80ed-720762770093',
      name: 'Luvmazer Cock Ring',
      identifiers: ['TKLM-C003-BT'],
      features: [
        feature(0, '4dd378c8-a91b-400e-846b-f16e81ac5690', { output: { Vibrate: [0, 255] } }),
        feature(1, 'c04a2518-81a2-49cb-8a0a-1a5b9c163737', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'd76d8d49-beca-49f3-931e-5a040b463111',
      name: 'Luvmazer Interstellar',
      identifiers: ['TKLM-C004-BT'],
      features: [
        feature(0, 'e04ad6f5-278e-4acc-b6fa-711954c2e1ab', { output: { Vibrate: [0, 255] } }),
        feature(1, '8a4f2884-887f-46e3-9a36-c0b91b1b1363', { output: { Oscillate: [0, 255] } }),
        feature(2, '389aa8b8-2550-462c-bd4f-1158c0981606', { output: { Constrict: [0, 54] } }),
      ],
    },
    {
      id: 'bf7f9090-02a4-43b7-9752-232c97a05a49',
      name: 'Luvmazer Dildo',
      identifiers: ['TKLM-C005-BT'],
      features: [
        feature(0, 'd4559035-06e7-4ee1-a3ac-08f46abe10a8', { output: { Vibrate: [0, 255] } }),
        feature(1, '264aa9db-05ee-49dc-bf95-15ecd90bad5c', { output: { Oscillate: [0, 255] } }),
      ],
    },
  ],
});

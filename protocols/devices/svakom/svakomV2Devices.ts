/** Devices spoken to by the svakom-v2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomV2Devices = defineDevices({
  name: 'svakom-v2',
  communication: [
    {
      transport: 'btle',
      names: [
        '116',
        '117',
        'Edeny',
        '118',
        'Viviana',
        'Ella NEO',
        'S38A',
        'Vick NEO',
        'Vick Neo',
        'STG05A',
        'QH-SJ007A',
        'Cici 2',
        'Emma Neo 2',
      ],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'b1189537-2ef1-452b-b6b8-e8e0ba823156',
    name: 'Svakom Device v2',
    features: [
      {
        id: '4a225b9d-94c6-437a-a038-3deb4ded5bc5',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
    ],
  },
  configurations: [
    { id: '11905923-4084-4efb-9ac3-a6eba2bf4190', name: 'Svakom Phoenix Neo', identifiers: ['116'] },
    { id: '4bbda06f-ca32-4d34-a11f-d91d8987dc6d', name: 'Svakom Viviana', identifiers: ['Viviana'] },
    { id: '87419e85-5570-41f0-84f2-7f15b138326d', name: 'Svakom Ella Neo', identifiers: ['Ella NEO'] },
    { id: '448ee908-2abc-46cb-aa3f-732830a25139', name: 'Svakom Edeny', identifiers: ['117', 'Edeny'] },
    { id: 'b2c3e1ed-0c66-49d7-859d-7c9677c66297', name: 'Svakom Tammy Pro', identifiers: ['S38A'] },
    { id: 'c37b8380-dd41-4fd1-8310-8c24230658bf', name: 'Svakom Vick Neo', identifiers: ['Vick NEO', 'Vick Neo'] },
    { id: '63893174-b1fd-4ad3-940f-fbbb939ffa57', name: 'Svakom Aravinda', identifiers: ['STG05A'] },
    { id: 'a61ae863-a8fc-4708-b313-b36385926dbf', name: 'ToyCod Vanesia', identifiers: ['118'] },
    { id: 'f0609171-5e85-4800-adee-a43ef2e3826a', name: 'Svakom Winni 2', identifiers: ['QH-SJ007A'] },
    { id: '5c03568c-9318-4648-b149-b0fc716d5605', name: 'Svakom Cici 2', identifiers: ['Cici 2'] },
    { id: 'a3c23c99-09e7-47d4-898b-9581dfc1f28b', name: 'Svakom Emma Neo 2', identifiers: ['Emma Neo 2'] },
  ],
});

/** Devices spoken to by the kiiroo-v1 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooV1Devices = defineDevices({
  name: 'kiiroo-v1',
  communication: [
    {
      transport: 'btle',
      names: ['ONYX', 'PEARL'],
      services: {
        '49535343-fe7d-4ae5-8fa9-9fafd205e455': {
          command: '49535343-aca3-481c-91ec-d85e28a60318',
          rx: '49535343-1e4d-4bd9-ba61-23c647249616',
          tx: '49535343-8841-43f4-a8d4-ecbe34729bb3',
        },
      },
    },
  ],
  defaults: { id: 'dec656b7-b312-4626-9811-fe2d51ed1242', name: 'Kiiroo V1 Device', features: [] },
  configurations: [
    {
      id: 'aa35c397-8827-44c8-bc9f-a9acc234fba5',
      name: 'Kiiroo Pearl',
      identifiers: ['PEARL'],
      features: [
        {
          id: '31eee57b-a1d8-49de-ac72-0dba46885a28',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 4] } },
        },
      ],
    },
    {
      id: 'f01513ef-a0c9-412d-ae70-b965b65379a8',
      name: 'Kiiroo Onyx',
      identifiers: ['ONYX'],
      features: [
        {
          id: '2fe100ee-4665-4132-b4c6-d70a4037d6ac',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 4], duration: [0, 100000] } },
        },
      ],
    },
  ],
});

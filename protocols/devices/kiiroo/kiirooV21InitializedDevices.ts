/** Devices spoken to by the kiiroo-v21-initialized protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooV21InitializedDevices = defineDevices({
  name: 'kiiroo-v21-initialized',
  communication: [
    {
      transport: 'btle',
      names: ['Rey', 'We-Vibe Rocketman', 'Realm1.1', 'Onyx2.1', 'Onyx+', 'KEON', 'Keon R2'],
      services: {
        '00001900-0000-1000-8000-00805f9b34fb': {
          rx: '00001903-0000-1000-8000-00805f9b34fb',
          tx: '00001902-0000-1000-8000-00805f9b34fb',
          whitelist: '00001901-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: { id: 'bd9c7fa4-214b-4871-8373-c5266ace0b90', name: 'Kiiroo V2.1 Initialized Device', features: [] },
  configurations: [
    {
      id: 'eac00879-448c-46ed-aaa5-efe86226fb48',
      name: 'Kiiroo Onyx 2.1',
      identifiers: ['Onyx2.1'],
      features: [
        {
          id: '8cd94334-adde-4d9b-aad9-c2de93adb2c0',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        },
      ],
    },
    {
      id: '40dafef9-ef94-4b03-8b8a-e9d7e9fef317',
      name: 'Kiiroo Onyx+',
      identifiers: ['Onyx+'],
      features: [
        {
          id: 'c66d882d-f752-45b4-806e-166d3e160eb8',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        },
      ],
    },
    {
      id: 'f3675b2e-d7b8-463b-8b91-30a5ebef24f4',
      name: 'Kiiroo Keon',
      identifiers: ['KEON', 'Keon R2'],
      features: [
        {
          id: 'da002a11-610a-4e13-94c5-4c45d51814f2',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        },
      ],
    },
    {
      id: 'd2fde950-8e0a-4231-8ebc-5c39dcf3349f',
      name: 'Kiiroo Onyx+ Realm Edition',
      identifiers: ['Rey', 'We-Vibe Rocketman', 'Realm1.1'],
      features: [
        {
          id: '8c896f82-2e17-46f9-9db2-531cc7e42236',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the itoys protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const itoysDevices = defineDevices({
  name: 'itoys',
  communication: [
    {
      transport: 'btle',
      names: ['26-021-B', 'SML-2310-SZ-B', 'ASF-001-BT-R', 'IJVB-W10-BT-RX', 'YSSY-073-BT'],
      services: { '0000ffa0-0000-1000-8000-00805f9b34fb': { tx: '0000ffa1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '5c58b967-b75f-4f5d-99ef-f581b2579918',
    name: 'iToys Device',
    features: [
      { id: '5f1a3edb-6015-404a-865a-c3ee2d568ed4', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
  configurations: [
    { id: '2eafb465-e72a-4acd-9344-b9e13fc1f2ed', name: 'iToys Seagull', identifiers: ['26-021-B'] },
    {
      id: 'f0458e98-a317-4b1c-af82-bb3f163aeff3',
      name: 'iToys Twinkling Stars',
      identifiers: ['SML-2310-SZ-B'],
      features: [
        {
          id: '07601b03-2dc3-4996-aaa7-d23b5aa793f5',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 3] } },
        },
        {
          id: '6d3f5346-4947-41b1-847e-39cd2f485a0a',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 255] } },
        },
      ],
    },
    {
      id: '0108797c-1cea-486d-9ed5-3b4412fb6593',
      name: 'Defyeah Horizontal Sex Machine ASFO16',
      identifiers: ['ASF-001-BT-R'],
      features: [
        {
          id: 'c742d608-2110-4377-aaea-7173d7f1dc83',
          index: 0,
          description: '',
          output: { Oscillate: { value: [0, 255] } },
        },
      ],
    },
    {
      id: 'abb51f0e-7962-454e-8584-12099258e1f1',
      name: 'Bestvibe Rotational Vibration',
      identifiers: ['IJVB-W10-BT-RX'],
      features: [
        {
          id: '235cd946-2e47-4ec6-9a5c-93ba9618cdd8',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 3] } },
        },
        {
          id: '8149e48b-847f-4744-8dc6-fb263637b60d',
          index: 1,
          description: '',
          output: { Rotate: { value: [0, 3] } },
        },
      ],
    },
    {
      id: '4a6ae74b-9960-4bec-9ef3-45cb5c0191e0',
      name: 'iToys Lach',
      identifiers: ['YSSY-073-BT'],
      features: [
        {
          id: 'fc4214cc-3876-4d80-bc1c-9a42fbfb9f56',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 255] } },
        },
        {
          id: '43f5a752-fe61-4024-8eff-b2a5f9ef495a',
          index: 1,
          description: '',
          output: { Constrict: { value: [0, 1] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the itoys protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const itoysDevices = defineDevices({
  name: 'itoys',
  communication: [
    {
      transport: 'btle',
      names: ['26-021-B', 'SML-2310-SZ-B', 'ASF-001-BT-R'],
      services: {
        '0000ffa0-0000-1000-8000-00805f9b34fb': { tx: '0000ffa1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '5c58b967-b75f-4f5d-99ef-f581b2579918',
    name: 'iToys Device',
    features: [feature(0, '5f1a3edb-6015-404a-865a-c3ee2d568ed4', { output: { Vibrate: [0, 3] } })],
  },
  configurations: [
    {
      id: '2eafb465-e72a-4acd-9344-b9e13fc1f2ed',
      name: 'iToys Seagull',
      identifiers: ['26-021-B'],
    },
    {
      id: 'f0458e98-a317-4b1c-af82-bb3f163aeff3',
      name: 'iToys Twinkling Stars',
      identifiers: ['SML-2310-SZ-B'],
      features: [
        feature(0, '07601b03-2dc3-4996-aaa7-d23b5aa793f5', { output: { Vibrate: [0, 3] } }),
        feature(1, '6d3f5346-4947-41b1-847e-39cd2f485a0a', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '0108797c-1cea-486d-9ed5-3b4412fb6593',
      name: 'Defyeah Horizontal Sex Machine ASFO16',
      identifiers: ['ASF-001-BT-R'],
      features: [feature(0, 'c742d608-2110-4377-aaea-7173d7f1dc83', { output: { Oscillate: [0, 255] } })],
    },
  ],
});

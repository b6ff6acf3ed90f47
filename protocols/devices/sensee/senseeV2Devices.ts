/** Devices spoken to by the sensee-v2 protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const senseeV2Devices = defineDevices({
  name: 'sensee-v2',
  communication: [
    {
      transport: 'btle',
      names: [
        'CCPA10S2',
        'CCPA18S5',
        'Easylive NO8 Cup',
        'CTY508S5',
        'CTY916S4',
        'PTYB22S2',
        'CCP322S5',
        'CTY823S5',
        'qingnan#16',
        'CCPB22S5',
        'CCP324S2',
      ],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '0000fff4-0000-1000-8000-00805f9b34fb',
          tx: '0000fff5-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'd7ba651e-88d6-4452-9fa5-1562b8d8be2a',
    name: 'Sensee Device',
    features: [
      feature(0, 'b5865307-0de8-4dd9-bb1a-69e1c2f3c39c', { output: { Vibrate: [0, 100] } }),
      feature(1, 'cd11ed14-d9ea-4c11-b454-41e5c697f70b', { output: { Constrict: [0, 100] } }),
    ],
  },
  configurations: [
    {
      id: '4629e2a0-553f-4178-a378-8a9a5e88b038',
      name: 'Sensee Capsule',
      identifiers: ['CCPA10S2'],
    },
    {
      id: 'e9be0c9a-43d9-4e95-9d1d-67e22f940a5f',
      name: 'Sensee Astronaut',
      identifiers: ['CCPA18S5'],
    },
    {
      id: '72dcac71-472d-47bc-a408-60567765836c',
      name: 'Sensee No8',
      identifiers: ['Easylive NO8 Cup'],
      features: [
        feature(0, '1094606e-1407-4249-979c-98d6a6abf97c', { output: { Vibrate: [0, 100] } }),
        feature(1, '542d9822-9617-472c-953b-c9519a59aaac', { output: { Oscillate: [0, 100] } }),
      ],
    },
    {
      id: 'b925cadb-6aef-4896-8b97-1dfa44702a9e',
      name: 'Easylive Vader',
      identifiers: ['CCP322S5'],
      features: [
        feature(0, '4a6f2a58-1760-42e6-ae17-6e0c4880a48c', { output: { Vibrate: [0, 100] } }),
        feature(1, 'aeab494e-3312-49bd-8f1f-599e3bab7f4d', { output: { Oscillate: [0, 100] } }),
      ],
    },
    {
      id: 'fea99f9b-97da-44cf-a898-17e65abf86e3',
      name: 'Sensee Voice-Interactive Female Vibrator',
      identifiers: ['CTY508S5'],
      features: [
        feature(0, 'c9600c27-1302-449c-9a07-268d59f818f3', { output: { Vibrate: [0, 100] } }),
        feature(1, '377780e3-e3bd-4fe0-a345-6389eb32fbbe', { output: { Oscillate: [0, 100] } }),
      ],
    },
    {
      id: 'eca4db2b-f7ff-4d59-b73d-f2124786fceb',
      name: 'Sensee Moonlight',
      identifiers: ['PTYB22S2'],
      features: [
        feature(0, '5c8664fd-1113-4d8b-af64-d42f6f303c3e', { output: { Vibrate: [0, 100] } }),
        feature(1, '848628c7-b34e-4af4-894f-7f51645dea6a', { output: { Constrict: [0, 100] } }),
      ],
    },
    {
      id: '4e2ffbbe-8f8f-4593-9eab-3409d85645a2',
      name: 'Sensee Little Seahorse',
      identifiers: ['CTY823S5'],
      features: [
        feature(0, '87712e50-fd72-4a3c-b122-ea3866e0942a', { output: { Vibrate: [0, 100] } }),
        feature(1, '2a7ce324-34dd-477c-b3e2-6a6632ee4b59', { output: { Constrict: [0, 100] } }),
      ],
    },
    {
      id: 'f8032396-8384-448f-88e9-4c754d4ae12e',
      name: 'Sensee Dream Stick',
      identifiers: ['CTY916S4'],
      features: [
        feature(0, '631815ee-37e9-4de6-9b33-971b9135c718', { output: { Oscillate: [0, 100] } }),
        feature(1, '864ef211-1635-41bc-9618-e3989f540287', { output: { Vibrate: [0, 100] } }),
      ],
    },
    {
      id: '00dc1d7e-9ede-4ae5-95f6-bd70363de806',
      name: 'Qingnan #16',
      identifiers: ['qingnan#16'],
      features: [feature(0, '4464ae6b-20bc-4c99-9e63-bfda99b7c8cc', { output: { Constrict: [0, 100] } })],
    },
    {
      id: '7fb6eb8a-e73a-42bb-a0d3-0db8bb9cd753',
      name: 'Sensee Markel',
      identifiers: ['CCPB22S5'],
      features: [
        feature(0, 'a086709c-4982-443d-9c0f-fc4c4f5ef966', { output: { Vibrate: [0, 100] } }),
        feature(1, '09a0b5f8-7c5c-4a84-a4d8-de466821c794', { output: { Oscillate: [0, 100] } }),
        feature(2, 'f9ed8f8c-633e-47dd-8594-f90402afda2a', { output: { Constrict: [0, 100] } }),
      ],
    },
    {
      id: '3c3bf2f9-6ef7-4ed6-a274-e0e1105d242b',
      name: 'Easylive Gamer',
      identifiers: ['CCP324S2'],
      features: [
        feature(0, 'cd6b7fa7-bbeb-495b-b734-816a0fc47df3', { output: { Vibrate: [0, 100] } }),
        feature(1, 'f26498e5-1d90-40a9-9097-fe9ceaaeee26', { output: { Oscillate: [0, 100] } }),
      ],
    },
  ],
});

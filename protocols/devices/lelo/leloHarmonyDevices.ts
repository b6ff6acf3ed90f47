/** Devices spoken to by the lelo-harmony protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const leloHarmonyDevices = defineDevices({
  name: 'lelo-harmony',
  communication: [
    {
      transport: 'btle',
      names: ['IdaWave', 'Ida Wave', 'TianiHarmony', 'Tiani Harmony', 'TOR3', 'Hugo2', 'DoubleSonic', 'GIGI3', 'LIV3'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          command: '0000fff1-0000-1000-8000-00805f9b34fb',
          tx: '0000fff2-0000-1000-8000-00805f9b34fb',
          whitelist: '00000a11-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '3bde5251-e810-418a-9ebf-8c3a50684d9a',
    name: 'Lelo Tiani Harmony',
    features: [
      feature(0, '0cf2b478-2235-4f83-897c-d8bbebb822e8', { output: { Vibrate: [0, 100] } }),
      feature(1, '0c89262b-0fcd-48c9-9492-a79758da781f', { output: { Vibrate: [0, 100] } }),
    ],
  },
  configurations: [
    {
      id: 'a9de3981-7e0d-4b07-b8a9-10031bb6ddae',
      name: 'Lelo Ida Wave',
      identifiers: ['IdaWave', 'Ida Wave'],
      features: [
        feature(0, 'c887327d-e635-4086-83dc-2f21286f485c', { output: { Vibrate: [0, 100] } }),
        feature(1, '5bd48a1d-992e-4c69-ae74-ed94505eec58', { output: { Rotate: [0, 100] } }),
      ],
    },
    {
      id: 'e0104054-fba7-4ba2-b51f-0f3d95aee1ba',
      name: 'Lelo Tor 3',
      identifiers: ['TOR3'],
      features: [feature(0, 'd0c39af5-62b4-4bfe-a0bb-71f5c2e86c99', { output: { Vibrate: [0, 100] } })],
    },
    {
      id: '7d302aee-23cd-4681-b9fc-1275250e8a03',
      name: 'Lelo Hugo 2',
      identifiers: ['Hugo2'],
    },
    {
      id: 'c6bf86e6-1054-4c14-a3bb-d415edf81834',
      name: 'Lelo Enigma Double Sonic',
      identifiers: ['DoubleSonic'],
      features: [
        feature(0, '8a9d2c49-1486-4515-a0a4-320c9c903ccc', { output: { Vibrate: [0, 100] } }),
        feature(1, '6fdbe4ae-f0fc-44e0-b0a4-cbb56dee61d8', { output: { Rotate: [0, 100] } }),
      ],
    },
    {
      id: 'e722ba98-5c2d-4f77-a56d-ac72b213ed53',
      name: 'Lelo Gigi 3',
      identifiers: ['GIGI3'],
      features: [feature(0, 'ea1ca70a-b3e9-41ba-8863-3f74156fef87', { output: { Vibrate: [0, 100] } })],
    },
    {
      id: '0daa8498-172c-47bc-b6c4-57414589509b',
      name: 'Lelo Liv 3',
      identifiers: ['LIV3'],
      features: [feature(0, '1599b3d9-055d-4c9b-a1fe-7cef1fac4c9e', { output: { Vibrate: [0, 100] } })],
    },
  ],
});

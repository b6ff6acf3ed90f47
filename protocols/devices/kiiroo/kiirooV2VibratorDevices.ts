/** Devices spoken to by the kiiroo-v2-vibrator protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooV2VibratorDevices = defineDevices({
  name: 'kiiroo-v2-vibrator',
  communication: [
    {
      transport: 'btle',
      names: ['Pearl2', 'Fuse', 'Virtual Blowbot', 'Titan', 'Virtual Rabbit'],
      services: {
        '88f82580-0000-01e6-aace-0002a5d5c51b': {
          rxaccel: '88f82584-0000-01e6-aace-0002a5d5c51b',
          rxtouch: '88f82582-0000-01e6-aace-0002a5d5c51b',
          tx: '88f82581-0000-01e6-aace-0002a5d5c51b',
        },
      },
    },
  ],
  defaults: {
    id: '7dd84343-dfa3-4436-88b8-d3b3cca14064',
    name: 'Kiiroo V2 Vibrator Device',
    features: [
      {
        id: '9a7b7a0b-6601-48d6-adfe-0b39a6f152a8',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: 'b1c6be0a-efc9-4327-8103-5315ebf3ac95',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '33fd2145-87d1-48fd-aaa9-0188b218d444',
        index: 2,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    {
      id: '7581a2c2-0d94-45b4-b427-4a52b0ae3dea',
      name: 'Kiiroo Pearl 2',
      identifiers: ['Pearl2'],
      features: [
        {
          id: 'e0374b68-eb67-4ecd-b566-8ca8bb74ce68',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '31e26147-c9af-45f0-8ee1-edd6c9f9e22e',
      name: 'OhMiBod Fuse',
      identifiers: ['Fuse'],
      features: [
        {
          id: '49587cee-c54e-41ab-9d70-0687ba4e6fec',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'a44beeed-4997-4e52-badc-7e1321338fbc',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '0dbe6911-f95f-4abb-9550-5041a21f2ede',
      name: 'PornHub Virtual Rabbit',
      identifiers: ['Virtual Rabbit'],
      features: [
        {
          id: 'de373981-ea04-4afb-8e58-15e392c7cbdf',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'db2f18c1-0a5f-40b2-b825-ac5a6932334e',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'd78facf3-706c-44ec-98e8-c4e7baba5966',
      name: 'PornHub Virtual Blowbot',
      identifiers: ['Virtual Blowbot'],
      features: [
        {
          id: '35c2cebd-e539-42f6-be6a-15398bb60a22',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'f6ac9d49-3d48-4709-83ac-2ae0eb5ec74b',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '1e1fb78c-a3bd-4782-8a96-684bbbaa4670',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'b588d818-be20-4f01-b3ef-5383f6b60684',
      name: 'Kiiroo Titan',
      identifiers: ['Titan'],
      features: [
        {
          id: '5c535532-d02d-4acf-9482-fb17a5bc02ad',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '7a5a79b2-ff14-4ee6-ad91-d40649ca9d98',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '9fc946db-8889-403b-b7e1-ce86614b8176',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

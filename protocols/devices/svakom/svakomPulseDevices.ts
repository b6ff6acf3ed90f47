/** Devices spoken to by the svakom-pulse protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomPulseDevices = defineDevices({
  name: 'svakom-pulse',
  communication: [
    {
      transport: 'btle',
      names: [
        'SWK-SX013A',
        'Pulse Union',
        'Pulse Galaxie',
        'SX033APP',
        'SX033A',
        'BX288A',
        'QH-SX045A-B',
        'SWK-SX067-B',
        'QH-HX029A-B',
        'HX013H',
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
    id: '91a8f7f5-d774-4beb-ad76-9864b3a46597',
    name: 'Svakom Pulse Device',
    features: [
      { id: '0ee3c15e-b05d-4c97-bb4a-523a5475c520', index: 0, description: '', output: { Vibrate: { value: [0, 9] } } },
    ],
  },
  configurations: [
    {
      id: '5b9918c8-af63-409f-9749-f5e6faf2dca0',
      name: 'Svakom Pulse Lite Neo',
      identifiers: ['SWK-SX013A', 'HX013H'],
    },
    { id: 'f40b1405-cf40-43c5-a568-24e3d2d70c65', name: 'Svakom Pulse Union', identifiers: ['Pulse Union'] },
    { id: 'cd29302f-31f9-4c9f-aa12-ab381f941e82', name: 'Svakom Pulse Galaxie', identifiers: ['Pulse Galaxie'] },
    { id: 'ccb6ce6f-5dc7-4ce4-bd31-3e8f3af14a4b', name: 'Svakom Mimiki', identifiers: ['SX033APP', 'SX033A'] },
    { id: 'ea05be83-2991-4cb5-8ad0-b108e0a52a5a', name: 'BeYourLover Kyukyu', identifiers: ['BX288A'] },
    { id: '8abdd83e-af93-4f82-b240-d9eeed81e976', name: 'Coleur Dor VX045A', identifiers: ['QH-SX045A-B'] },
    { id: 'db486014-b4da-4cad-90f4-2ba53a36e335', name: 'Momonii Agatha', identifiers: ['SWK-SX067-B'] },
    { id: 'b9851f7f-ddc8-4df5-ad81-3071ec9daab1', name: 'Coleur Dor HX029A', identifiers: ['QH-HX029A-B'] },
  ],
});

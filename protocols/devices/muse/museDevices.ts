/** Devices spoken to by the muse protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const museDevices = defineDevices({
  name: 'muse',
  communication: [
    {
      transport: 'btle',
      names: ['WB-ZDB-WST', 'WB-TDD'],
      services: { '0000aaa0-0000-1000-8000-00805f9b34fb': { tx: '0000aaa1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '94e9d8e0-94cc-42f5-b14d-c55cc91e2e68',
    name: 'Muse Device',
    features: [
      { id: '6dcc57e0-8a30-4e90-ba9e-4b8dd488d166', index: 0, description: '', output: { Vibrate: { value: [0, 9] } } },
    ],
  },
  configurations: [
    { id: '48b17c67-fb1f-40c7-8dcb-b67dfb041afc', name: 'Dream Lover Archer 2', identifiers: ['WB-ZDB-WST'] },
    { id: 'dd40210e-1523-4d61-bdaf-3827635fb181', name: 'Galaku Panty Vib', identifiers: ['WB-TDD'] },
  ],
});

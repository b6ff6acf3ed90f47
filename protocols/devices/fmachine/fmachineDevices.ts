/** Devices spoken to by the fmachine protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const fmachineDevices = defineDevices({
  name: 'fmachine',
  communication: [
    {
      transport: 'btle',
      names: ['FM-*'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '0000fff4-0000-1000-8000-00805f9b34fb',
          tx: '0000fff1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '5bef333e-15a5-4278-bf70-4df237f3a147',
    name: 'F-Machine Device',
    features: [
      {
        id: 'ab786223-1102-42be-8622-f41dcc4c1e21',
        index: 0,
        description: 'Fucking Machine Oscillation Speed',
        output: { Oscillate: { value: [0, 28] } },
      },
    ],
  },
  configurations: [
    { id: '5d8865bf-5842-46d2-bbc7-06fe77d26c20', name: 'F-Machine Gigolo BT-R', identifiers: ['FM-G'] },
    { id: '49c5eb8c-c46b-44dc-b364-a6a90e10a38e', name: 'F-Machine Tremblr BT-R', identifiers: ['FM-T'] },
    { id: 'fee761a8-c6c7-42f3-820b-6b5fa2c4ae5d', name: 'F-Machine Alpha', identifiers: ['FM-A'] },
  ],
});

/** Devices spoken to by the kgoal-boost protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kgoalBoostDevices = defineDevices({
  name: 'kgoal-boost',
  communication: [
    {
      transport: 'btle',
      names: ['Boost'],
      services: {
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
        '8e7c6065-7656-17ad-1b41-b53d1a548e0d': { rxpressure: '10c2be2d-d2d5-b7a8-5f42-e2468c9ebbf5' },
      },
    },
  ],
  defaults: {
    id: '1835b668-d778-4552-b75a-95053e06cd5c',
    name: 'KGoal Boost',
    features: [
      {
        id: 'a5998ca1-c33e-4739-8203-0d6050b215bf',
        index: 0,
        description: 'Pressure (Normalized)',
        input: { Pressure: { value: [[0, 2000]], command: ['Subscribe'] } },
      },
      {
        id: 'da5ae965-a607-467a-bb62-c09d8e438205',
        index: 1,
        description: 'Pressure (Raw)',
        input: { Pressure: { value: [[0, 2000]], command: ['Subscribe'] } },
      },
      {
        id: '59d2de82-3acf-4316-982f-c2b570afd297',
        index: 2,
        description: 'Battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
});

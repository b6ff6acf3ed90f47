/** Devices spoken to by the svakom-fatima protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomFatimaDevices = defineDevices({
  name: 'svakom-fatima',
  communication: [
    {
      transport: 'btle',
      names: ['SL278B'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'e0422082-c98c-4ed6-b341-697de6a30eed',
    name: 'Svakom Fatima Pro',
    features: [
      {
        id: '86aa193e-03ec-49ac-9ffa-2fd2a1632fee',
        index: 0,
        description: 'Vibration',
        output: { Vibrate: { value: [0, 10] } },
      },
      {
        id: 'dbbc3a0a-5a7e-438c-8264-21a766fdc5eb',
        index: 1,
        description: 'Suction',
        output: { Constrict: { value: [0, 10] } },
      },
      {
        id: '5d3a1b4a-6d5c-4cea-a39a-64f5128c4d0c',
        index: 2,
        description: 'Thrust',
        output: { Oscillate: { value: [0, 7] } },
      },
      {
        id: '3c0b4b9f-2a7a-407c-9405-c55db53c1c6f',
        index: 3,
        description: 'Heat',
        output: { Temperature: { value: [0, 1] } },
      },
    ],
  },
  configurations: [{ id: '332925f9-d550-4a67-ad1b-d5a6ebc47876', name: 'Svakom Fatima Pro', identifiers: ['SL278B'] }],
});

/** Devices spoken to by the svakom-alex-v2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomAlexV2Devices = defineDevices({
  name: 'svakom-alex-v2',
  communication: [
    {
      transport: 'btle',
      names: ['Alex NEO 2', 'S63E Alex NEO 2'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '632c2055-3c47-439d-8fcc-e3ee0b0288e5',
    name: 'Svakom Alex Neo 2',
    features: [
      { id: '807083a6-aca2-499d-84c0-fe1e8884f222', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
    ],
  },
});

/** Devices spoken to by the svakom-barnard protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomBarnardDevices = defineDevices({
  name: 'svakom-barnard',
  communication: [
    {
      transport: 'btle',
      names: ['DG239A'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'aaebe699-02dd-461f-879d-c71da8c2d892',
    name: 'Fantasy Cup Barnard',
    features: [
      { id: '7abda591-db6f-492c-a781-5f90d648b561', index: 0, description: '', output: { Vibrate: { value: [0, 3] } } },
      {
        id: '5ec8c88b-bd24-4e94-bec1-467735a74b80',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 3] } },
      },
    ],
  },
});

/** Devices spoken to by the sexverse-v5 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sexverseV5Devices = defineDevices({
  name: 'sexverse-v5',
  communication: [
    {
      transport: 'btle',
      names: ['CBW02', 'CB-WXW03'],
      services: { '0000ffcb-0000-1000-8000-00805f9b34fb': { tx: '0000cb02-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '783bc287-528c-4c58-a7ec-47a49304309e',
    name: 'Sexverse Heart',
    features: [
      {
        id: '140be13c-4cb3-407f-9597-e03f046f1c1a',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [{ id: 'd3c4665b-d5bd-4144-ac20-b40a11a839d1', name: 'Hannibal Kona', identifiers: ['CB-WXW03'] }],
});

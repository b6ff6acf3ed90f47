/** Devices spoken to by the sexverse-v5 protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const sexverseV5Devices = defineDevices({
  name: 'sexverse-v5',
  communication: [
    {
      transport: 'btle',
      names: ['CBW02', 'CB-WXW03'],
      services: {
        '0000ffcb-0000-1000-8000-00805f9b34fb': { tx: '0000cb02-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '783bc287-528c-4c58-a7ec-47a49304309e',
    name: 'Sexverse Heart',
    features: [feature(0, '140be13c-4cb3-407f-9597-e03f046f1c1a', { output: { Vibrate: [0, 100] } })],
  },
});

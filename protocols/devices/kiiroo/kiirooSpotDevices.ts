/** Devices spoken to by the kiiroo-spot protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooSpotDevices = defineDevices({
  name: 'kiiroo-spot',
  communication: [
    {
      transport: 'btle',
      names: ['SPOT W1'],
      services: {
        '00001400-0000-1000-8000-00805f9b34fb': { tx: '00001401-0000-1000-8000-00805f9b34fb' },
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '850e3d26-54df-4eb3-879e-e6f6aa93d335',
    name: 'Kiiroo Spot',
    features: [
      {
        id: 'a047482e-01d1-477a-bf67-71c1ee667f94',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '5171bb1b-b234-4a56-96ae-d592d3065d00',
        index: 1,
        description: 'battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
});

/** Devices spoken to by the kiiroo-spot-v2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooSpotV2Devices = defineDevices({
  name: 'kiiroo-spot-v2',
  communication: [
    {
      transport: 'btle',
      names: ['SPOT W2'],
      services: {
        '00001400-0000-1000-8000-00805f9b34fb': { tx: '00001801-0000-1000-8000-00805f9b34fb' },
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '91d3c325-8bbd-4843-a61d-e7175d14fae2',
    name: 'Kiiroo Spot 2',
    features: [
      {
        id: '296348ed-8bfa-45d2-a4f4-771a54580eb1',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: 'adec0f91-dbb1-49d3-a135-8d1b7f8e76b1',
        index: 1,
        description: 'battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
});

/** Devices spoken to by the kiiroo-prowand protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooProwandDevices = defineDevices({
  name: 'kiiroo-prowand',
  communication: [
    {
      transport: 'btle',
      names: ['ProWand', 'Luxus'],
      services: {
        '00001400-0000-1000-8000-00805f9b34fb': { tx: '00001401-0000-1000-8000-00805f9b34fb' },
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: 'd1675d72-6d25-4cc4-99dc-a42e4e4fee97',
    name: 'Kiiroo ProWand',
    features: [
      {
        id: '2e585349-127b-4536-85b7-9d5b90e44df4',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: 'ad812cb2-e04a-4656-9103-a80766601455',
        index: 1,
        description: 'battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
  configurations: [{ id: 'a857e95b-3d5a-4034-92d2-7105c4febb8e', name: 'Luxus', identifiers: ['Luxus'] }],
});

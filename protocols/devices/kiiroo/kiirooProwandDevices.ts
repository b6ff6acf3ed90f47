/** Devices spoken to by the kiiroo-prowand protocol: how they are found and the models it knows. */
import { batteryInput, defineDevices, feature } from '../../config/deviceData.js';

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
      feature(0, '2e585349-127b-4536-85b7-9d5b90e44df4', { output: { Vibrate: [0, 255] } }),
      feature(1, 'ad812cb2-e04a-4656-9103-a80766601455', {
        description: 'battery Level',
        input: { Battery: batteryInput },
      }),
    ],
  },
  configurations: [
    {
      id: 'a857e95b-3d5a-4034-92d2-7105c4febb8e',
      name: 'Luxus',
      identifiers: ['Luxus'],
    },
  ],
});

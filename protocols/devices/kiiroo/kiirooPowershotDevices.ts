/** Devices spoken to by the kiiroo-powershot protocol: how they are found and the models it knows. */
import { batteryInput, defineDevices, feature } from '../../config/deviceData.js';

export const kiirooPowershotDevices = defineDevices({
  name: 'kiiroo-powershot',
  communication: [
    {
      transport: 'btle',
      names: ['PowerShot'],
      services: {
        '00001400-0000-1000-8000-00805f9b34fb': {
          rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb',
          tx: '00001801-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '1929575e-bc47-4db8-bee2-f9fc60c438b5',
    name: 'Kiiroo PowerShot',
    features: [
      feature(0, '8829c78b-420c-42e0-bc3e-280f84c89362', { output: { Vibrate: [0, 100] } }),
      feature(1, '019e23e5-bcba-41c8-913d-03a7da63feee', { output: { Vibrate: [0, 100] } }),
      feature(2, 'eba92a5d-4284-4170-b5e9-3e0700e4529e', {
        description: 'Battery Level',
        input: { Battery: batteryInput },
      }),
    ],
  },
});

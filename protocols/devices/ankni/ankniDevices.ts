/** Devices spoken to by the ankni protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const ankniDevices = defineDevices({
  name: 'ankni',
  communication: [
    {
      transport: 'btle',
      names: ['DSJM'],
      services: {
        '0000180a-0000-1000-8000-00805f9b34fb': { generic0: '00002a50-0000-1000-8000-00805f9b34fb' },
        '0000fe00-0000-1000-8000-00805f9b34fb': { tx: '0000fe01-0000-1000-8000-00805f9b34fb' },
        '0000fffe-0000-1000-8000-00805f9b34fb': { tx: '0000fe02-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '9a26d86b-afd3-4413-ad72-faddf14b7f03',
    name: 'Roselex Device',
    features: [feature(0, '2ba5d52d-0f40-4f1f-8738-955f9f7715f3', { output: { Vibrate: [0, 3] } })],
  },
});

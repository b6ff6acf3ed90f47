/** Devices spoken to by the lelo-f1s protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const leloF1sDevices = defineDevices({
  name: 'lelo-f1s',
  communication: [
    {
      transport: 'btle',
      names: ['F1s'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '00000aa4-0000-1000-8000-00805f9b34fb',
          tx: '0000fff1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '83c52d23-0532-4b57-8a0b-c8132a5c52bd',
    name: 'Lelo F1s',
    features: [
      feature(0, '006eb802-d890-4a0f-a566-288d86ec1caf', { output: { Vibrate: [0, 100] } }),
      feature(1, '787c4a90-e78c-489a-a0eb-f66b3c70d6d2', { output: { Vibrate: [0, 100] } }),
    ],
  },
});

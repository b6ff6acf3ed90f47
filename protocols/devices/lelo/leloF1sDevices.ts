/** Devices spoken to by the lelo-f1s protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

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
      {
        id: '006eb802-d890-4a0f-a566-288d86ec1caf',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '787c4a90-e78c-489a-a0eb-f66b3c70d6d2',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
});

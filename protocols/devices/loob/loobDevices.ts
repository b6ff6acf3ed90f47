/** Devices spoken to by the loob protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const loobDevices = defineDevices({
  name: 'loob',
  communication: [
    {
      transport: 'btle',
      names: ['LOOB'],
      services: { 'b75c49d2-04a3-4071-a0b5-35853eb08307': { tx: 'ba5c49d2-04a3-4071-a0b5-35853eb08307' } },
    },
  ],
  defaults: {
    id: '26c0103c-9b39-4dbb-ad33-5cbdff03c178',
    name: 'Joyroid Loob',
    features: [
      {
        id: '7078c41e-0cd3-4264-8f54-c331ac4c81f9',
        index: 0,
        description: '',
        output: { HwPositionWithDuration: { value: [0, 1000], duration: [0, 100000] } },
      },
    ],
  },
});

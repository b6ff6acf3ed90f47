/** Devices spoken to by the cowgirl-cone protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const cowgirlConeDevices = defineDevices({
  name: 'cowgirl-cone',
  communication: [
    {
      transport: 'btle',
      names: ['CG-CONE'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '2dc2667a-2305-4dd4-a0a0-9c1dbcf119ea',
    name: 'The Cowgirl Cone',
    features: [
      {
        id: 'd9247325-2173-4ac7-95c3-6730f0d37964',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 128] } },
      },
    ],
  },
  configurations: [{ id: '72ec0578-c6dc-4835-a72d-3388816f9611', name: 'The Cowgirl Cone', identifiers: ['CG-CONE'] }],
});

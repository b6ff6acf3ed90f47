/** Devices spoken to by the nexus-revo protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const nexusRevoDevices = defineDevices({
  name: 'nexus-revo',
  communication: [
    {
      transport: 'btle',
      names: ['XW-LW3'],
      services: { '0000c570-0000-1000-8000-00805f9b34fb': { tx: '0000c571-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '622f93f2-53d5-4ada-b6a7-359a9d8aedd0',
    name: 'Nexus Revo Stealth',
    features: [
      {
        id: '24125960-c279-4f64-87e3-a819af7319b4',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10] } },
      },
      { id: 'fabe3961-dc17-4f32-856f-13880c0a29a3', index: 1, description: '', output: { Rotate: { value: [-2, 2] } } },
    ],
  },
});

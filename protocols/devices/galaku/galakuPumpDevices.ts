/** Devices spoken to by the galaku-pump protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const galakuPumpDevices = defineDevices({
  name: 'galaku-pump',
  communication: [
    {
      transport: 'btle',
      names: ['V415'],
      services: { '00001000-0000-1000-8000-00805f9b34fb': { tx: '00001001-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '2e954d01-4f42-4acd-9be8-9fdfa0172998',
    name: 'Galaku Device',
    features: [
      {
        id: '60946646-0160-425f-85ca-9210d35d61fd',
        index: 0,
        description: '',
        output: { Oscillate: { value: [0, 100] } },
      },
      {
        id: '97f24406-d413-43ed-b830-b76c3f912fad',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [{ id: '7689175c-af6e-4529-a2ae-c4f41f1db595', name: 'Galaku Nebula', identifiers: ['V415'] }],
});

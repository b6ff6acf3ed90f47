/** Devices spoken to by the motorbunny protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const motorbunnyDevices = defineDevices({
  name: 'motorbunny',
  communication: [
    {
      transport: 'btle',
      names: ['MB Controller', 'MB LINK 201'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff6-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '21cb973e-c404-44de-99c8-9cf4bc5538a6',
    name: 'Motorbunny Device',
    features: [
      {
        id: 'cb44a214-4c5c-4a04-8b1a-0d91a73a7a3a',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: '683b450d-bb1a-4fca-b61a-83f8b56086fa',
        index: 1,
        description: '',
        output: { Rotate: { value: [-255, 255] } },
      },
    ],
  },
  configurations: [
    { id: '97362be6-5601-4d08-812a-4eb1ffa29980', name: 'Motorbunny Classic', identifiers: ['MB Controller'] },
    { id: '6de31e21-d76c-4d9a-9220-afa36f29d128', name: 'Motorbunny Buck', identifiers: ['MB LINK 201'] },
  ],
});

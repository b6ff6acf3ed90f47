/** Devices spoken to by the cowgirl protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const cowgirlDevices = defineDevices({
  name: 'cowgirl',
  communication: [
    {
      transport: 'btle',
      names: ['THE COWGIRL', 'THE UNICORN'],
      services: { '0000fe00-0000-1000-8000-00805f9b34fb': { tx: '0000fe01-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '5cdfacc3-7a69-415c-aefc-1d889fc5e824',
    name: 'The Cowgirl Device',
    features: [
      {
        id: '11c01b64-e6cc-4b19-9a4d-eaf03a317b03',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: '9f3e0837-26e5-4ab1-bb2c-67be33ca920d',
        index: 1,
        description: '',
        output: { Rotate: { value: [0, 255] } },
      },
    ],
  },
  configurations: [
    { id: '188130d5-6ea1-473f-a9f4-a176929221ff', name: 'The Cowgirl', identifiers: ['THE COWGIRL'] },
    { id: '675d61d0-b30f-4f60-abf7-6d5f67a5b56c', name: 'The Unicorn', identifiers: ['THE UNICORN'] },
  ],
});

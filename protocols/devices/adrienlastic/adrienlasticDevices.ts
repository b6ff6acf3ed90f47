/** Devices spoken to by the adrienlastic protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const adrienlasticDevices = defineDevices({
  name: 'adrienlastic',
  communication: [
    {
      transport: 'btle',
      names: ['Placeholder to avoid conflict with bad attempt to clone a Lovense Lush'],
      advertisedServices: ['00001320-0000-1000-8000-00805f9b34fb'],
      services: { '6e400001-b5a3-f393-e0a9-e50e24dcca9e': { tx: '6e400002-b5a3-f393-e0a9-e50e24dcca9e' } },
    },
  ],
  defaults: {
    id: 'd5c4c815-9226-430d-8b40-915c0e208483',
    name: 'Adrien Lastic Device',
    features: [
      {
        id: '714132f1-7ddd-420e-bf9f-6927fce0c9c3',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 16] } },
      },
    ],
  },
  configurations: [
    { id: '92c43355-c16f-471a-9c5d-ea30186b75a8', name: 'Adrien Lastic Palpitation', identifiers: ['LVS-S001'] },
    { id: 'ef491238-d560-46e4-84ed-72c902632bb2', name: 'Adrien Lastic Revelation', identifiers: ['LVS-S002'] },
  ],
});

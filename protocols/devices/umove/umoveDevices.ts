/** Devices spoken to by the umove protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const umoveDevices = defineDevices({
  name: 'umove',
  communication: [
    {
      transport: 'btle',
      names: ['ALVxB*', 'ALMiB*', 'ALNxB*', 'UMVxB*', 'UMMiB*', 'UMNxB*'],
      services: {
        '6e400001-b5a3-f393-e0a9-e50e24dcca9e': {
          rx: '6e400003-b5a3-f393-e0a9-e50e24dcca9e',
          tx: '6e400002-b5a3-f393-e0a9-e50e24dcca9e',
        },
      },
    },
  ],
  defaults: {
    id: '45648a20-cb18-43a0-9d6c-8bc4ed63ef63',
    name: 'Umove Device',
    features: [
      {
        id: '27d5e07a-5880-4595-8c12-2f231b4ef2d2',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 10000] } },
      },
      {
        id: '44cef1b2-dc95-4abf-a27b-a6d8a266d827',
        index: 1,
        description: '',
        output: { Position: { value: [0, 632] }, HwPositionWithDuration: { value: [0, 632], duration: [0, 10000] } },
      },
      {
        id: '2d7f0be1-b41f-4cb9-aea6-585d2b0ee7ba',
        index: 2,
        description: '',
        output: { Temperature: { value: [37, 42] } },
      },
    ],
  },
  configurations: [
    { id: '65dba547-9ebd-4a7a-a6a1-b4b7f34bb7e8', name: 'Umove Mira', identifiers: ['Mi'] },
    {
      id: 'ebfa5881-cab0-4218-a14f-592ef44fd2c8',
      name: 'Umove Vero',
      identifiers: ['Vx'],
      features: [
        {
          id: '0d6dc2b6-87cf-44a1-ac79-8b3d0c50ad6f',
          index: 1,
          description: '',
          output: { Position: { value: [0, 732] }, HwPositionWithDuration: { value: [0, 732], duration: [0, 10000] } },
        },
      ],
    },
    {
      id: '1694dace-5a53-4d56-9620-9251be4da5ce',
      name: 'Umove Nexo',
      identifiers: ['Nx'],
      features: [
        {
          id: '8f08d8a1-0f5e-4915-af56-e02d4553ae89',
          index: 1,
          description: '',
          output: {
            Position: { value: [0, 1232] },
            HwPositionWithDuration: { value: [0, 1232], duration: [0, 10000] },
          },
        },
      ],
    },
  ],
});

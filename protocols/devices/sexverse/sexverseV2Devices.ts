/** Devices spoken to by the sexverse-v2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sexverseV2Devices = defineDevices({
  name: 'sexverse-v2',
  communication: [
    {
      transport: 'btle',
      names: ['LY272A01', 'LB-W01', 'HH010', 'NBQ-B619RX'],
      services: { '0000bae0-0000-1000-8000-00805f9b34fb': { tx: '0000bae1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'ce9d4fe0-6614-493d-ac77-02ec5d42947d',
    name: 'Sexverse Nolan',
    features: [
      {
        id: '4961e88c-5c2e-4701-95ee-16d58538b65e',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 20] } },
      },
      {
        id: 'a3cd125d-ac6c-426d-b45a-fe3c7ae1e1d2',
        index: 1,
        description: '',
        output: { Oscillate: { value: [0, 20] } },
      },
    ],
  },
  configurations: [
    {
      id: '2a4a4daa-5740-425b-b1a4-72b73f746fdf',
      name: 'Libo Miao',
      identifiers: ['LB-W01'],
      features: [
        {
          id: '59cacf4b-ef09-42ad-b3d6-459bc195da26',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
      ],
    },
    {
      id: '0e1f9fe7-22d9-4afb-9fe5-192b8e5508c3',
      name: 'Sexverse HH010',
      identifiers: ['HH010'],
      features: [
        {
          id: '968f7306-6997-4b76-a40f-acbb431d9582',
          index: 0,
          description: '',
          output: { Oscillate: { value: [0, 20] } },
        },
        {
          id: '018009d0-b5bf-4f97-a13d-909d0e74fabc',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
      ],
    },
    {
      id: '0e1f9fe7-22d9-4afb-9fe5-192b8e5508c3',
      name: 'Duopeak Saphette',
      identifiers: ['NBQ-B619RX'],
      features: [
        {
          id: '968f7306-6997-4b76-a40f-acbb431d9582',
          index: 0,
          description: 'Wearer Vibrator',
          output: { Oscillate: { value: [0, 20] } },
        },
        {
          id: '018009d0-b5bf-4f97-a13d-909d0e74fabc',
          index: 1,
          description: 'Receiver Vibrator',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '018009d0-b5bf-4f97-a13d-909d0e74fabc',
          index: 2,
          description: 'Wearer Clitoral Vibrators',
          output: { Vibrate: { value: [0, 20] } },
        },
      ],
    },
  ],
});

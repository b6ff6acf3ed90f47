/** Devices spoken to by the amorelie-joy protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const amorelieJoyDevices = defineDevices({
  name: 'amorelie-joy',
  communication: [
    {
      transport: 'btle',
      names: ['4D01', '4D02', '4D03', '4D04', '4D05', '4D06', '4D07', '4D08', '4D09'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe3-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'df7c19cc-8e49-4c55-98d1-0b060424260f',
    name: 'Amorelie Joy Device',
    features: [
      {
        id: '9be34b27-431e-47d0-871b-fea3c116d32d',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: 'b5681266-9f56-4a6f-9985-be33301af6af', name: 'Amorelie Joy Move', identifiers: ['4D02'] },
    { id: '891e1acb-84ec-41e5-8782-2392a1343a34', name: 'Amorelie Joy Cha-Cha', identifiers: ['4D05'] },
    { id: 'fdc21c92-80d8-4cfa-a4e2-a79fef020e1c', name: 'Amorelie Joy Boogie', identifiers: ['4D06'] },
    { id: '7a98633a-8b7e-4065-8e10-12b17588f504', name: 'Amorelie Joy Shimmer', identifiers: ['4D01'] },
    { id: 'bd784815-49d7-4379-98d0-34aa1d9c0097', name: 'Amorelie Joy Grow', identifiers: ['4D03'] },
    { id: '6124dfc8-b0f4-4db0-b85a-b8d0da53b6a8', name: 'Amorelie Joy Shuffle', identifiers: ['4D04'] },
    { id: '7e7776a5-98a8-42ef-a9e9-b4aeaf5adbaa', name: 'Amorelie Joy Salsa', identifiers: ['4D07'] },
  ],
});

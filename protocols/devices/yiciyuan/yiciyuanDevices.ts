/** Devices spoken to by the yiciyuan protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const yiciyuanDevices = defineDevices({
  name: 'yiciyuan',
  communication: [
    {
      transport: 'btle',
      names: ['YCY-FJB-01', 'YCY-FJB-02'],
      services: {
        '0000ff40-0000-1000-8000-00805f9b34fb': {
          rxblebattery: '0000ff42-0000-1000-8000-00805f9b34fb',
          tx: '0000ff41-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'd5987116-2fba-4c30-a7aa-ef567a3bf35d',
    name: 'Yiciyuan Device',
    features: [
      {
        id: '74f218e9-204e-4600-baf9-43c942b5a6a0',
        index: 0,
        description: 'stroke',
        output: { Oscillate: { value: [0, 100] } },
      },
      {
        id: '4bf007b8-e7df-4c4c-8fbe-ea112128a70f',
        index: 1,
        description: 'vibrate',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: 'f01acf53-731b-452e-be21-e912a65409c8',
        index: 2,
        description: 'axis c',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '5fb5b0a4-aa3f-4e22-9aa3-32a3666d5141',
        index: 3,
        description: 'battery level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
  configurations: [
    { id: 'e45517ef-4358-4e65-8d78-3ff9447ea1c9', name: 'Yiciyuan FJB-01', identifiers: ['YCY-FJB-01'] },
    { id: '48108f07-5871-445b-9f2a-10ceb1809b23', name: 'Yiciyuan FJB-02', identifiers: ['YCY-FJB-02'] },
  ],
});

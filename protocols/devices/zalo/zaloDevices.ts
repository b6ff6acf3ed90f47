/** Devices spoken to by the zalo protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const zaloDevices = defineDevices({
  name: 'zalo',
  communication: [
    {
      transport: 'btle',
      names: ['ZALO-Queen', 'ZALO-King', 'ZALO-Jeanne'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '45648a20-cb18-43a0-9d6c-8bc4ed63ef63',
    name: 'Zalo Device',
    features: [feature(0, 'e6f5930a-98ee-4ced-9a51-b3938b7b6a0c', { output: { Vibrate: [0, 8] } })],
  },
  configurations: [
    {
      id: '2aaeca64-1ce5-4333-a0ab-609546112d37',
      name: 'Zalo Queen',
      identifiers: ['ZALO-Queen'],
      features: [
        feature(0, '94357c17-fb2d-4579-a4fa-68d597315887', { output: { Vibrate: [0, 8] } }),
        feature(1, '43f2e203-f920-4c59-b7a8-d8902d7efa2f', { output: { Vibrate: [0, 8] } }),
      ],
    },
    {
      id: '94254e7a-2666-4e93-8f6d-101fad4a3807',
      name: 'Zalo King',
      identifiers: ['ZALO-King'],
      features: [
        feature(0, '3e1cb89e-43bd-4b57-9f49-79dbb297ce14', { output: { Vibrate: [0, 8] } }),
        feature(1, 'ba694b89-b88e-4029-934f-95d23df42053', { output: { Vibrate: [0, 8] } }),
      ],
    },
    {
      id: '743b389e-1eb6-401a-80bc-116b6136c449',
      name: 'Zalo Jeanne',
      identifiers: ['ZALO-Jeanne'],
    },
  ],
});

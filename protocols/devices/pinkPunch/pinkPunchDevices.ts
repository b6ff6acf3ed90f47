/** Devices spoken to by the pink_punch protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const pinkPunchDevices = defineDevices({
  name: 'pink_punch',
  communication: [
    {
      transport: 'btle',
      names: ['Pink_Punch', 'PinkPunch_Peachu', 'PinkPunch_DreamBunny', 'PinkPunch_Peacaron'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'c64c779a-4451-4c55-af1d-e4b40527d678',
    name: 'Pink Punch Device',
    features: [
      {
        id: '71813440-1a8e-4cfb-9753-bf1fdc674579',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '7e0338c1-0562-451a-95ce-1b078de2f32e', name: 'Pink Punch Sunset Mushroom', identifiers: ['Pink_Punch'] },
    { id: 'b0554241-8f73-45c7-baf8-fa179f1ea4ef', name: 'Pink Punch Peachu', identifiers: ['PinkPunch_Peachu'] },
    {
      id: '85703d43-c719-4753-ba92-3bb28c150565',
      name: 'Pink Punch Dream Bunny',
      identifiers: ['PinkPunch_DreamBunny'],
    },
    { id: '4f08a8b9-70a7-4a0d-b90e-67010ac21f15', name: 'Pink Punch Peacaron', identifiers: ['PinkPunch_Peacaron'] },
  ],
});

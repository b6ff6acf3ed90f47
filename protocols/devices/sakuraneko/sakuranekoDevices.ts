/** Devices spoken to by the sakuraneko protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sakuranekoDevices = defineDevices({
  name: 'sakuraneko',
  communication: [
    {
      transport: 'btle',
      names: ['sakuraneko-01', 'sakuraneko-02', 'sakuraneko-03', 'sakuraneko-04'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '0e121fa6-76db-484a-892f-4dc88ac6f333',
    name: 'Sakuraneko Device',
    features: [
      {
        id: 'bb67be77-f219-411d-98b5-d6b358eb94c9',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '26673810-3196-4733-8071-781c221c1a39', name: 'Sakuraneko Korokoro', identifiers: ['sakuraneko-01'] },
    { id: 'e1bcba4b-1f4d-4d57-8a30-ee3696fb206f', name: 'Sakuraneko Nukunuku', identifiers: ['sakuraneko-02'] },
    { id: '7234946a-55ed-483a-8482-a6d6e1e97c4b', name: 'Sakuraneko Dokidoki', identifiers: ['sakuraneko-03'] },
    {
      id: 'c45e02cd-b8b6-4617-996e-302db442b228',
      name: 'Sakuraneko Koikoi',
      identifiers: ['sakuraneko-04'],
      features: [
        {
          id: 'a5eb13a7-1f14-4785-a2ea-86dde4a3e15b',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '62b84b1c-cfcd-4d9a-8dba-4d8210e5ee93',
          index: 1,
          description: '',
          output: { Rotate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

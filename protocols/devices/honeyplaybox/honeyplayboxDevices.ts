/** Devices spoken to by the honeyplaybox protocol: how they are found and the models it knows. */
import { batteryInput, defineDevices, feature } from '../../config/deviceData.js';

export const honeyplayboxDevices = defineDevices({
  name: 'honeyplaybox',
  communication: [
    {
      transport: 'btle',
      names: [
        'JXT002',
        'HPB-393-1',
        'HPB-0520',
        'HONEY-835',
        'HPB-399',
        'HPB-398',
        'HPB-437',
        'HPB-296',
        'HPB-297',
        'HPB-376-1',
        'JXT001',
        'HPB-DDT003',
        'HPB-391',
        'HPB-472',
        'HPB-393',
        'HBP-JXT001',
      ],
      services: {
        '0000180f-0000-1000-8000-00805f9b34fb': { rxblebattery: '00002a19-0000-1000-8000-00805f9b34fb' },
        '0000ff12-0000-1000-8000-00805f9b34fb': {
          rx: '0000ff02-0000-1000-8000-00805f9b34fb',
          tx: '0000ff03-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '1eca1a4f-eeae-4da0-a9b6-a8dd1bc38f74',
    name: 'Honey Play Box Device',
    features: [
      feature(0, 'b29ed0d1-5eab-41e0-bdb9-487b34f979e4', { output: { Vibrate: [0, 100] } }),
      feature(1, 'acfaa268-2fc3-4192-ac90-16d64f598999', {
        description: 'Battery Level',
        input: { Battery: batteryInput },
      }),
    ],
  },
  configurations: [
    {
      id: 'da2a5051-be98-4c1b-b8a9-03836fadfd0e',
      name: 'Honey Play Box Pearl 2',
      identifiers: ['HPB-0520'],
    },
    {
      id: '71f44e23-43b9-491b-9e7c-f38437619147',
      name: 'Honey Play Box Lili',
      identifiers: ['HONEY-835'],
    },
    {
      id: 'c205e707-9561-4016-97aa-0bde609b0edc',
      name: 'Honey Play Box Pleasure Pivot',
      identifiers: ['HPB-398'],
    },
    {
      id: '0a9c43fb-2d58-4af9-aef2-60f48c6e7707',
      name: 'Honey Play Box Anello',
      identifiers: ['HPB-296'],
    },
    {
      id: '0a9c43fb-2d58-4af9-aef2-60f48c6e7707',
      name: 'Honey Play Box Puff',
      identifiers: ['HBP-JXT001'],
    },
    {
      id: 'af0ddeec-2e45-41d1-953d-9052dd960ffb',
      name: 'Honey Play Box Vibrosa',
      identifiers: ['JXT002'],
      features: [
        feature(0, 'a92be3ba-ac13-41b9-b199-4396c658208e', { output: { Vibrate: [0, 100] } }),
        feature(1, '609f4878-840b-4240-a3d4-08b687527bf6', { output: { Vibrate: [0, 100] } }),
        feature(2, 'dff15849-789e-49ee-afdd-73099d606e1c', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'aa161c35-4074-441d-8277-d56cf56f3610',
      name: 'Honey Play Box Oly',
      identifiers: ['HPB-393'],
      features: [
        feature(0, '7b6fdb3a-578e-4af8-aa5f-fa6b0cc38b46', { output: { Vibrate: [0, 100] } }),
        feature(1, '76647712-0a86-4391-9812-c5a2c4717264', { output: { Vibrate: [0, 100] } }),
        feature(2, '372549a4-2665-4bc8-9aac-f5f993f96208', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'aa161c35-4074-441d-8277-d56cf56f3610',
      name: 'Honey Play Box Oly 2',
      identifiers: ['HPB-393-1'],
      features: [
        feature(0, '7b6fdb3a-578e-4af8-aa5f-fa6b0cc38b46', { output: { Vibrate: [0, 100] } }),
        feature(1, '76647712-0a86-4391-9812-c5a2c4717264', { output: { Vibrate: [0, 100] } }),
        feature(2, '372549a4-2665-4bc8-9aac-f5f993f96208', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '7d78a68f-5825-4726-9827-ddaac5a325b2',
      name: 'Honey Play Box Cyrus',
      identifiers: ['HPB-399'],
      features: [
        feature(0, '6c0b2f97-df98-4469-807a-ae55aa46b420', { output: { Vibrate: [0, 100] } }),
        feature(1, '617a7f86-3d2d-45cb-ac63-6bb221ab3758', { output: { Oscillate: [0, 100] } }),
        feature(2, 'c963e21c-e25f-4580-9b54-15e7a2e1ba66', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '4c007d74-ce06-4d33-b69f-aea6f4273ba4',
      name: 'Honey Play Box Fortexa',
      identifiers: ['HPB-437'],
      features: [
        feature(0, '952c04c1-29ef-40ae-bce2-3ca171245dc2', {
          description: 'Finger-Tapping Motion',
          output: { Vibrate: [0, 100] },
        }),
        feature(1, '4c68b1a3-4a87-41a0-ad83-792cc6ee7664', { output: { Vibrate: [0, 100] } }),
        feature(2, '81276f3c-73ec-4395-b192-55b65a91ed2a', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '75d298b3-2ce2-4e1e-ae8d-856cde59f10f',
      name: 'Honey Play Box Temp',
      identifiers: ['HPB-297'],
      features: [
        feature(0, 'c83c1f8e-f187-4280-bea9-0353885c13cc', { output: { Vibrate: [0, 100] } }),
        feature(1, '1f7425be-4fe6-4452-8388-81b81bc9939f', {
          description: 'Finger-Tapping Motion',
          output: { Vibrate: [0, 100] },
        }),
        feature(2, '8a81f70c-9086-4ffa-be66-13bd33ad3d18', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'a413bfe8-d8a9-49b9-9f31-0c1b96bda69c',
      name: 'Honey Play Box Joi Thrust 2',
      identifiers: ['HPB-376-1'],
      features: [
        feature(0, '24e11b02-ddb2-44f5-8bf4-0b1bf9a7f574', {
          description: 'Tongue Motion',
          output: { Rotate: [0, 100] },
        }),
        feature(1, '0a576c3b-6e73-4c46-ae55-8a11e892d8fe', { output: { Oscillate: [0, 100] } }),
        feature(2, 'd57d944c-1031-464e-8489-d16e9bb26a93', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '58253ea4-01b9-4b00-a6cd-b92264f34eb2',
      name: 'Honey Play Box Vibrosa Mini',
      identifiers: ['JXT001'],
      features: [
        feature(0, 'ef04a42e-89a3-4a2b-95c3-545d17d35c37', { output: { Vibrate: [0, 100] } }),
        feature(1, '41cb0fc3-2d4f-47cd-82f4-c5db5d04303c', { output: { Vibrate: [0, 100] } }),
        feature(2, 'a6e1a9b9-e4c3-489c-bfc2-52dd79828911', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'f2fb2c01-eb77-4e96-86f1-f3155674aac1',
      name: 'Honey Play Box Tressa',
      identifiers: ['HPB-DDT003'],
      features: [
        feature(0, '0432c17b-c8e6-49d2-b9cf-681f151fe3b2', { output: { Vibrate: [0, 100] } }),
        feature(1, 'ee368e93-ec17-46c2-a940-6cf0dca7cb11', {
          description: 'Finger-Tapping Motion',
          output: { Vibrate: [0, 100] },
        }),
        feature(2, '25b81d5c-1269-41ea-b893-9aef1751f726', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '2a4c4340-a135-4ea6-801e-2fb361beafaf',
      name: 'Honey Play Box Trilux',
      identifiers: ['HPB-391'],
      features: [
        feature(0, 'ff5a2649-b36d-443e-8f9c-fa6e4fe52d76', { output: { Vibrate: [0, 100] } }),
        feature(1, 'fd880ea6-5841-4e22-9412-b7d98cfd22dc', {
          description: 'Finger-Tapping Motion',
          output: { Vibrate: [0, 100] },
        }),
        feature(2, '469140b6-e1ed-4c9b-9a0c-080c24cc0de5', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '0eb9cc33-e2b7-4fd5-8a37-f17e5307f01f',
      name: 'Honey Play Box Melody',
      identifiers: ['HPB-472'],
      features: [
        feature(0, '8057dc14-df15-4397-87be-85c593821780', { output: { Vibrate: [0, 100] } }),
        feature(1, 'c19bb975-5fca-46cf-8f5b-f4037c42f8de', { output: { Vibrate: [0, 100] } }),
        feature(2, 'faefd98f-47b9-4aa8-9455-eba7d80e039d', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
  ],
});

/** Devices spoken to by the honeyplaybox protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const honeyplayboxDevices = defineDevices({
  name: 'honeyplaybox',
  communication: [
    {
      transport: 'btle',
      names: [
        'JXT002',
        'HPB-274',
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
        'HPB-376',
        'AP-22-892',
        'HPB-S302',
        'HPB-501',
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
      {
        id: 'b29ed0d1-5eab-41e0-bdb9-487b34f979e4',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: 'acfaa268-2fc3-4192-ac90-16d64f598999',
        index: 1,
        description: 'Battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
  configurations: [
    { id: 'da2a5051-be98-4c1b-b8a9-03836fadfd0e', name: 'Honey Play Box Pearl 2', identifiers: ['HPB-0520'] },
    { id: '71f44e23-43b9-491b-9e7c-f38437619147', name: 'Honey Play Box Lili', identifiers: ['HONEY-835'] },
    { id: 'c205e707-9561-4016-97aa-0bde609b0edc', name: 'Honey Play Box Pleasure Pivot', identifiers: ['HPB-398'] },
    {
      id: 'b33a5de9-d0c6-448b-8150-e402dd29ed4d',
      name: 'Honey Play Box Kaipro',
      identifiers: ['HPB-274'],
      features: [
        {
          id: '06456fc9-9ab6-425b-9cf1-9f875d21bcf3',
          index: 0,
          description: 'Vibrator',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '09817707-f6b8-44de-8708-58101999396a',
          index: 1,
          description: 'Suction Pump',
          output: { Constrict: { value: [0, 4] } },
        },
        {
          id: '97528990-df35-4fa1-8f3c-f6f78b1b8538',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '0a9c43fb-2d58-4af9-aef2-60f48c6e7707',
      name: 'Honey Play Box Anello',
      identifiers: ['HPB-296'],
      features: [
        {
          id: '3d0f4e2e-8f23-4cf6-8b62-7c6cc1ed5a58',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '6a2a1af6-1c1b-43d6-86dc-cf1d7db1a6d8',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '5ec5bb6f-e6ef-4f9c-9fd3-13e88c8011f0',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    { id: '0a9c43fb-2d58-4af9-aef2-60f48c6e7707', name: 'Honey Play Box Puff', identifiers: ['HBP-JXT001'] },
    {
      id: 'af0ddeec-2e45-41d1-953d-9052dd960ffb',
      name: 'Honey Play Box Vibrosa',
      identifiers: ['JXT002'],
      features: [
        {
          id: 'a92be3ba-ac13-41b9-b199-4396c658208e',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '609f4878-840b-4240-a3d4-08b687527bf6',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'dff15849-789e-49ee-afdd-73099d606e1c',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'aa161c35-4074-441d-8277-d56cf56f3610',
      name: 'Honey Play Box Oly',
      identifiers: ['HPB-393'],
      features: [
        {
          id: '7b6fdb3a-578e-4af8-aa5f-fa6b0cc38b46',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '76647712-0a86-4391-9812-c5a2c4717264',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '372549a4-2665-4bc8-9aac-f5f993f96208',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'aa161c35-4074-441d-8277-d56cf56f3610',
      name: 'Honey Play Box Oly 2',
      identifiers: ['HPB-393-1'],
      features: [
        {
          id: '7b6fdb3a-578e-4af8-aa5f-fa6b0cc38b46',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '76647712-0a86-4391-9812-c5a2c4717264',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '372549a4-2665-4bc8-9aac-f5f993f96208',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '7d78a68f-5825-4726-9827-ddaac5a325b2',
      name: 'Honey Play Box Cyrus',
      identifiers: ['HPB-399'],
      features: [
        {
          id: '6c0b2f97-df98-4469-807a-ae55aa46b420',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '617a7f86-3d2d-45cb-ac63-6bb221ab3758',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: 'c963e21c-e25f-4580-9b54-15e7a2e1ba66',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '4c007d74-ce06-4d33-b69f-aea6f4273ba4',
      name: 'Honey Play Box Fortexa',
      identifiers: ['HPB-437'],
      features: [
        {
          id: '952c04c1-29ef-40ae-bce2-3ca171245dc2',
          index: 0,
          description: 'Finger-Tapping Motion',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '4c68b1a3-4a87-41a0-ad83-792cc6ee7664',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '81276f3c-73ec-4395-b192-55b65a91ed2a',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '75d298b3-2ce2-4e1e-ae8d-856cde59f10f',
      name: 'Honey Play Box Temp',
      identifiers: ['HPB-297'],
      features: [
        {
          id: 'c83c1f8e-f187-4280-bea9-0353885c13cc',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '1f7425be-4fe6-4452-8388-81b81bc9939f',
          index: 1,
          description: 'Finger-Tapping Motion',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '8a81f70c-9086-4ffa-be66-13bd33ad3d18',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'a413bfe8-d8a9-49b9-9f31-0c1b96bda69c',
      name: 'Honey Play Box Joi Thrust 2',
      identifiers: ['HPB-376-1'],
      features: [
        {
          id: '24e11b02-ddb2-44f5-8bf4-0b1bf9a7f574',
          index: 0,
          description: 'Tongue Motion',
          output: { Rotate: { value: [0, 100] } },
        },
        {
          id: '0a576c3b-6e73-4c46-ae55-8a11e892d8fe',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: 'd57d944c-1031-464e-8489-d16e9bb26a93',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '5b27250b-2370-4014-85a1-ef59287a8ea9',
      name: 'Honey Play Box Joi Thrust',
      identifiers: ['HPB-376'],
      features: [
        {
          id: '1da7d7ef-b0b9-43d7-a717-4543b49eee05',
          index: 0,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: '3f574d81-b96b-4838-b7a4-3203b2c1afc8',
          index: 1,
          description: 'Tongue Motion',
          output: { Rotate: { value: [0, 100] } },
        },
        {
          id: 'fe4d12d4-195e-44d7-aa79-353f1bd153dc',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '58253ea4-01b9-4b00-a6cd-b92264f34eb2',
      name: 'Honey Play Box Vibrosa Mini',
      identifiers: ['JXT001'],
      features: [
        {
          id: 'ef04a42e-89a3-4a2b-95c3-545d17d35c37',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '41cb0fc3-2d4f-47cd-82f4-c5db5d04303c',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'a6e1a9b9-e4c3-489c-bfc2-52dd79828911',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'f2fb2c01-eb77-4e96-86f1-f3155674aac1',
      name: 'Honey Play Box Tressa',
      identifiers: ['HPB-DDT003'],
      features: [
        {
          id: '0432c17b-c8e6-49d2-b9cf-681f151fe3b2',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'ee368e93-ec17-46c2-a940-6cf0dca7cb11',
          index: 1,
          description: 'Finger-Tapping Motion',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '25b81d5c-1269-41ea-b893-9aef1751f726',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '2a4c4340-a135-4ea6-801e-2fb361beafaf',
      name: 'Honey Play Box Trilux',
      identifiers: ['HPB-391'],
      features: [
        {
          id: 'ff5a2649-b36d-443e-8f9c-fa6e4fe52d76',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'fd880ea6-5841-4e22-9412-b7d98cfd22dc',
          index: 1,
          description: 'Finger-Tapping Motion',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '469140b6-e1ed-4c9b-9a0c-080c24cc0de5',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '0eb9cc33-e2b7-4fd5-8a37-f17e5307f01f',
      name: 'Honey Play Box Melody',
      identifiers: ['HPB-472'],
      features: [
        {
          id: '8057dc14-df15-4397-87be-85c593821780',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'c19bb975-5fca-46cf-8f5b-f4037c42f8de',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'faefd98f-47b9-4aa8-9455-eba7d80e039d',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'ed3da58c-bf63-470b-9ebc-3b5be93c6ca2',
      name: 'Honey Play Box Ryder',
      identifiers: ['AP-22-892'],
      features: [
        {
          id: '38974501-922d-415e-a36d-dc35bd9f8983',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'af19930b-5a3f-4cc3-9c65-9296a295a53f',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
        {
          id: '1dd5a5f3-304c-4dcb-b076-980e58953873',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'bb48fa76-2cc8-43ea-8b84-3c1e29cdffc2',
      name: 'Honey Play Box Frenzy',
      identifiers: ['HPB-S302'],
      features: [
        {
          id: '148d7d2d-2103-4390-bb97-dc6757750231',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'a4afa1e7-ca5a-406c-896f-c56fa344f56a',
          index: 1,
          description: '',
          output: { Rotate: { value: [0, 100] } },
        },
        {
          id: '3c5b6bda-5038-47b5-9a96-45017a655260',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'c1f4ccbe-bd43-464a-8558-60bec96fce77',
      name: 'Honey Play Box Noah',
      identifiers: ['HPB-501'],
      features: [
        {
          id: '2fa7c25d-5d41-4df9-a62d-339d9b2c861c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '49f0539b-1cff-4a9f-b964-1f8dcdf3b889',
          index: 1,
          description: '',
          output: { Rotate: { value: [0, 100] } },
        },
        {
          id: '7a04f849-0f4c-4635-93c1-8fe0631d3364',
          index: 2,
          description: 'Battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
  ],
});

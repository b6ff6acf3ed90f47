/** Devices spoken to by the libo-vibes protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const liboVibesDevices = defineDevices({
  name: 'libo-vibes',
  communication: [
    {
      transport: 'btle',
      names: [
        'XiaoLu',
        'LuXiaoHan',
        'BaiHu',
        'Gugudai',
        'Yuyi',
        'LuWuShuang',
        'LiBo',
        'QingTing',
        'Huohu',
        'Yuyi',
        'Haima',
      ],
      services: {
        '00006000-0000-1000-8000-00805f9b34fb': {
          tx: '00006001-0000-1000-8000-00805f9b34fb',
          txmode: '00006002-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '8ba2bd4c-962b-45ff-87e1-3812084c7c1c',
    name: 'Libo Vibes Device',
    features: [
      {
        id: 'db5d9b0a-8498-4f5a-b53b-111a9940367d',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '9c9b46bd-ab5e-4ec2-a9db-c80571074cfb', name: 'Libo Lottie', identifiers: ['XiaoLu'] },
    { id: '80deea27-6833-4bdc-9d24-02615c3197d9', name: 'Libo LuLu', identifiers: ['LuXiaoHan'] },
    { id: '982d708e-788b-4962-b9bb-c253f49becf8', name: 'Libo Lina', identifiers: ['Yuyi'] },
    { id: 'd761eb50-9051-44ce-82ed-d301aa532cc3', name: 'Libo Adel', identifiers: ['LuWuShuang'] },
    { id: 'f9e758fe-3327-435b-94e3-eda7445d49e1', name: 'Libo Lily', identifiers: ['LiBo'] },
    { id: '93ce6ac4-2f24-4a8e-ab81-7a046403eb0c', name: 'Libo Lucy', identifiers: ['QingTing'] },
    { id: 'f0234003-d8d3-4858-837b-8051109e6770', name: 'Libo Lara', identifiers: ['Huohu'] },
    {
      id: 'c63739df-3b00-4602-8d3d-8f1080ec499c',
      name: 'Libo Feather',
      identifiers: ['Yuyi'],
      features: [
        {
          id: '39eca274-5634-4433-9be5-2c688fb9b65c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
      ],
    },
    {
      id: '2de690ff-ad02-4272-a2c7-845c3ea8b28c',
      name: 'Libo LaLa',
      identifiers: ['BaiHu'],
      features: [
        {
          id: '4239e32b-b3ad-49e2-a96e-1fb7298b1889',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '5f43a406-9567-43fc-b3b8-5383b5200bfd',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 3] } },
        },
      ],
    },
    {
      id: '8e342d89-66d4-4943-ae42-015cb268444b',
      name: 'Libo Carlos',
      identifiers: ['Gugudai'],
      features: [
        {
          id: '6fc0149e-d041-4987-a66e-dbf36739331f',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '80b80fb2-b458-4661-a1e2-a8f27651d390',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 3] } },
        },
      ],
    },
    {
      id: '6d2f4df7-18a1-4568-81be-0e8e545e82a1',
      name: 'Libo Selina',
      identifiers: ['Haima'],
      features: [
        {
          id: '54c02210-8494-40c6-a04c-e0a302aa735e',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'a2fb0a58-895b-49f5-bc88-b0a38bc64e68',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 3] } },
        },
      ],
    },
  ],
});

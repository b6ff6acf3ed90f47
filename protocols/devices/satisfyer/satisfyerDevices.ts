/** Devices spoken to by the satisfyer protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const satisfyerDevices = defineDevices({
  name: 'satisfyer',
  communication: [
    {
      transport: 'btle',
      names: ['SF *'],
      manufacturerData: [
        { company: 93, data: [0, 0, 39] },
        { company: 93, data: [0, 0, 40] },
      ],
      services: {
        '0000180a-0000-1000-8000-00805f9b34fb': { rxblemodel: '00002a24-0000-1000-8000-00805f9b34fb' },
        '51361500-c5e7-47c7-8a6e-47ebc99d80e8': {
          command: '51361501-c5e7-47c7-8a6e-47ebc99d80e8',
          tx: '51361502-c5e7-47c7-8a6e-47ebc99d80e8',
        },
      },
    },
  ],
  defaults: {
    id: '9a934b7a-b6aa-4ad6-8d5c-e00971d67159',
    name: 'Satisfyer Device',
    features: [
      {
        id: '7153daef-c222-4841-9495-289798fff9ea',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    {
      id: 'a8a7887f-c5dd-4e2c-ae88-d20e954bc65a',
      name: 'Satisfyer Hot Spot',
      identifiers: ['10005'],
      features: [
        {
          id: 'b9bcbd6f-9f4a-4738-9a64-08e646fa2297',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '444d9fc4-23ed-4ea5-a1a5-923680d78af3',
      name: 'Satisfyer Heated Affair',
      identifiers: ['10006'],
      features: [
        {
          id: 'b03a8a9e-13ef-4ed6-820e-cb07d4e3aa30',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '624f9203-ca16-429c-b076-0725a5c04077',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '67f6a3ba-d167-4d44-ac52-0991dbf1df16', name: 'Satisfyer Big Heat', identifiers: ['10007'] },
    {
      id: '4bb68190-ea62-4277-b7f1-3d6f055a939a',
      name: 'Satisfyer Heated Thrill',
      identifiers: ['10008'],
      features: [
        {
          id: 'e5368b0e-00a7-4f20-b338-2a33d65db794',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'b8219c94-f239-4f12-b3ab-ceeb816bdfb4',
      name: 'Satisfyer Hot Bunny',
      identifiers: ['10009'],
      features: [
        {
          id: 'cd889856-c5a8-4d7b-9ff6-5f7e49c13b4a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '5e8eba19-d6cf-4c85-9824-5afd6191c95a',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '1340347e-7e6a-4c27-a593-7b7a41b09332',
      name: 'Satisfyer Heat Climax',
      identifiers: ['10010'],
      features: [
        {
          id: '7473ae23-1678-4d6c-bc45-311e126dce65',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '4ffc5fb8-a619-4cbc-8cc9-23104a473ee4',
      name: 'Satisfyer Heat Climax+',
      identifiers: ['10011'],
      features: [
        {
          id: '715282dc-6919-4a8f-a339-adeb0fa8b4b0',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '1eb40efb-6aa5-4154-a2f4-8cc962cd2682',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'a05e4d51-c296-4395-b5ba-1b8801079a15',
      name: 'Satisfyer Hot Passion',
      identifiers: ['10012'],
      features: [
        {
          id: '46c676b0-5dae-4376-b6b3-c3f0b9526260',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'defd08cf-76b3-4957-88ef-5c7fb2a89ff0',
      name: 'Satisfyer Haute Couture+',
      identifiers: ['10013'],
      features: [
        {
          id: 'dd995a89-a889-40a8-9a88-aa05b8fe3e60',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'd39282bc-910b-40d2-a8f6-2c729ba5e2f2',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'd36dda3c-edf3-4ec2-be9a-393934157102',
      name: 'Satisfyer High Fashion+',
      identifiers: ['10014'],
      features: [
        {
          id: '9b18554d-8f0d-4941-8649-7e34375a0005',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '3fba6850-e170-4bbf-b61c-e105b3ea7762',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '3925e9e4-fc21-4bad-8ecd-4a8780a5ce83',
      name: 'Satisfyer Prêt-à-porter+',
      identifiers: ['10015'],
      features: [
        {
          id: 'cee6ec1f-1f35-48ef-8864-fa76d2ebb8a5',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'c1a929c7-adf1-4cbe-907e-a24e6164e7af',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'c771d860-0592-4962-8a05-dc2e7187bff6',
      name: 'Satisfyer Love Triangle',
      identifiers: ['10024', '10025'],
      features: [
        {
          id: '9dcbc0b0-b076-4b50-9104-c071d52e39ff',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '5ae0c642-bd10-4f21-8fef-60f94ca755c5',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '4e47a95f-3a70-4bb4-829f-8b617afaaa1d',
      name: 'Satisfyer Curvy 1+',
      identifiers: ['10027', '10028'],
      features: [
        {
          id: '95143c24-8928-405c-a6d0-1a64b3830498',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '78533341-96c5-4b21-aede-857ec827c1e6',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '7fa5b1e2-c30f-411f-a9b5-9eeee3d95170',
      name: 'Satisfyer Curvy 2+',
      identifiers: ['10030', '10031'],
      features: [
        {
          id: 'f0bed160-760d-4d18-b462-247e124c537f',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '81b4e5d2-8fd7-4fed-a6cb-d3df12366040',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '942818a5-f94f-4efb-b775-693f8b27ab9b', name: 'Satisfyer Double Wand-er', identifiers: ['10032'] },
    {
      id: '8b5e975e-4215-4b0c-a169-7d6209746d88',
      name: 'Satisfyer Double Joy',
      identifiers: ['10046', '10047', '10048'],
      features: [
        {
          id: '0b359281-588c-4aad-bfe1-54d605377120',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '9b9f616a-3219-4424-9ecf-c52520dec964',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '05f9af5c-d7b9-43f0-8cf5-41f0c09def28',
      name: 'Satisfyer Double Fun',
      identifiers: ['10049', '10050', '10051'],
      features: [
        {
          id: 'd6f94a0f-11cd-4242-b05e-e7f237e6b7c0',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '2fe89205-fb8d-4fb7-93d3-d4169f92875d',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '82270653-6408-43ef-a148-cdfca58a5d2d',
      name: 'Satisfyer Double Love',
      identifiers: ['10052', '10053', '10054'],
      features: [
        {
          id: 'eb62f1da-11a0-48b1-8c8e-2c8ea6e24e61',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '16f5a83d-f0fc-41c1-a4d3-43ce13dd3529',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'e7c09700-6df1-40c5-b5bb-0203c782dc01',
      name: 'Satisfyer Curvy 3+',
      identifiers: ['10055'],
      features: [
        {
          id: '5d900545-d8cc-4c32-9ff5-e1d8e0c30b90',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '823f51aa-1766-41f4-b48f-f8b2de4c588e',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '5c90d251-a2fe-461a-a4ae-0e5172a9739d',
      name: 'Satisfyer Hot Lover',
      identifiers: ['10059', '10060', '10061'],
      features: [
        {
          id: '406de8d0-b6d9-4f5d-b9cd-479092898aac',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '19f2225e-4bc8-4f70-9fb2-734abc8dd5be',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '44dae430-c6b4-4688-8ab6-9696d82a4b00',
      name: 'Satisfyer Mono Flex',
      identifiers: ['10062', '10063', '10064'],
      features: [
        {
          id: 'd1bf52af-d49d-42bb-a277-73cc394dce90',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'd1d6a777-21e2-4e6c-9f2e-679d1e75c932',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '1715eee4-4aa5-4696-9f41-6e6c299061ec',
      name: 'Satisfyer Double Flex',
      identifiers: ['10065', '10066', '10067', '10068'],
      features: [
        {
          id: 'a824a4f4-11c4-4a84-81d6-424a622d1b06',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '7aa798ab-9bc5-47b4-a318-5349c68ebf93',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '467802b9-6e3b-4810-b659-da69885b7366',
          index: 2,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'ce5ebe09-6d9d-44a1-93e9-f5247c03d3f1',
      name: 'Satisfyer Heat Wave',
      identifiers: ['10069', '10070', '10071'],
      features: [
        {
          id: '704fd1ec-a242-4e02-80ab-9db6f2377a7c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'c6971493-fa87-45d6-b131-67af138f7b13',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: 'b9a13914-c02c-44ac-b9a8-9e95776e3ceb', name: 'Satisfyer Little Secret', identifiers: ['10072'] },
    { id: 'c62c869a-8d62-4386-a7f9-ec68ccc99513', name: 'Satisfyer Sexy Secret', identifiers: ['10073'] },
    { id: '03082593-a2ea-455b-9b94-66c3b1953144', name: 'Satisfyer Strong One', identifiers: ['10074'] },
    { id: 'e8b06812-88be-4a7d-9581-8ea7210f809a', name: 'Satisfyer Mighty One', identifiers: ['10075'] },
    { id: 'd0832c21-c990-4bd8-b06f-32e5768af9d2', name: 'Satisfyer Powerful One', identifiers: ['10076'] },
    { id: '1f6254b1-301c-4455-9a5e-84886d5e3fce', name: 'Satisfyer Royal One', identifiers: ['10077'] },
    { id: '571d6d2c-351a-4870-9a2a-af16bdc97731', name: 'Satisfyer Signet Ring', identifiers: ['10078'] },
    {
      id: '8d5afdb3-47d1-4841-92d6-d3c7b1b2238e',
      name: 'Satisfyer Dual Love',
      identifiers: ['10079', '10080'],
      features: [
        {
          id: '39ca4a7a-c9f3-430a-8248-6001719c6a40',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '07ff65a4-ae65-4054-bd70-419ddac6d241',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'd609d09e-86e5-4544-bda3-16b15b532f2d',
      name: 'Satisfyer Dual Pleasure',
      identifiers: ['10081', '10082'],
      features: [
        {
          id: '18661df2-7eb2-452a-b611-85433bd99ea0',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'c6b1acf6-511e-44bd-ab1c-b2d944a35cf0',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'cfcd017c-d3fb-46ab-82d9-55438e96a3d7',
      name: 'Satisfyer Hero+',
      identifiers: ['10090'],
      features: [
        {
          id: 'ec61550d-e557-4c57-b6a3-02b28bd5e0d6',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '7fb611fe-6af4-4d0e-a6b8-0d4ee72e34af',
      name: 'Satisfyer Knight+',
      identifiers: ['10091'],
      features: [
        {
          id: '5a8dba5a-ca48-4340-8140-fa1fc4d86b73',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '98dcb92c-84a1-4a1f-88b9-7c61098020de',
      name: 'Satisfyer Newcomer+',
      identifiers: ['10092', '10093'],
      features: [
        {
          id: '31fb6881-d23e-4f07-b233-c6531ccc79b3',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'c7d1d682-b311-4ce8-b552-d68b8fcde1bc',
      name: 'Satisfyer Plug-ilicious 1',
      identifiers: ['10100', '10101'],
      features: [
        {
          id: 'fec3511d-2fcd-4463-9ef0-b139c8aa8b0a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '49020dca-5124-4965-9add-4230dfd0fe28',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '22513021-0cb9-4f30-ada7-f7ca6a86e085',
      name: 'Satisfyer Plug-ilicious 2',
      identifiers: ['10102', '10103', '10104'],
      features: [
        {
          id: '28f3bea8-f927-46a9-ab45-55daf1f76c87',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '540b8330-f039-4870-a6d2-d536f2415cf2',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '6c07e79d-8842-4e27-88a9-9a471928da5e',
      name: 'Satisfyer E-Love Foreplay',
      identifiers: ['10105'],
      features: [
        {
          id: '0a939b92-0209-4d2f-b658-0db0ac9a2e6e',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '39bfa539-7c58-49a4-87ca-a691a11c16f1',
      name: 'Satisfyer E-Love G-Hunter',
      identifiers: ['10108'],
      features: [
        {
          id: 'e46297ee-6037-44a8-ac06-5f8328d41b19',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '0b5bcc9b-b5d7-49d3-9c0a-c8dc82214306',
      name: 'Satisfyer E-Love G-Hunter+',
      identifiers: ['10109'],
      features: [
        {
          id: '9248bdf7-d918-4682-b197-59707ac5ea95',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '8d541f70-6595-49b1-b75d-77187f9b75dc',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '40653fca-c115-4bd4-b3fa-c3875c41a562',
      name: 'Satisfyer E-Love G-Spotter',
      identifiers: ['10110'],
      features: [
        {
          id: '8f8b7024-005e-4fda-9c65-adf55dc3c470',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '5a5afa20-0518-420e-a5ab-e5b09c5c9842',
      name: 'Satisfyer E-Love G-Spotter+',
      identifiers: ['10111'],
      features: [
        {
          id: '397a61df-a515-49e1-a14d-af2de7855a3f',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '27720871-f08b-4151-96f1-006a5cc137fc',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '0bfe78b6-a128-4c68-b874-e85ee18273f0',
      name: 'Satisfyer E-Love Story',
      identifiers: ['10112'],
      features: [
        {
          id: '56f7a9fe-d8ef-4a21-b15f-77307a6417ea',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'c62ea9ae-dc65-429e-90e4-473fa8c5ffaa',
      name: 'Satisfyer Love Birds 1',
      identifiers: ['10119', '10120', '10182'],
    },
    {
      id: '17b98fe5-4aeb-4c75-b554-701daf147dff',
      name: 'Satisfyer Love Birds 2',
      identifiers: ['10121', '10122', '10123'],
    },
    {
      id: 'fde0831c-e1da-46f0-b6fe-8bccfbe9fdae',
      name: 'Satisfyer Love Birds Vary',
      identifiers: ['10124', '10125', '10126'],
    },
    {
      id: '30fb0255-b2e5-424b-bca5-8abdbe864ebf',
      name: 'Satisfyer Ribbed Petal',
      identifiers: ['10127', '10128', '10129', '10201'],
    },
    {
      id: 'b10e2742-01b9-4bc8-8caf-b18f0dc51baa',
      name: 'Satisfyer Shiny Petal',
      identifiers: ['10130', '10131', '10132', '10133'],
    },
    {
      id: '37096541-c085-4b30-a978-cf1ab8c79198',
      name: 'Satisfyer Smooth Petal',
      identifiers: ['10134', '10135', '10136', '10202'],
    },
    {
      id: '518071d2-a6b5-4ee9-9d10-9248fcc72d76',
      name: 'Satisfyer Men Vibration+',
      identifiers: ['10140'],
      features: [
        {
          id: '54c660d2-c326-4272-a1a8-a6ab0a3f5620',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '992e2870-64ed-4704-a74b-2faf3baa0e4b',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: 'fb04247f-1ade-4c3e-816f-1a4c81ae0db4', name: 'Satisfyer Power Plug', identifiers: ['10141'] },
    {
      id: '16d47710-4849-42b0-aa9b-e7375a533dc5',
      name: 'Satisfyer Rotator Plug 1+',
      identifiers: ['10142', '10143'],
      features: [
        {
          id: '55ed967f-f37b-47e9-acbd-e091ece4a25a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '4deb6ffc-7ffb-4892-adb9-ff3829cbf7bb',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '7ef01670-5fa3-4bb2-b8b5-3c952f4cf263',
      name: 'Satisfyer Rotator Plug 2+',
      identifiers: ['10144', '10145'],
      features: [
        {
          id: '08a92451-b728-4bf8-bde0-b2af748fc0bd',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'f9b0e791-a348-4485-b1a5-cd90e3503e13',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '3e04ed12-9d6e-4f7a-9cc8-09e58a9f760e', name: 'Satisfyer Deep Diver', identifiers: ['10146', '10147'] },
    { id: '99f4d915-7fea-4be1-893e-3ab74488a383', name: 'Satisfyer Sweet Seal', identifiers: ['10148', '10149'] },
    { id: 'e26a9471-44ab-438a-8290-4793ac6d5ddd', name: 'Satisfyer Trendsetter', identifiers: ['10150', '10151'] },
    {
      id: '682c5153-d84c-4a30-b172-42732eaa7081',
      name: 'Satisfyer Twirling Joy',
      identifiers: ['10154', '10155', '10156'],
    },
    {
      id: 'b7ed864e-a11d-40de-b3bc-2a28d6ebc2f2',
      name: 'Satisfyer Ultra Power Bullet 8',
      identifiers: ['10157', '10158'],
    },
    {
      id: '17d338a2-dcb1-4170-9a01-ab2250f73b8f',
      name: 'Satisfyer Double Desire',
      identifiers: ['10160', '10161', '10162'],
      features: [
        {
          id: 'c1c09c65-a2d4-4caa-9f56-cec54897758b',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'bc03728b-573a-40d6-ae99-1aa1f508a804',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '4729ddda-fb21-4c3a-9868-b0fcbca18480',
      name: 'Satisfyer Double Lust',
      identifiers: ['10163', '10164', '10165', '10166'],
      features: [
        {
          id: '9564b21d-c2ba-444e-85c4-dd9dcd80e3b5',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'c70c801e-980a-4052-a275-f8109058a1ad',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: 'b3879662-a471-4bea-ad9a-5d8b59a476a5', name: 'Satisfyer Epic Duo', identifiers: ['10167'] },
    { id: '9404874e-3de2-4696-a620-943f5affb910', name: 'Satisfyer Pleasure Wand+', identifiers: ['10168'] },
    {
      id: '98f72ae0-a840-4805-918d-3427541325ca',
      name: 'Satisfyer Top Secret',
      identifiers: ['10169', '10170', '10171'],
      features: [
        {
          id: '9ccf5505-2b55-4386-aa8c-80cb7117f6c2',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '33b12687-c341-47da-81c2-2e2cf9862712',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '99cfefd9-fd09-40c6-9a2f-3d68385a04bc',
      name: 'Satisfyer Top Secret+',
      identifiers: ['10172', '10173', '10174'],
      features: [
        {
          id: 'be9d24ff-8470-481d-aee0-0ea30f0877de',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'ed63da4f-ee14-469c-a47c-12003141716a',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '48bb511e-1cc2-4b1d-9497-022b015287bc', name: 'Satisfyer Bullseye', identifiers: ['10175', '10176'] },
    {
      id: 'f624b4d4-5fe4-4390-9fbb-8ef170b5846c',
      name: 'Satisfyer Sunray',
      identifiers: ['10177', '10178', '10179'],
      features: [
        {
          id: 'd2786210-46f4-47ce-9f5b-80fa691e0ad2',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'e0dbd014-7415-4d0f-946e-188e239a8154',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '69243058-fb93-4791-b78e-f32f50f902b3',
      name: 'Satisfyer Curvy Trinity 5+',
      identifiers: ['10180', '10181'],
      features: [
        {
          id: 'ff20f721-e6fe-4787-964d-327d29b0c391',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'e8322905-46aa-45f8-b7f7-25a88507a55d',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '20c58cef-83e0-48f2-a352-a3663453403f', name: 'Satisfyer Intensity Plug', identifiers: ['10183', '10184'] },
    { id: 'baa0ad15-08cc-426c-b1f2-02d9768f6e2c', name: 'Satisfyer Power Masturbator', identifiers: ['10185'] },
    {
      id: '7d92f936-f672-478a-a26f-616758ff621d',
      name: 'Satisfyer Hug me',
      identifiers: ['10186', '10187'],
      features: [
        {
          id: '4019145b-56cf-473e-a286-4a8d040e80cc',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '7dc4760f-3a7c-4c2e-a7da-e7d8d52b196b',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'd112fbc4-9a5e-4518-b40c-f1200be124cd',
      name: 'Satisfyer Air Pump Bunny 5+',
      identifiers: ['10188'],
      features: [
        {
          id: '7abb00ea-bb62-4bef-a26f-a7f7135dec2c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'c77d5b49-6257-4381-900a-9225caea7124',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '2278b99f-cee5-48fa-9326-8add9730e1e2',
      name: 'Satisfyer Air Pump Vibrator 5+',
      identifiers: ['10189'],
      features: [
        {
          id: '1acf7f71-e57a-4a1a-81d3-d8bb977d6b72',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '537ce4cb-f8e2-423b-80a5-5bcbb07e6e15',
      name: 'Satisfyer Threesome 4',
      identifiers: ['10190', '10191'],
      features: [
        {
          id: '467accb0-f1f6-4175-afe5-08f48d069fe3',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '4b1b417b-ce44-45fd-be3f-77d939162e18',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '8ba85779-5b40-48ae-88d5-7744bf852d22', name: 'Satisfyer G-Spot Flex 4+', identifiers: ['10192'] },
    { id: '3844ee0f-94ed-49bf-9a9e-795f407c0ade', name: 'Satisfyer G-Spot Flex 5+', identifiers: ['10193', '10194'] },
    {
      id: '0687264e-3150-4d0a-818b-be6ad231d54c',
      name: 'Satisfyer Air Pump Booty 5+',
      identifiers: ['10195'],
      features: [
        {
          id: '12990ee9-76cc-4b48-b711-f70587f14fd7',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '7c33ff57-e4c7-4110-9814-451062806981',
      name: 'Satisfyer Pro+ Wave 4',
      identifiers: ['10196'],
      features: [
        {
          id: 'c8d73535-d37b-4baa-81c6-c301f32390e0',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '304c7318-bd1b-40ba-a475-90b4d7127c46',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'a1cb3608-d17c-4c5f-b3d5-4c7ee87d5467',
      name: 'Satisfyer Mini Wand-er+',
      identifiers: ['10197', '10198'],
      features: [
        {
          id: '3a37453d-605c-4dd4-a83a-28be69ac55b8',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '42dafbc1-0aac-4348-898a-8d467d903191',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '7790e568-454e-45f8-85bb-5f8fd855c554', name: 'Satisfyer Tropical Tip', identifiers: ['10199', '10200'] },
    {
      id: '1bc5cd0a-feb7-4cfc-9155-09c7565d85e0',
      name: 'Satisfyer Twirling Pro+',
      identifiers: ['10203', '10204'],
      features: [
        {
          id: '866a3152-759b-4777-8578-8abaff6aea9a',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '5a7b0180-16b1-41e7-a016-af4a761564de',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    { id: '7c2560dc-06d4-4da6-874a-5f6c2c05810d', name: 'Satisfyer Perfect Pair 4', identifiers: ['10205'] },
    {
      id: '0a682803-b5ad-457a-bbf0-40e48b71cbcf',
      name: 'Satisfyer Booty Absolute Beginners 5',
      identifiers: ['10206', '10207', '10208'],
    },
    {
      id: '2a429cdd-20f9-4a22-82a9-dd79234e23de',
      name: 'Satisfyer Rrrolling Sensation',
      identifiers: ['10241', '10242'],
      features: [
        {
          id: 'fdb9014d-b7b9-4b28-8804-cdf26b432df1',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '6665fc3b-a8e6-4a36-ad11-46f449abfc90',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'b0578f68-2b0b-497a-b49a-2e897d3a040a',
      name: 'Satisfyer Pro 2 Gen 3',
      identifiers: ['10307', '10308', '10309'],
      features: [
        {
          id: 'f14fc3ea-05f0-426a-ac01-70cdbadb43ec',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '1a3c8f91-c172-4378-9fe2-64891a06e8d1',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

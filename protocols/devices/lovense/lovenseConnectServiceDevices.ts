/** Devices spoken to by the lovense-connect-service protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const lovenseConnectServiceDevices = defineDevices({
  name: 'lovense-connect-service',
  communication: [{ transport: 'lovenseConnectService' }],
  defaults: {
    id: 'caceda00-463b-4981-949f-b7e6b06ed02b',
    name: 'Lovense Connect Service Device',
    features: [
      {
        id: '387829be-bbd3-4d71-98f2-738dbb685600',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 20] } },
      },
      {
        id: '7202da93-c25d-460a-a863-8d4d38f41fdf',
        index: 1,
        description: 'battery Level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
  configurations: [
    {
      id: 'c82d6326-c683-496b-b54a-c07cb03434f5',
      name: 'Lovense Max',
      identifiers: ['Max'],
      features: [
        {
          id: 'cd1a70b7-d716-41a9-b839-24e0229c25d2',
          index: 0,
          description: 'Vibrator',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: 'e74ae364-c17a-41c4-accf-0e4a4ee94e04',
          index: 1,
          description: 'Air Pump',
          output: { Constrict: { value: [0, 3] } },
        },
        {
          id: 'a2d19eee-211e-4771-b7e1-cfba3e6bb55f',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '847c87fa-14a6-416c-95a8-d5b558c92cc0',
      name: 'Lovense Edge',
      identifiers: ['Edge'],
      features: [
        {
          id: '26f7aaa6-4312-487d-aabb-b43e4c87b5c2',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '5410094f-eff4-4b41-bfa2-b4cece3b9101',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '9b31822c-7449-4a3d-bd4d-6cced8440126',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '15dcfcf0-a9c9-4ff4-90c0-37007e7c4809',
      name: 'Lovense Nora',
      identifiers: ['Nora'],
      features: [
        {
          id: '1bfa1705-0193-4393-82f7-1c458e4885b3',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: 'af885c72-ce2b-47d5-87be-3847f24d18a5',
          index: 1,
          description: '',
          output: { Rotate: { value: [-20, 20] } },
        },
        {
          id: '1fb626ec-7006-46f5-97b1-db3cc0bc5bb8',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    { id: '68611264-45fb-49ab-9d1a-6a2000fd4b8a', name: 'Lovense Ambi', identifiers: ['Ambi'] },
    { id: 'c5063766-bc9c-422c-91e4-18873bc77352', name: 'Lovense Lush', identifiers: ['Lush'] },
    { id: '8cc0f440-8a81-4ae9-951d-050777cb1f33', name: 'Lovense Hush', identifiers: ['Hush'] },
    { id: '0e4f7cc1-5bd6-4f81-8bfc-7da23b0ff483', name: 'Lovense Domi', identifiers: ['Domi'] },
    { id: '0951047c-2ac3-43ea-a24e-2d17174809d0', name: 'Lovense Osci', identifiers: ['Osci'] },
    { id: '93907f90-05d4-4afe-a160-28973069927c', name: 'Lovense Mission', identifiers: ['Mission'] },
    { id: '915d15fb-c47d-494c-af43-b9820e9bd33f', name: 'Lovense Ferri', identifiers: ['Ferri'] },
    { id: 'cea4f8b8-43e4-4a73-bab7-179aa2332f85', name: 'Lovense Diamo', identifiers: ['Diamo'] },
    { id: '7194fd0d-e084-4c45-9d49-648b152fe9ba', name: 'Loveai Dolp', identifiers: ['ToyS'] },
    {
      id: '9b52eca4-0e49-426e-a543-2ef735cd803a',
      name: 'Lovense Sex Machine',
      identifiers: ['XMachine'],
      features: [
        {
          id: '0ab80cc0-7a82-4cb6-ba4f-0f18ddb2911f',
          index: 0,
          description: 'Fucking Machine Oscillation Speed',
          output: { Oscillate: { value: [0, 20] } },
        },
        {
          id: '971bd4aa-d6ac-4449-bd1a-862b29ae705e',
          index: 1,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'd51f41a8-3731-4b06-b320-6cfa2d518940',
      name: 'Lovense Dolce',
      identifiers: ['Dolce'],
      features: [
        {
          id: '59ec4d12-2c6d-4cd9-83b0-8ff1609563d4',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '4e4eead7-9959-4fe2-b629-a535f6bc7ca4',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: 'b771d1b8-5a68-4a75-8ff2-868380d18fe7',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    { id: '24a65c79-7a5e-4ab4-82cf-684f54292f89', name: 'Lovense Gush', identifiers: ['Gush'] },
    {
      id: '33a001d2-2879-47f8-89d3-422d262deb53',
      name: 'Lovense Hyphy',
      identifiers: ['Hyphy'],
      features: [
        {
          id: 'a6ec2f52-780b-4d87-a809-0bdc2ccadcc1',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: 'c06723f1-f816-442b-8193-a5c407fecabe',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '80d1e022-85a6-46ad-bbe9-1b8085b1e336',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    { id: 'ea035198-1eb8-4fa8-b234-50b9a91c8925', name: 'Lovense Calor', identifiers: ['Calor'] },
    {
      id: '10995415-c030-4fd1-b5c0-af42d850ff61',
      name: 'Lovense Flexer',
      identifiers: ['Flexer'],
      features: [
        {
          id: 'bd656e88-abae-49e4-ab45-f75df187bb4a',
          index: 0,
          description: 'Both Vibes',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '663dedb4-05a1-4391-a666-e59c38ead69c',
          index: 1,
          description: 'Finger motion',
          output: { Rotate: { value: [0, 20] } },
        },
        {
          id: '735c2164-4fd5-4e82-835d-23251e487d68',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '7da2f986-8960-4c2c-acf1-d8924878adc0',
      name: 'Lovense Gemini',
      identifiers: ['Gemini'],
      features: [
        {
          id: '2c186df2-4e8c-491d-b247-fcbaeb763fee',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '81657dab-5fbf-40b4-a6f8-cfecb7906757',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: 'fe19ad5c-5acb-4ee9-8a09-f6edca06f471',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '75a502f3-6b8f-4d70-97b5-86fff5d45260',
      name: 'Lovense Gravity',
      identifiers: ['Gravity'],
      features: [
        {
          id: 'fba538eb-784e-4ca7-ad81-e52f3cd0d3f2',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '61bd6559-c32d-4c3b-9686-988fa3cd4abf',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 20] } },
        },
        {
          id: '7a794236-85e6-4b13-97c6-d17d1f091f0a',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'fcd47b93-ac57-4167-93a5-fb12f223ff28',
      name: 'Lovense Ridge',
      identifiers: ['Ridge'],
      features: [
        {
          id: '4865ff41-25cd-42a9-b93d-00a7c1e881d5',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: 'd49001e8-5f6b-43ac-9cc7-7e68fab7c323',
          index: 1,
          description: '',
          output: { Rotate: { value: [-20, 20] } },
        },
        {
          id: '7fcb01eb-4241-42c1-9799-fdfa190b7edd',
          index: 2,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: 'd99b1620-25cd-40fe-af02-a51d08df33ca',
      name: 'Lovense Lapis',
      identifiers: ['Lapis'],
      features: [
        {
          id: 'f435ee40-ae30-4fba-9f80-c1143f601993',
          index: 0,
          description: 'Tip Vibe',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '9504ed2b-1baf-4759-922b-a5dcfc16aeb7',
          index: 1,
          description: 'Internal Vibe',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '1cce6f8f-0301-4e4e-a820-1ed85e11e25d',
          index: 2,
          description: 'External Vibe',
          output: { Vibrate: { value: [0, 20] } },
        },
        {
          id: '322170f9-b493-4233-9336-e6f7f267450c',
          index: 3,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    { id: 'f2c1faec-7d64-48be-9c91-2649c74540c7', name: 'Lovense Vulse', identifiers: ['Vulse'] },
    {
      id: '665925e2-e895-443f-953a-cae3f371c138',
      name: 'Lovense Solace',
      identifiers: ['Solace'],
      features: [
        {
          id: 'b8b240c0-182d-4889-9200-47c16399c57d',
          index: 0,
          description: 'Stroker Oscillation Speed',
          output: { Oscillate: { value: [0, 20] } },
        },
        {
          id: '37c03e71-1701-4b5a-9697-d62d2dc56e4b',
          index: 1,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
  ],
});

/** Devices spoken to by the galaku protocol: how they are found and the models it knows. */
import { batteryInput, defineDevices, feature } from '../../config/deviceData.js';

export const galakuDevices = defineDevices({
  name: 'galaku',
  communication: [
    {
      transport: 'btle',
      names: [
        'GX85',
        'GX07',
        'GX17',
        'GX21',
        'GX22',
        'GX16',
        'GX29',
        'GX23',
        'GX25',
        'GX26',
        'GK03',
        'GX39',
        'G321',
        'G304',
        'G336',
        'G331',
        'G326',
        'G335',
        'G341',
        'G355',
        'G349',
        'G407',
        'G204',
        'G171',
        'G12D',
        'G123',
        'G23A',
        'G336',
        'G23A',
        'A073',
        'GLMT',
        'G901',
        'G912',
        'G901',
        'G20B',
        'K112',
        'G202',
        'K118',
        'K107',
        'G203',
        'TXHL',
        'TXMM',
        'TXKL',
        'K108',
        'K109',
        'KWL2',
        'TFHL',
        'TFMM',
        'TFKL',
        'K120',
        'K12A',
        'K12C',
        'LL18',
        'CYX2',
        'RC31',
        'MD19',
        'QD48',
        'BGSF',
        'BGQS',
        'AX05',
        'DT01',
        'BGZY',
        'A531',
        'YXSJ',
        'G317',
        'G312',
        'G302',
        'G320',
        'G314',
        'G228',
        'G315',
        'G307',
        'K311',
        'G339',
        'G354',
        'G12B',
        'G29C',
        'G29D',
        'GKML',
        'G348',
        'G913',
        'G213',
        'TFF1',
        'G310',
        'K113',
        'G228',
        'G310',
        'TFF1',
        'D358',
        'G322',
        'D402',
        'G40A',
        'G403',
        'G43A',
        'K12B',
        'QCVW',
        'QCSW',
        'QCPW',
        'SN80',
        'BGCD',
        'TFG1',
        'GK27',
        'GX27',
        'GK25',
        'AC695X_1(BLE)',
        'GX33',
        'WSXK',
      ],
      services: {
        '00001000-0000-1000-8000-00805f9b34fb': {
          rxblebattery: '00001002-0000-1000-8000-00805f9b34fb',
          tx: '00001001-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'c1766383-def6-4bd0-b6ce-1e8f993fa6ae',
    name: 'Galaku Device',
    features: [
      feature(0, 'f650b5a9-7413-4ac9-b25e-863180daa04c', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
      feature(1, 'd9c34cf9-5645-4e04-bf92-51e5df708417', {
        description: 'battery Level',
        input: { Battery: batteryInput },
      }),
    ],
  },
  configurations: [
    {
      id: '53a117ec-0e2d-43ce-a77b-0ed4fbf82d07',
      name: 'Galaku Nebula',
      identifiers: ['V415'],
    },
    {
      id: '6c62e478-d684-4c3a-9d74-0860be907a8e',
      name: 'Galaku Shana',
      identifiers: ['GX85'],
    },
    {
      id: 'ccda61b7-8517-4d31-8ef6-a730b1a0ab9a',
      name: 'Galaku Miya',
      identifiers: ['GX07'],
    },
    {
      id: '0f24a925-bad8-48ec-9a35-887f78bc967d',
      name: 'Galaku Capsule lipstick',
      identifiers: ['GX17'],
    },
    {
      id: '9d8d0d14-1507-48ee-8b99-1b5cc6f4a67e',
      name: 'Galaku Vitality Cat',
      identifiers: ['GX21'],
    },
    {
      id: '22e21fb8-c399-490f-9680-5abe44c46bc9',
      name: 'Galaku Phantom X',
      identifiers: ['GX22'],
    },
    {
      id: 'c829fb46-4cf5-4034-bdea-2032e00a34c3',
      name: 'Galaku Vitality Strawberry',
      identifiers: ['GX16'],
    },
    {
      id: 'aaa2d14e-2b93-46e5-87a0-c622f6f9c82b',
      name: 'Galaku Little Magic Box',
      identifiers: ['GX29'],
    },
    {
      id: '859c82eb-9163-426c-90c4-4b567ff34e95',
      name: 'Galaku Little Whale',
      identifiers: ['GX23'],
    },
    {
      id: 'fffd1a38-2ac8-470a-bffb-70360a4099ba',
      name: 'Galaku Happy Vibrator',
      identifiers: ['GX25'],
    },
    {
      id: 'a2e6b3c3-8101-4ff7-8113-4d5c9641f557',
      name: 'Galaku Xiaobao Beans',
      identifiers: ['GX26'],
    },
    {
      id: '28e47ecf-6a79-48c0-acd1-82ee75955836',
      name: 'Galaku Capsule Vibrator',
      identifiers: ['GK03'],
    },
    {
      id: 'af836ee8-9c73-4759-80f4-d305a14e51c1',
      name: 'Galaku Ice cone miniAV stick',
      identifiers: ['GX39'],
    },
    {
      id: '9b6a27bd-75d6-42c7-9a71-7f95807eb9c4',
      name: 'Galaku mini ice cream cone',
      identifiers: ['G321'],
    },
    {
      id: 'a1042c91-cfa0-41b8-9afa-637599c076ac',
      name: "Galaku Shia's Collar",
      identifiers: ['G304'],
    },
    {
      id: 'bae928b3-7ff5-45d1-b251-882812d5ef88',
      name: 'Galaku The Second Generation of Vitality Bird',
      identifiers: ['G336'],
    },
    {
      id: '074ef604-51bf-4f0a-97ee-16508c582968',
      name: 'Galaku Octopus glans massager',
      identifiers: ['G331'],
    },
    {
      id: 'ca21391e-6aa2-4480-a1a5-c138318bf44c',
      name: 'Galaku Alice',
      identifiers: ['G326'],
    },
    {
      id: 'd1a0cd58-1aa2-447c-bd7e-da471fdee5d8',
      name: 'Galaku Unicorn Butt Plug',
      identifiers: ['G335'],
    },
    {
      id: '398c32ab-6498-4358-a25f-8553916719fd',
      name: 'Galaku Ace',
      identifiers: ['G341'],
    },
    {
      id: '05dc7803-1513-48d9-9c2f-2719e8b71905',
      name: 'Galaku Little cute turtle',
      identifiers: ['G355'],
    },
    {
      id: '5e8a289b-9f5f-4865-9f92-d7bd06c68950',
      name: 'Galaku Little Bullet',
      identifiers: ['G349'],
    },
    {
      id: '9cc769ed-e911-491b-b8ad-1a78ed8675fe',
      name: 'Galaku Joy Vibrator',
      identifiers: ['G407'],
    },
    {
      id: 'e213ecfd-d0f9-44e1-9c17-d3d78f7c6216',
      name: 'Galaku Bowling',
      identifiers: ['G204'],
    },
    {
      id: '299b1c71-e7fc-426b-8d6f-0375685de6a8',
      name: 'Galaku Mixin Controller',
      identifiers: ['G171'],
    },
    {
      id: 'aa6c0314-58bc-4b83-b9d7-5988151b0c53',
      name: 'Galaku Hua Chao Brush',
      identifiers: ['G12D'],
    },
    {
      id: 'ed5b32b5-79fa-4d74-8d44-3afc3e71fc38',
      name: 'Galaku 花sai',
      identifiers: ['G123'],
    },
    {
      id: '9811b596-7c23-4f18-b0b6-895680d273b0',
      name: 'Galaku Dream Vibration',
      identifiers: ['G23A'],
    },
    {
      id: '36d612d2-806c-49f5-85b6-0f291342ea34',
      name: 'Galaku The Second Generation of Vitality Bird',
      identifiers: ['G336'],
    },
    {
      id: '83521db1-be7a-4ca6-be82-fe218dac73db',
      name: 'Galaku Dream Vibration',
      identifiers: ['G23A'],
    },
    {
      id: 'd34943d6-709c-4972-97c8-ffa75c7ff005',
      name: 'Galaku Joy Vibrator',
      identifiers: ['A073'],
    },
    {
      id: '587af267-9322-4ac6-afe6-8dcd4217ced4',
      name: 'Galaku Rogue Rabbit',
      identifiers: ['GLMT'],
    },
    {
      id: '3ee263a4-1aa6-4b6c-8d09-b82d24df4017',
      name: 'Galaku Suck the vibrator',
      identifiers: ['G901'],
    },
    {
      id: '25528b16-8cfa-45d5-b8bc-cd238f2a0416',
      name: 'Galaku Donut',
      identifiers: ['G912'],
    },
    {
      id: '9593572e-e19d-4863-86ba-3e0542ad54fb',
      name: 'Galaku Suck the vibrator',
      identifiers: ['G901'],
    },
    {
      id: '1d5f2345-034e-4d41-93a7-3d0ef80933e0',
      name: 'Galaku Ballet Vibrator',
      identifiers: ['G20B'],
    },
    {
      id: '52071636-ceb7-4f79-afb1-5d8af4dbf5a2',
      name: 'Galaku Donut',
      identifiers: ['K112'],
    },
    {
      id: 'd9abd771-c3bc-449a-8c4a-06938231111d',
      name: 'Galaku Flirting Pen',
      identifiers: ['G202'],
    },
    {
      id: 'bbb54012-bee5-451a-aea3-98f28ca695a9',
      name: 'Galaku Ball vibrator',
      identifiers: ['K118'],
    },
    {
      id: '104e8fcf-db34-4006-9a27-183ca2b8aaf5',
      name: 'Galaku Cyberpunk Airplane Cup',
      identifiers: ['K107'],
    },
    {
      id: '48e98efa-7c01-4a8e-a0b5-f721799d78e0',
      name: 'Galaku Vitality Cute Pet',
      identifiers: ['G203'],
    },
    {
      id: '76ad7e0f-fcbf-4c21-b4f9-c2affe73355a',
      name: 'Galaku Little gourd vibrating egg',
      identifiers: ['TXHL'],
    },
    {
      id: '2c2a664d-851d-4686-b432-1e2eef36b713',
      name: 'Galaku little kitten',
      identifiers: ['TXMM'],
    },
    {
      id: '7ab1f6e5-ed53-463c-8379-40db8fa580b4',
      name: 'Galaku Little Dinosaur',
      identifiers: ['TXKL'],
    },
    {
      id: '43e3d3d0-0c9f-46c0-b44b-4d2739a43522',
      name: 'Galaku Bell sucking',
      identifiers: ['K108'],
    },
    {
      id: '7ce8bdb5-eebc-44e8-9369-b8a9633a0365',
      name: 'Galaku Ring vibration',
      identifiers: ['K109'],
    },
    {
      id: '9106168e-1758-424e-8713-7266b96cbf6d',
      name: 'Galaku Erection Booster',
      identifiers: ['KWL2'],
    },
    {
      id: 'b56b1b77-0174-47f6-8429-06f83a7c2382',
      name: 'Galaku Gyoyo-G (meaning Yue-little gourd)',
      identifiers: ['TFHL'],
    },
    {
      id: 'c90795b9-355b-4cc3-b493-e63c92c4efe5',
      name: 'Galaku Gyoyo (meaning joy)',
      identifiers: ['TFMM'],
    },
    {
      id: 'f73faf1a-dc8d-47a6-ba00-435aec9fbfb1',
      name: 'Galaku Gyoyo (meaning joy)',
      identifiers: ['TFKL'],
    },
    {
      id: '911b8708-8cc6-406b-8fca-f31dbecb8cbc',
      name: 'Galaku Pinky stick',
      identifiers: ['K120'],
    },
    {
      id: '03a0ede5-fb62-4f5c-a3e9-c821a9afbfbf',
      name: 'Galaku Little Turtle Stick',
      identifiers: ['K12A'],
    },
    {
      id: 'd924b656-3e8e-4742-ab5e-cba345aa6c9b',
      name: 'Galaku Xiao Xian Wan',
      identifiers: ['K12C'],
    },
    {
      id: '761d7fc2-ba70-4093-8bf7-f3e3ee1d639e',
      name: 'Galaku Mitang',
      identifiers: ['LL18'],
    },
    {
      id: 'bdd69b72-0c3d-4c14-b923-accd305e9ccc',
      name: 'Secret Lover Simon',
      identifiers: ['CYX2'],
    },
    {
      id: 'e17ab832-ca1b-430a-b03a-c053c268407e',
      name: 'Secret Lover Betty',
      identifiers: ['RC31'],
    },
    {
      id: '546731c9-21c5-4bca-bb85-9fec1c3c627e',
      name: 'Secret Lover Kevin',
      identifiers: ['MD19'],
    },
    {
      id: 'f4cdbb77-f674-49df-9b76-75d460179c69',
      name: 'Adorime Wearable Egg Vibrator',
      identifiers: ['QD48'],
    },
    {
      id: 'c81608ec-36cc-4ca1-9a17-72e4e3ce020f',
      name: 'Adorime Male Masturbator',
      identifiers: ['BGSF'],
    },
    {
      id: '0c62c632-fbf1-43f1-b3ab-bff41ea88c3a',
      name: 'Adorime Penis Vibrator',
      identifiers: ['BGQS'],
    },
    {
      id: 'bce17a9d-1cfa-47e7-a6fd-6471896bb1d3',
      name: 'Adorime Anal Vibrator',
      identifiers: ['AX05'],
    },
    {
      id: 'deb3f920-40f7-4595-92b1-8877b0ef0636',
      name: 'Adorime Chastity Cage',
      identifiers: ['DT01'],
    },
    {
      id: '67bc4304-d2c3-493f-aa57-de708361e615',
      name: 'Adorime Penis Helmet Vibrator',
      identifiers: ['BGZY'],
    },
    {
      id: '5cfdd204-e0dd-4ec5-b133-205bd6ce660a',
      name: 'Adorime Pink Touch',
      identifiers: ['A531'],
    },
    {
      id: '58de185f-a52c-42e0-b06f-bb7a293a9d40',
      name: 'Galaku Zaku Aircraft Cup',
      identifiers: ['G317'],
      features: [
        feature(0, 'f427019a-a136-45a0-a866-dac460d8770c', {
          description: 'oscillate',
          output: { Oscillate: [0, 100] },
        }),
        feature(1, '0fa679ef-eb23-4b10-a456-dd1f99ed7dee', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '19ac04ae-9d77-4b3b-a706-5df8252569a7', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '8c3f6848-0c63-4a56-8f28-ffba313240e3',
      name: 'Galaku Mecha',
      identifiers: ['G312'],
      features: [
        feature(0, '9a04b080-4956-499c-894d-d7538322160e', {
          description: 'oscillate',
          output: { Oscillate: [0, 100] },
        }),
        feature(1, 'a8a8f9c0-f406-4b80-8c8e-3ff1bf9bff72', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '769865df-58b9-4d0f-8697-4ee78304a10c', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '1f53344c-173d-4a00-abb4-623969d7b174',
      name: 'Galaku Little Devil',
      identifiers: ['G302'],
      features: [
        feature(0, 'c09c7502-7e42-49be-8620-44bf0dda08af', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'ccf2e0e7-4ade-4a9b-8b49-405653f72c7c', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '22792e4e-bf84-42d4-a1ec-cbffddd3d777', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'e8c6ef4f-b574-4fa3-8887-df3415368621',
      name: 'Galaku Athena',
      identifiers: ['G320'],
      features: [
        feature(0, 'c86290fd-1271-45d3-98bf-bcd168a1948a', {
          description: 'oscillate',
          output: { Oscillate: [0, 100] },
        }),
        feature(1, '70de4e79-4db7-45ee-a7c1-490cdf23bb33', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'a6fb0d1b-9160-40ca-81a7-905776aeff83', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'a8f4769e-945e-4f32-b2fb-1d15c6be62c6',
      name: 'Galaku Vitality Octopus II',
      identifiers: ['G314'],
      features: [
        feature(0, '75943039-8932-4a1c-af26-d1f075e78c01', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '05804a02-980d-4380-b407-a30f56477f8e', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'a104dc8a-7759-4dd9-8113-d3b450b24658', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'ead84aad-7180-415d-8740-3a8c84be3fc9',
      name: 'Galaku Little Dolphin',
      identifiers: ['G228'],
      features: [
        feature(0, '7751e53b-a722-49e5-9534-5a5798de081c', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '68d399dd-a3c9-4423-b244-d231c7e0a131', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '398eb416-b3d7-4f23-90ec-2f9fb05487f7', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '9ca11ed6-aa8a-4506-a7f8-78f515075340',
      name: 'Galaku Unicorn',
      identifiers: ['G315'],
      features: [
        feature(0, '02fda4c8-b86c-4131-8d9f-447534785404', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'a21f8a77-22ce-47a3-b220-028f87d3a50d', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'e85a8553-4f3c-49ba-ae88-929d0052e04d', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '113cb4d3-f8a9-45b5-bf66-3e93e5209e4d',
      name: 'Galaku Queen Bee Gun',
      identifiers: ['G307'],
      features: [
        feature(0, '3525faff-24d5-4b84-9b4d-b6e92f51f2f4', {
          description: 'oscillate',
          output: { Oscillate: [0, 100] },
        }),
        feature(1, 'c1150106-9f41-4a80-b30b-6015e1a7e80a', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '57638eed-03e4-4279-8fc1-cc03a2d9066c', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '13e7fd6e-2dec-400e-80e5-908a088572fc',
      name: 'Galaku Freya',
      identifiers: ['K311'],
      features: [
        feature(0, 'c52a581b-0838-4431-bd39-179628da18d4', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'ba7de25e-d0fd-4431-afc5-e8b72431b025', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '309ff7a2-aa2f-44e4-ace9-c1d485bf47ae', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '5d47e890-6093-4eae-b7e8-e637dc82a2ea',
      name: 'Galaku Rhino Prostate Massager',
      identifiers: ['G339'],
      features: [
        feature(0, '75e8f6e5-a69b-48d4-937b-c202961b464f', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '10007a9c-8e51-4d38-b55a-03e09954b0d2', { description: 'rotate', output: { Rotate: [0, 100] } }),
        feature(2, 'be8475dd-8928-447d-9e94-1e0543056b29', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '1d9030a8-bfd2-4e49-8e8d-683c7776ae83',
      name: 'Galaku Armoured-ONE',
      identifiers: ['G354'],
      features: [
        feature(0, 'dc4348f2-7788-4b63-96f8-80ed74e4f9c2', {
          description: 'Oscillate',
          output: { Oscillate: [0, 100] },
        }),
        feature(1, 'e79abb39-74ab-46cc-9363-41637a43c885', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '23e5cc47-944a-427c-be33-8611fffc70c8', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '7565ed2f-36c6-4210-830b-c916c4f8132b',
      name: 'Galaku Flower Season',
      identifiers: ['G12B'],
      features: [
        feature(0, 'e86333ca-254b-4c40-b448-eeb0e397e2f6', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'f531ad54-4f1f-4fe6-91dd-bba265307fb5', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'f989b7c6-ad5d-49fa-b103-2a21ff2213d5', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '8a41b478-7239-4412-b251-66dcb62f0e98',
      name: "Galaku Little Rubik's Cube",
      identifiers: ['G29C'],
      features: [
        feature(0, 'd8b78598-520b-4d28-9340-1a51d918f31a', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'ddc439b2-dc60-46bd-b6dc-4ce2b92783c0', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '34bf9651-bbd6-475f-a2ea-536b04c5db62', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'fae6c568-0e7f-446f-9523-81964f51728c',
      name: 'Galaku Small powder cake',
      identifiers: ['G29D'],
      features: [
        feature(0, '8dccfd7a-397e-450c-8911-31d2258506f5', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '6031712c-95a0-457f-93b6-e24b8ab7d335', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '7e0681c6-7206-41d0-97d2-f3e01d6c8de4', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '722fc3e9-8349-4659-b71b-9c77d437f695',
      name: 'Galaku Milly',
      identifiers: ['GKML'],
      features: [
        feature(0, '48936afe-dfda-4a35-bd45-1da66bdc020f', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'f17eba7d-aab9-43d9-a621-4e5b3addd682', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '67430820-ef54-4821-8d43-37b7ebc6702f', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'd546987d-311b-4db1-80d6-b8df1a06b275',
      name: 'Galaku Rhinoceros Back Court',
      identifiers: ['G348'],
      features: [
        feature(0, '8afa26c6-e525-4afc-84f7-a9602d82ddf9', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'ed5039d6-24ea-4adb-becd-ab549aff67ce', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '8b8b2df2-1f06-4649-b575-ae0abef990dc', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '536ea0fc-ef97-40a1-be31-56f9cabd489e',
      name: 'Galaku Unicorn II',
      identifiers: ['G913'],
      features: [
        feature(0, 'dff9df20-91d3-478f-b5dd-409db449d9ff', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'f23839bb-69c4-4570-9eb0-ea387a1fa87f', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '10d3c65c-e6b1-4802-b71f-5843bb6ae4bd', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'ee326d2c-8241-40b7-9ccd-3662a5901197',
      name: 'Galaku Phantom',
      identifiers: ['G213'],
      features: [
        feature(0, '5e4c85dc-27df-45fa-a7cc-f2870596b7ed', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'cb5581ba-2f77-49e3-bf0a-856639e045e1', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'f8057621-5690-43fe-8cf9-aa2b1d4ceb07', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'e1516f9a-9f56-4859-832d-6b637c6880e5',
      name: 'Galaku F1 Aircraft Cup',
      identifiers: ['TFF1'],
      features: [
        feature(0, '5027b245-170a-47ca-b9b6-d93c48532d56', {
          description: 'oscillate',
          output: { Oscillate: [0, 100] },
        }),
        feature(1, '376aee27-8c1b-4d26-a5e3-9b92be56036d', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '42b39996-60ac-4ee7-9880-1bc8d73b543a', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'a849f281-4415-4b0d-a2e2-5b93e8d36833',
      name: 'Galaku Scepter AV Stick',
      identifiers: ['G310'],
      features: [
        feature(0, '7d6f9b0d-2296-42d6-a989-63366e943fff', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'ed69fd16-6951-4176-96b5-e267cb4213e4', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '76599534-d259-4420-acf8-f172421b684e', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '568f5426-4d6d-4fed-b915-c4ead0dc2b70',
      name: 'Galaku Unicorn II',
      identifiers: ['K113'],
      features: [
        feature(0, '5debcf2d-4e98-4b5f-88b0-45f4bcd3aaf1', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '787e3d35-0ea2-407e-8b4b-ecb0680ddfa3', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'c6d8ebc8-bba3-4aaa-b616-3758a6a84b06', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'b1a680ee-43ea-44a1-95f0-b287d9b87d07',
      name: 'Galaku Little Dolphin',
      identifiers: ['G228'],
      features: [
        feature(0, '484bcea7-f227-49f3-83f8-ab825c46e0f4', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '4d68f7a8-2fd1-40f3-8d5f-b932b0fb5d8f', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'f93f3c1d-8046-40f2-a4d3-4c5315c809e6', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '59723525-29b0-4cfe-b327-c4337e94cce7',
      name: 'Galaku Scepter AV Stick',
      identifiers: ['G310'],
      features: [
        feature(0, '525a328a-1fe1-4f54-be62-1aade3f4dcab', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '0f5a8b59-1ba2-4e0f-9de4-272ee2fae908', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '246cddf5-f04a-45e2-ba07-1f5354d15fdd', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'f989e3e1-6df9-4ab1-a2a6-04aded3fe9a3',
      name: 'Galaku F1 Aircraft Cup',
      identifiers: ['TFF1'],
      features: [
        feature(0, 'e19f5460-6145-48b9-9151-c16765130341', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'f44a3499-e077-41c5-93ba-56a840c8485b', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '79874bf3-3055-4d5a-a6aa-ea183f434324', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '3ff9c409-8790-4b06-af84-a0ddf103bf23',
      name: 'Galaku Classic vibration-absorbing AV state',
      identifiers: ['D358'],
      features: [
        feature(0, '98b72986-86e9-44dc-a48c-e4b64d5941c0', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '907f514f-4cfa-4210-88c8-2ae602cade4b', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '338f4e14-793b-4cb7-b26e-0ff47f2e72cc', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'd3c966a9-9341-44b5-a54d-842402010dc5',
      name: 'Galaku Unicorn',
      identifiers: ['G322'],
      features: [
        feature(0, 'd61c7b5a-b021-43bf-a246-9b7dc193cf98', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '64ecb833-2b8a-46c6-afac-28aa36d05580', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '87973aa3-f77e-47b1-92dc-1a6b32bba5d5', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '9ccc2c45-2762-4005-9de1-f636b44d0e0e',
      name: 'Galaku New series of vibrators',
      identifiers: ['D402'],
      features: [
        feature(0, 'daedd54d-0d62-434f-8408-d3d9f69cd151', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '7ebb5f9d-e447-4b67-8b3a-997b46a5f2be', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'b872a7d6-df4c-4d50-8e7b-57cc7102b151', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '8202daae-1d8f-468e-b772-31f6032e92ff',
      name: 'Galaku New series of vibrators',
      identifiers: ['G40A'],
      features: [
        feature(0, '1954d249-a830-4c2f-9a54-73962b0a7f62', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'b0a5e213-8e34-4868-9f93-477d707b555a', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'f5555828-157d-44af-a6f3-61c184adc78b', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '5910e68c-1ed0-4dd1-b9b9-74bb2332d3b7',
      name: 'Galaku New series of vibrators',
      identifiers: ['G403'],
      features: [
        feature(0, '1db2e6ef-89a9-44a6-b4fe-858c583181cc', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'af1c0858-6f69-49bd-81e0-2b5634cba141', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '0acf4462-c96b-4dec-b283-d56fdeae3e09', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '49ce5f25-f210-43cf-a20e-bb0879b89c63',
      name: 'Galaku New series of vibrators',
      identifiers: ['G43A'],
      features: [
        feature(0, '9204650b-9e73-4423-9de1-94e87cf8cf7b', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '3e533985-211f-4c4e-996e-6ee5999a8f7b', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '01388799-5cdf-4127-824b-a51ae1c38e60', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'ec43f998-0089-4bef-8a8d-d3ce49747fff',
      name: 'Galaku Little Turtle Stick',
      identifiers: ['K12B'],
      features: [
        feature(0, '50c856df-a8d2-4840-bc3d-17f7bc2144e8', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'cc865a89-7a1f-4d9c-ac03-8822ec1ab715', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '9ecdcaa7-b228-4f67-b04b-a1ff3642ebe2', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: 'c61bdc8f-230b-4cc8-9474-c145ecba7682',
      name: 'Kisstoy Lost (Vibrating)',
      identifiers: ['QCVW'],
      features: [
        feature(0, 'cf8ed969-86d5-4597-850f-35c60cfc40e8', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '13dd1aad-9102-46c9-b126-5293b5da88ad', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '421f8bf8-6732-405a-b563-139e858bc4fb', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '287d283c-d1f6-4dd4-9b53-fc01adafed30',
      name: 'Kisstoy Lost (Sucking)',
      identifiers: ['QCSW'],
      features: [
        feature(0, '02b1d882-d47e-4dc2-8062-91e9b6defdd4', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '1e4691ca-fda3-40da-bad9-b2f7393d5554', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '0b41e97c-17f9-475d-8a30-d8ed1f52cb67', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '746b8d6f-41ba-433f-b225-b3bf98c7aec9',
      name: 'Kisstoy Lost (Insertable)',
      identifiers: ['QCPW'],
      features: [
        feature(0, '2d070dbf-a2ad-4072-b7ee-a13b278fe4a4', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'cddbd1f6-227d-48e3-a1bc-74332b153a24', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'ad753ac1-6c20-495a-bb0d-409b251fbe26', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '361c0746-f630-41d3-a0bf-f993e2259217',
      name: 'Adorime G-spot Rabbit Dildo Vibrator',
      identifiers: ['SN80'],
      features: [
        feature(0, '42efb235-b450-44a6-97fd-a98b3d9750ad', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '76a8c59e-2001-4334-bacd-f436f6858e85', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '47b24f11-bb92-4173-9123-80a330c76041', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '349e64b6-931f-4e1a-b69c-4f9652f0cf2c',
      name: 'Adorime Backy',
      identifiers: ['BGCD'],
      features: [
        feature(0, '72c39683-55e5-418c-94fd-3733089b76a6', { description: 'Vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'dfabda24-3995-4160-9f00-1732fc38281d', { description: 'Vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, 'deb32910-37e0-4be7-8783-4dd5745be738', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '20bfb1be-613b-47de-ae68-a6e8be7f493d',
      name: 'Adorime Cock Ring',
      identifiers: ['YXSJ'],
      features: [
        feature(0, 'ed25baca-3647-489d-96a8-9cf528dfbe34', { description: 'Vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '9ffd40ba-f94e-41e2-ae42-83fd29f9d6a1', { description: 'Vibrate', output: { Vibrate: [0, 100] } }),
        feature(2, '0b444666-695e-4ee3-a7a2-33f22259f80e', {
          description: 'Battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '0d60d3a5-bad0-4df7-99ad-4bf4ee442c5d',
      name: 'Galaku Aurora Aircraft Cup',
      identifiers: ['TFG1'],
      features: [
        feature(0, '2b5fdcd4-3b35-4939-b086-950a827141e1', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '59498f0e-ad39-4701-9197-a5c7428b0acc', {
          description: 'Suction Pump',
          output: { Constrict: [0, 100] },
        }),
        feature(2, '591ca427-79d4-4d6a-bf00-8596cd9cb493', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '687bbb0e-b5a6-47d8-bca3-3395c510d996',
      name: 'Galaku Cannon-GT',
      identifiers: ['GK27', 'GX27'],
      features: [
        feature(0, 'ff51f8a4-4ac0-434c-b656-d94e0b2eec53', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'e0b9f2c7-68d9-4c7b-9327-6e0802973a44', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '4169f6af-723c-437c-be39-d90508c95e0a',
      name: 'Galaku Phantom PLUS',
      identifiers: ['GK25'],
      features: [
        feature(0, 'd8411669-9823-4755-afe4-969f7a4200cd', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'afb9c389-4624-4871-bfed-c19eccbcd3e3', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '637fec12-7e76-4107-ba18-931046975976',
      name: 'Galaku Vision',
      identifiers: ['AC695X_1(BLE)'],
      features: [
        feature(0, '8626a95c-2ebd-43b4-a592-27282c6cc275', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'b680b236-52f4-4d8e-907e-78e71a0d23e9', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '34c495ac-a36f-4d8c-9823-191895926d49',
      name: 'Galaku Dimension No. 1',
      identifiers: ['GX33'],
      features: [
        feature(0, '90351a28-a5c0-4b77-bd61-d5e667588cf1', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, 'ab7abe60-7733-4391-a61d-765655275261', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
    {
      id: '938f9e14-3d1d-4778-821a-a1c17bb42936',
      name: 'Galaku Starry Sky CUP',
      identifiers: ['WSXK'],
      features: [
        feature(0, '80d6340d-70bd-40ba-87bd-014f034a3186', { description: 'vibrate', output: { Vibrate: [0, 100] } }),
        feature(1, '1ef7a2d2-1725-4fd9-9e70-d8e0674ac17f', {
          description: 'battery Level',
          input: { Battery: batteryInput },
        }),
      ],
    },
  ],
});

/** Devices spoken to by the foreo protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../deviceData.js';

export const foreoDevices = defineDevices({
  name: 'foreo',
  communication: [
    {
      transport: 'btle',
      names: ['FOFO', 'LUNA fofo', 'LUNA FOFO', 'LUNA PLAY SMART', 'LUNA PLAYSMART2', 'LUNA PLAY SMART2', 'LUNA play smart2', 'LUNA play smart 2', 'LUNA 3', 'LUNA3', 'LUNA3PLUS', 'LUNA3 PLUS', 'LUNA 3 PLUS', 'LUNA 3 plus', 'LUNA 3 MEN', 'LUNA3MEN', 'LUNA MINI3', 'LUNA MINI 3', 'LUNA mini 3', 'LUNA4PLUS', 'LUNA4', 'LUNA 4', 'LUNA4PLUS', 'LUNA4 PLUS', 'LUNA 4 plus', 'LUNA4MEN', 'LUNA 4 MEN', 'LUNA 4 FOR MEN', 'LUNA MINI4', 'LUNA MINI 4', 'LUNA mini 4', 'LUNA 4 mini', 'UFO', 'UFO mini', 'UFO MINI', 'UFO MIN', 'UFO2', 'UFO 2', 'UFOMINI2', 'UFO mini 2', 'UFO3', 'UFO3mini', 'UFO3go', 'UFO3led', 'BEAR', 'BEAR_MINI', 'BEAR MINI', 'BEAR mini', 'BEAR2', 'BEAR 2', 'BEAR2go', 'BEAR2body', 'BEAR2eyes', 'KIWI', 'KIWI derma'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '92d98050-7a3f-45b2-9df1-41e8cda28033',
    name: 'Foreo Device',
    features: [
      feature(0, '0749f306-bd4c-48d7-9c2a-1309817a4dcc', { output: { Vibrate: [0, 10] } }),
    ],
  },
  configurations: [
    {
      id: '98f14be3-8938-403a-8f90-d4bf5d15409f',
      name: 'Foreo LUNA fofo',
      identifiers: ['FOFO', 'LUNA fofo', 'LUNA FOFO', 'LUNA PLAY SMART'],
    },
    {
      id: 'ee014806-a78a-4d83-9c22-25941f13c26e',
      name: 'Foreo LUNA play smart 2',
      identifiers: ['LUNA PLAYSMART2', 'LUNA PLAY SMART2', 'LUNA play smart2', 'LUNA play smart 2'],
    },
    {
      id: 'c711b125-092c-4ece-bb98-83050b3fdf52',
      name: 'Foreo LUNA 3',
      identifiers: ['LUNA 3', 'LUNA3'],
    },
    {
      id: 'da0802b8-f60c-4261-83f7-6c703e587fa2',
      name: 'Foreo LUNA 3 plus',
      identifiers: ['LUNA3PLUS', 'LUNA3 PLUS', 'LUNA 3 PLUS', 'LUNA 3 plus'],
    },
    {
      id: 'de02db79-eba2-48dc-b539-5364aaae4bd2',
      name: 'Foreo LUNA 3 men',
      identifiers: ['LUNA 3 MEN', 'LUNA3MEN'],
    },
    {
      id: '2ec4a921-d834-4da0-b710-a9d10fba4942',
      name: 'Foreo LUNA 3 mini',
      identifiers: ['LUNA MINI3', 'LUNA MINI 3', 'LUNA mini 3'],
    },
    {
      id: '695d3e66-e545-43ae-a8fa-8a8883e32439',
      name: 'Foreo LUNA 4',
      identifiers: ['LUNA4', 'LUNA 4'],
    },
    {
      id: '34503c35-05ef-44f4-875e-e46c9c81a71f',
      name: 'Foreo LUNA 4 plus',
      identifiers: ['LUNA4PLUS', 'LUNA4 PLUS', 'LUNA 4 plus'],
    },
    {
      id: 'e519d03d-35e4-4e06-84da-a183a516d2bf',
      name: 'Foreo LUNA 4 men',
      identifiers: ['LUNA4MEN', 'LUNA 4 MEN', 'LUNA 4 FOR MEN'],
    },
    {
      id: '52c53ab8-513a-4cb8-abb5-622086c7b6b0',
      name: 'Foreo LUNA 4 mini',
      identifiers: ['LUNA MINI4', 'LUNA MINI 4', 'LUNA mini 4', 'LUNA 4 mini'],
    },
    {
      id: '67c567c0-1ea2-4093-80bf-a109f6831621',
      name: 'Foreo UFO',
      identifiers: ['UFO'],
    },
    {
      id: '305f6099-c0a7-4eb0-bf0f-7499ef152d8c',
      name: 'Foreo UFO mini',
      identifiers: ['UFO mini', 'UFO MINI', 'UFO MIN'],
    },
    {
      id: '5e5700df-c1b1-448a-822f-1808e453641f',
      name: 'Foreo UFO 2',
      identifiers: ['UFO2', 'UFO 2'],
    },
    {
      id: '3256b258-13cd-4df9-abdb-d8e547c396d5',
      name: 'Foreo UFO 3',
      identifiers: ['UFO3'],
    },
    {
      id: '1ca37f05-520d-4696-86b1-d0edcf9fa803',
      name: 'Foreo UFO 3 go',
      identifiers: ['UFO3go'],
    },
    {
      id: '77d89601-216c-42ee-9908-c0afd777c9a6',
      name: 'Foreo UFO 3 led',
      identifiers: ['UFO3eyes'],
    },
    {
      id: '58f9677c-440f-43c9-9ab6-7f938edd3f4a',
      name: 'Foreo UFO 3 mini',
      identifiers: ['UFO3mini'],
    },
    {
      id: 'd555e823-52aa-4f02-8d8e-788c3dbe3a5e',
      name: 'Foreo UFO mini 2',
      identifiers: ['UFOMINI2', 'UFO mini 2'],
    },
    {
      id: 'a050edb2-71b2-494a-b3db-4f0d9ac20310',
      name: 'Foreo BEAR',
      identifiers: ['BEAR'],
    },
    {
      id: '1231d10c-eee6-4061-8eb2-ffdec6f1523a',
      name: 'Foreo BEAR mini',
      identifiers: ['BEAR_MINI', 'BEAR MINI', 'BEAR mini'],
    },
    {
      id: 'c57d9ca7-f3e6-4f48-b65c-fec9a648b699',
      name: 'Foreo BEAR 2',
      identifiers: ['BEAR2', 'BEAR 2'],
    },
    {
      id: '35a0a090-3085-4f83-b9d2-eb26d0c21ea9',
      name: 'Foreo BEAR 2 go',
      identifiers: ['BEAR2go'],
    },
    {
      id: 'c66dd16e-13e0-4446-809f-a1567fe746c7',
      name: 'Foreo BEAR 2 eyes',
      identifiers: ['BEAR2eyes'],
    },
    {
      id: 'a837cdd0-6513-4962-85be-d4859e1a7c98',
      name: 'Foreo BEAR 2 body',
      identifiers: ['BEAR2body'],
    },
    {
      id: 'd14e7fd0-1da8-44dc-8028-39a5655185fa',
      name: 'Foreo KIWI',
      identifiers: ['KIWI'],
    },
    {
      id: 'ee07bc74-21af-455d-a26a-fab22f188f97',
      name: 'Foreo KIWI derma',
      identifiers: ['KIWI derma'],
    },
  ],
});

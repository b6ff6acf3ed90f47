/** Devices spoken to by the joyhub protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../deviceData.js';

export const joyhubDevices = defineDevices({
  name: 'joyhub',
  communication: [
    {
      transport: 'btle',
      names: ['J-Ringstar', 'J-RapidTwist2', 'J-Melody', 'J-Virtuoso', 'J-Pathfinder3', 'J-RoseLin', 'J-Viele', 'J-Pearlconch', 'J-PearlconchL', 'J-PetiteRose', 'J-MoonHorn', 'J-VibTrefoil', 'J-Panther', 'J-Mecha', 'J-Lagoon', 'J-Firedragon', 'J-Dina', 'J-Vbarbie3f', 'J-CHERLY2c', 'J-Pathfinder2', 'J-Pathfinder', 'J-VibRipple', 'J-Verax', 'J-Verax2', 'J-Euphoric2', 'J-ROSEBUD', 'J-Morningbuds2', 'J-Rhythmic4', 'J-Virtuoso2', 'J-Dyllis', 'J-Flamewing', 'J-VelvetRabbit', 'J-VividPulse', 'J-VioletVine', 'J-VibSiren2', 'J-Veemy', 'J-Fabledragon', 'J-Faunus', 'J-VortexTongue2', 'J-Torin', 'J-VBarbiep', 'J-Vbarbie', 'J-Viball', 'J-Vase', 'J-Vortex2s', 'J-Royaleye', 'J-VBarbie2t', 'J-Pau', 'J-Petalwish3', 'J-Marshal', 'J-Piet2', 'J-Vince', 'J-Dallin', 'J-Mace2', 'J-Verax4', 'J-Palmyra', 'J-Maiden', 'J-Viele3', 'J-Xylia', 'J-Troi', 'J-Tanmouth', 'J-Marcela', 'J-Vita', 'J-LACH', 'J-Markel', 'J-Pipes', 'J-Vigo', 'J-Petalwish2', 'J-VortexTongue', 'J-Velocity', 'JOYHUB-ROSELLA2', 'J-VibSiren', 'J-ElixirEgg', 'J-RetroGuard', 'J-TrueForm', 'J-TrueForm3', 'J-Rhythmic2', 'J-Rhythmic3', 'J-Mysticolor', 'J-VividWings', 'J-Rainbow', 'J-BlackBull', 'J-Peacock', 'J-Mariner', 'J-Mace', 'J-MarsLion', 'J-Tarian', 'J-Pul', 'J-Euphoric', 'J-Euphoric3', 'J-Torrian', 'J-Rayen', 'J-ROSELLA3', 'J-Mackay', 'J-Rowdy3', 'J-Eclipse', 'J-DukeDazzle2', 'J-Scarlett', 'J-Tarik', 'J-UricaGuard2', 'J-Viva', 'J-Ryden', 'J-Mars', 'J-MarsLion2', 'J-Myrna', 'J-Vase2', 'J-Martino', 'J-Enam', 'J-Viv', 'J-Vivara', 'J-Explorer2', 'J-Derik', 'J-Peachy', 'J-Divers', 'J-VioletGale', 'J-Vellum', 'J-Torque', 'J-Mighty', 'J-MowgliII', 'J-Pinhead', 'J-Victor', 'J-Mirage3', 'J-Maelstrom', 'J-Dodge', 'J-Pyt', 'J-Perseus', 'J-Pogo', 'J-Pyro', 'J-MaxSensr', 'J-Diego', 'J-RoseVore', 'J-Rosethorn2', 'J-Pak', 'J-VeeLips', 'J-Veeva2', 'J-Punch'],
      services: {
        '0000ffa0-0000-1000-8000-00805f9b34fb': { tx: '0000ffa1-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: {
    id: '53cf03db-266d-46c1-964e-0ef505a64200',
    name: 'JoyHub Device',
    features: [
      feature(0, 'fc2f0fc2-fb75-4eee-b92b-20eaf7cc9a1e', { output: { Vibrate: [0, 255] } }),
    ],
  },
  configurations: [
    {
      id: '5b78e797-3ff6-4ca8-be15-28a1f3983dca',
      name: 'JoyHub Rosella 2',
      identifiers: ['JOYHUB-ROSELLA2'],
    },
    {
      id: 'bc35f659-b67b-4df5-afdd-46053c2a5366',
      name: 'JoyHub Velocity',
      identifiers: ['J-Velocity'],
    },
    {
      id: '6cbbce9e-6154-4260-8d2c-69cc52edd2ee',
      name: 'JoyHub ElixirEgg',
      identifiers: ['J-ElixirEgg'],
    },
    {
      id: '481344d5-9edd-48c4-8867-d0d639648d09',
      name: 'JoyHub Retro Guard',
      identifiers: ['J-RetroGuard'],
    },
    {
      id: '5a3c541a-2924-44cc-a92d-d48b58cf0159',
      name: 'JoyHub TrueForm 3',
      identifiers: ['J-TrueForm3'],
    },
    {
      id: '6368a677-6c33-4765-8baf-1cd0cd4bb06e',
      name: 'JoyHub TrueForm',
      identifiers: ['J-TrueForm'],
    },
    {
      id: '46533dc6-6f1b-4b17-9f31-06b076f417d6',
      name: 'JoyHub Rhythmic 2',
      identifiers: ['J-Rhythmic2'],
    },
    {
      id: '1a5dd035-8107-4db3-924d-503113b1c600',
      name: 'JoyHub Rhythmic 3',
      identifiers: ['J-Rhythmic3'],
    },
    {
      id: '907042dc-2681-46a0-9a49-3b8564faa41a',
      name: 'JoyHub Rainbow',
      identifiers: ['J-Rainbow'],
      features: [
        feature(0, '24a7fa13-8a0a-462c-9414-b673edac3edf', { output: { Vibrate: [0, 255] } }),
        feature(6, '4f8c159e-667c-400f-ae67-b030d1f364d7', { output: { Led: [0, 1] } }),
      ],
    },
    {
      id: 'b92595de-f564-4298-a444-9c8bd1a2c7f9',
      name: 'JoyHub Black Bull',
      identifiers: ['J-BlackBull'],
    },
    {
      id: '1b560be9-462d-4e08-adb5-2a38690e6ab2',
      name: 'JoyHub Peacock',
      identifiers: ['J-Peacock'],
      features: [
        feature(0, 'ab7538db-d2a0-4dc6-92fa-68dbab9fd42f', { output: { Vibrate: [0, 255] } }),
        feature(6, 'ddf87591-51ac-44b9-adff-288bd5e4b386', { output: { Led: [0, 1] } }),
      ],
    },
    {
      id: 'b67fe066-44ff-41be-983d-0ed3e4a7b3ee',
      name: 'JoyHub Mace',
      identifiers: ['J-Mace'],
    },
    {
      id: '609b9d5a-45c2-4f6d-a396-34f21e932c12',
      name: 'JoyHub Tarian',
      identifiers: ['J-Tarian'],
    },
    {
      id: 'c2aea3e0-551b-4e7f-90e6-819878ad6aec',
      name: 'JoyHub Euphoric',
      identifiers: ['J-Euphoric'],
    },
    {
      id: '4b936259-c2d8-4459-9824-5992c0c22430',
      name: 'JoyHub Euphoric3',
      identifiers: ['J-Euphoric3'],
    },
    {
      id: 'a0a65312-dc6a-4e7b-a5cb-b1b8499df070',
      name: 'JoyHub Torrian',
      identifiers: ['J-Torrian'],
    },
    {
      id: '08956682-7cf2-4a01-85d7-7132f8b0690e',
      name: 'JoyHub Rayen',
      identifiers: ['J-Rayen'],
    },
    {
      id: 'add6c7a5-7a3f-4d3d-abac-da7f9b498ef2',
      name: 'JoyHub Mackay',
      identifiers: ['J-Mackay'],
    },
    {
      id: 'f175684d-3bc2-4c8a-a36b-b68275602179',
      name: 'JoyHub Rowdy 3',
      identifiers: ['J-Rowdy3'],
    },
    {
      id: '26bab7e2-0a38-4790-bdf0-8d9e1927106a',
      name: 'JoyHub Eclipse',
      identifiers: ['J-Eclipse'],
    },
    {
      id: 'd7176dba-ce2b-4395-bf26-1b8ab653d8b5',
      name: 'JoyHub Scarlett',
      identifiers: ['J-Scarlett'],
    },
    {
      id: 'f6b8c5db-eca9-4041-9e07-48521ed3a55f',
      name: 'JoyHub Tarik',
      identifiers: ['J-Tarik'],
    },
    {
      id: '7252d5cc-5f1c-49ca-b2c8-49d7502c1f6b',
      name: 'JoyHub Urica Guard',
      identifiers: ['J-Derik'],
    },
    {
      id: 'a2f973ff-e6cd-4b70-a711-2b24f2d03b6d',
      name: 'JoyHub Urica Guard 2',
      identifiers: ['J-UricaGuard2'],
    },
    {
      id: '6d3ee1c9-0452-4a01-8f73-75d196179e5c',
      name: 'JoyHub Viva',
      identifiers: ['J-Viva'],
    },
    {
      id: '25ef0abd-31ed-497f-8fc0-ea374f600ee7',
      name: 'JoyHub Ryden',
      identifiers: ['J-Ryden'],
    },
    {
      id: 'eda4e5c4-4a91-4260-a14b-570926e346f6',
      name: 'JoyHub Peachy',
      identifiers: ['J-Peachy'],
    },
    {
      id: 'b1aa4a71-1346-43c4-9de3-7ecc642607d5',
      name: 'JoyHub Enam',
      identifiers: ['J-Enam'],
    },
    {
      id: '5a4c2185-67a9-4e15-862b-3c913aaecaad',
      name: 'JoyHub Viv',
      identifiers: ['J-Viv'],
    },
    {
      id: '307496a5-a0e0-498e-b635-c6bc346cab1c',
      name: 'JoyHub Vivara',
      identifiers: ['J-Vivara'],
    },
    {
      id: 'f499492b-571c-4766-830c-c751706e280d',
      name: 'JoyHub Explorer 2',
      identifiers: ['J-Explorer2'],
    },
    {
      id: '38def4f2-5ec4-4466-a3e3-d7a9e35f4a2b',
      name: 'JoyHub Peachy',
      identifiers: ['J-Peachy'],
    },
    {
      id: '44372cb8-208a-4d11-afc7-88ee69bf65fd',
      name: 'JoyHub Divers',
      identifiers: ['J-Divers'],
    },
    {
      id: '167a92b5-2e79-448d-9988-a1f7673dafe9',
      name: 'JoyHub Violet Gale',
      identifiers: ['J-VioletGale'],
    },
    {
      id: 'a168338f-a110-4485-94b4-8f2186a0f4b0',
      name: 'JoyHub Vellum',
      identifiers: ['J-Vellum'],
    },
    {
      id: '904ef5c8-7030-4c2f-9c12-d69154ab10c3',
      name: 'JoyHub Petalwish 2',
      identifiers: ['J-Petalwish2'],
      features: [
        feature(0, '0d5685ae-95ea-4d2d-849e-b75b7354bc35', { output: { Oscillate: [0, 255] } }),
        feature(2, 'e092343a-c826-4bc8-a579-e179b50cf65e', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'c85fd4cf-5bc1-4300-9cb8-a4db4fa8b85f',
      name: 'JoyHub Vortex Tongue',
      identifiers: ['J-VortexTongue'],
      features: [
        feature(0, '95313411-9fb3-4df9-b672-c7279ca7d243', { output: { Vibrate: [0, 255] } }),
        feature(1, '042a4817-348c-4595-9fbc-463ffa903041', { output: { Rotate: [0, 255] } }),
        feature(4, 'd2f66bd3-96c4-4377-b1f5-45a2f3d99c9e', { description: 'Air Pump', output: { Constrict: [0, 3] } }),
      ],
    },
    {
      id: '380428d0-73a4-4437-bf48-fb6b26663d1d',
      name: 'JoyHub VibSiren',
      identifiers: ['J-VibSiren'],
      features: [
        feature(0, 'd03ea16f-3126-469d-bf85-843a7c6e2cf6', { description: 'External vibrator', output: { Vibrate: [0, 255] } }),
        feature(1, 'cd3828ee-8fe0-4214-acce-9fc4aac9ea46', { description: 'Internal vibrator', output: { Vibrate: [0, 255] } }),
        feature(2, '115ec3d5-df22-474a-aa5a-32236fcb517e', { output: { Oscillate: [0, 255] } }),
        feature(6, 'c99ebac0-a315-45a1-8403-562c79b37f1d', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '1ca6396e-bee2-42c8-901c-82e975998085',
      name: 'JoyHub Mysticolor',
      identifiers: ['J-Mysticolor'],
      features: [
        feature(0, 'a7a34c6b-5d77-4a38-9708-780ba97cd34f', { output: { Rotate: [0, 255] } }),
        feature(4, '7891e1b3-82c3-4e83-936c-2a156f2ba826', { description: 'Air Pump', output: { Constrict: [0, 7] } }),
      ],
    },
    {
      id: '576095da-d4a5-4f19-9b14-6244cbfe8096',
      name: 'JoyHub Vivid Wings',
      identifiers: ['J-VividWings'],
      features: [
        feature(0, '686761a8-fcc9-4a41-9725-045d5cb0dae9', { output: { Vibrate: [0, 255] } }),
        feature(2, '21c831d4-0956-4b9b-a90e-31a545a89708', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '67ed28b9-c0fe-4155-b7b8-3829ec12a485',
      name: 'JoyHub Mariner',
      identifiers: ['J-Mariner'],
      features: [
        feature(0, '439bea28-4c09-4b81-8dd5-dce2ec31781e', { output: { Rotate: [0, 255] } }),
        feature(4, '9f386242-41a2-4c86-9167-db6c58840cc7', { description: 'Air Pump', output: { Constrict: [0, 2] } }),
      ],
    },
    {
      id: '3f3b7c49-94b2-49b6-ba67-3e5539e204b9',
      name: 'JoyHub MarsLion',
      identifiers: ['J-MarsLion'],
      features: [
        feature(0, 'e43f723f-412d-4c75-8123-2483113a06a8', { output: { Vibrate: [0, 255] } }),
        feature(4, '54e3da8e-7f97-46c7-8a1e-9fa549b877c2', { description: 'Air Pump', output: { Constrict: [0, 5] } }),
      ],
    },
    {
      id: 'db3efe9b-839c-495e-8c2e-b800b3125b36',
      name: 'JoyHub Pul',
      identifiers: ['J-Pul'],
      features: [
        feature(0, 'a9b7d261-2877-4214-a539-8ce30e038386', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: 'ca36d3a7-c305-45e3-b8f7-3106b36b233a',
      name: 'JoyHub Rose Love',
      identifiers: ['J-ROSELLA3'],
      features: [
        feature(0, '0d3b3010-d438-4899-b1c2-d81bff0c6714', { description: 'Suction Vibrator', output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '877a8e55-9f08-4bea-826c-20371ba57577',
      name: 'JoyHub Edasich',
      identifiers: ['J-DukeDazzle2'],
      features: [
        feature(0, '9fde0544-3307-4a4f-8abf-88ffb1dc3caf', { output: { Vibrate: [0, 255] } }),
        feature(2, 'e0ca1697-1e42-4822-925c-691561916bee', { output: { Oscillate: [0, 255] } }),
        feature(6, '3c6dd010-b9b5-4cb0-8e99-2f1ed4acfe9b', { description: 'Heater', output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: 'b4235543-7287-4698-a1e7-9d78c53d4c0a',
      name: 'JoyHub Mars',
      identifiers: ['J-Mars'],
      features: [
        feature(0, 'a4a079b4-6cf2-47fc-bfef-0f2921c243db', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '76d1ddf5-e46b-4912-bea1-a748ce28a18e',
      name: 'JoyHub Martino',
      identifiers: ['J-Martino'],
      features: [
        feature(0, 'b306148c-c1d9-4281-bae9-fe1ccd876399', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: 'e693fbe3-f697-446e-8fa2-87e99e9e8cb6',
      name: 'JoyHub Mars Lion 2',
      identifiers: ['J-MarsLion2'],
      features: [
        feature(0, 'b6ffc3b3-9e8a-46cd-82f2-97df7237be83', { output: { Vibrate: [0, 255] } }),
        feature(4, 'ead93a87-9ad6-448f-a26a-cce980db265e', { output: { Constrict: [0, 5] } }),
      ],
    },
    {
      id: 'e6502f8e-73c3-4b1f-9080-4428d6670045',
      name: 'JoyHub Myrna',
      identifiers: ['J-Myrna'],
      features: [
        feature(0, '393dfa94-e3c8-4962-a053-c39e0447e420', { output: { Vibrate: [0, 255] } }),
        feature(4, 'b6e89b8c-207d-4588-9fff-f71d42e1a1a5', { output: { Constrict: [0, 9] } }),
      ],
    },
    {
      id: 'cd4e9b09-367e-4ac1-8571-4f0ff4ca8996',
      name: 'JoyHub Vase 2',
      identifiers: ['J-Vase2'],
      features: [
        feature(0, '7e13af66-c20f-42b3-ba85-764a2cdeaca0', { description: 'Biting lips', output: { Vibrate: [0, 255] } }),
        feature(2, 'f80dc564-7d53-4c6b-991e-ec18051a3207', { description: 'Sideways flicker', output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '7f324fea-ce2c-4e72-bfc2-b2227251a2c7',
      name: 'JoyHub Pearlconch',
      identifiers: ['J-Pearlconch'],
      features: [
        feature(0, 'ae8e847a-fbe2-4650-8c7e-372399981bac', { output: { Rotate: [0, 255] } }),
        feature(1, 'eb9b02b6-7902-4f4e-8a3d-ae9b6a77595d', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'd91c5f72-7a5e-4a38-999a-3118a49ff6d4',
      name: 'JoyHub Pearlconch L',
      identifiers: ['J-PearlconchL'],
      features: [
        feature(0, 'a696f55c-376d-4304-aaa4-c25013c4e20f', { output: { Rotate: [0, 255] } }),
        feature(1, '597375f8-9698-4c08-8d45-9d732b84b06e', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'd2aa1980-7943-4c39-b66d-a2f0ba495ce5',
      name: 'JoyHub Piet 2',
      identifiers: ['J-Piet2'],
      features: [
        feature(0, '00a0dfd6-93a3-40e9-a72f-8c182bb76b67', { output: { Vibrate: [0, 255] } }),
        feature(1, '67e1286e-5572-4c3a-bf11-15f1161f3697', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: '84323f4e-f5f0-48be-9504-cb2798702780',
      name: 'JoyHub Panther',
      identifiers: ['J-Panther'],
      features: [
        feature(0, '3d236d1d-51b3-4412-bba4-6fc959e5fddf', { output: { Vibrate: [0, 255] } }),
        feature(1, '9307744e-0fcb-4a8a-a5cc-537b4d57c326', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: 'a8b1f6cd-6b86-488a-a21a-5715669134cc',
      name: 'JoyHub Petite Rose',
      identifiers: ['J-PetiteRose'],
      features: [
        feature(0, 'bb3a1f82-2b94-40b7-993b-375c77a92a4f', { output: { Vibrate: [0, 255] } }),
        feature(1, '4b5e922d-f920-43eb-b6f9-2772a4c62496', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: '46fe6203-6b1c-40c5-ba96-91748b35cdd7',
      name: 'JoyHub Moon Horn',
      identifiers: ['J-MoonHorn'],
      features: [
        feature(0, '12048627-fb6c-48af-8fd1-2ab5f40c59df', { output: { Vibrate: [0, 255] } }),
        feature(4, 'a83ebd95-c56d-462b-a5de-24859c8b876e', {  }),
        feature(5, '8b6ce43b-6b60-4497-9c5b-d2b48de13c13', { description: 'Suction', output: { Constrict: [0, 9] } }),
        feature(6, 'de6a3c95-b7b8-427e-9775-7c9fd612631f', { description: 'Heater', output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: 'cfb295b4-2110-4080-a405-e66edd7aa0f5',
      name: 'JoyHub Mecha',
      identifiers: ['J-Mecha'],
      features: [
        feature(0, '23b843f6-801e-48cb-b741-ecfb249ad6a0', { output: { Vibrate: [0, 255] } }),
        feature(4, '79711ccb-c38d-4fe9-8117-a5c8021198e7', {  }),
        feature(5, 'd67b7e66-080e-4d2c-bbb8-d6e38392961b', { description: 'Suction', output: { Constrict: [0, 7] } }),
        feature(6, 'de6a3c95-b7b8-427e-9775-7c9fd612631f', { description: 'Heater', output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '74ba519b-e31f-4708-8430-6bf0cdea42ac',
      name: 'JoyHub Lagoon',
      identifiers: ['J-Lagoon'],
      features: [
        feature(0, '4095e42c-1979-42c1-895f-033c3a348a3f', { output: { Vibrate: [0, 255] } }),
        feature(4, '8fd4f422-1916-4e62-9a4c-63fbf008e0f9', {  }),
        feature(5, 'c663c71c-befb-4ed1-bb81-d344ee61f3c0', { description: 'Suction', output: { Constrict: [0, 5] } }),
      ],
    },
    {
      id: 'f3b581da-64cd-4643-97d9-0d97683c26f3',
      name: 'JoyHub VibTrefoil',
      identifiers: ['J-VibTrefoil'],
      features: [
        feature(0, '8c5ab96c-da9e-419b-ae89-a775ee65fc6d', { description: 'External vibrator', output: { Vibrate: [0, 255] } }),
        feature(1, '18af5f39-ea31-43d6-af1e-1b0073576294', { description: 'Internal vibrator', output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '1a1e5e28-5892-4f51-b236-9af6e190cb29',
      name: 'JoyHub Firedragon',
      identifiers: ['J-Firedragon'],
      features: [
        feature(0, '5bdbe9f5-8075-4afe-8df0-6a960030feeb', { output: { Oscillate: [0, 255] } }),
        feature(1, '49429631-a654-4a44-bffe-58c0c2d5289a', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'bd517815-efb5-427d-88a1-edaff6b0ceba',
      name: 'JoyHub Deena',
      identifiers: ['J-Dina'],
      features: [
        feature(0, '32860a3d-7370-41ce-9183-046b4fb78f15', { output: { Oscillate: [0, 255] } }),
        feature(1, 'c88be4c1-7aed-45b5-af68-1f6345d30acb', { description: 'Internal vibrator', output: { Vibrate: [0, 255] } }),
        feature(2, 'bebeab4e-9bbd-4064-adb2-d704958c63b0', { description: 'External vibrator', output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'ed4f639b-e041-4258-ad8d-4f9ef5f850a7',
      name: 'JoyHub Cherly',
      identifiers: ['J-Vbarbie3f'],
      features: [
        feature(0, '08410e6a-b6f6-4bea-a570-9535407b946b', { description: 'External vibrator', output: { Vibrate: [0, 255] } }),
        feature(1, '5a5dc25a-0859-4491-a092-814c71b33b67', { description: 'Internal vibrator', output: { Vibrate: [0, 255] } }),
        feature(2, '52cc6b42-a1f1-4b8b-ab81-cde582ce1aa9', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '0b29424b-d609-4049-b206-831c00bd53c1',
      name: 'JoyHub Cherly 2c',
      identifiers: ['J-CHERLY2c'],
      features: [
        feature(0, '3b9cebe0-369d-4086-8a6c-c2d1fe0499a5', { description: 'Internal vibrator', output: { Vibrate: [0, 255] } }),
        feature(1, 'de793e03-1879-40e3-aa8a-5b76a832a56d', { description: 'Internal Whip', output: { Vibrate: [0, 255] } }),
        feature(2, 'ddec3601-be51-490c-a20a-df9a01def1a5', { description: 'External vibrator', output: { Vibrate: [0, 255] } }),
        feature(6, '79d03d77-af13-4bd4-b291-ac96b58920f4', { description: 'Heater', output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '5b6ebea4-e363-463d-9922-99add3a7c656',
      name: 'JoyHub Pathfinder 2',
      identifiers: ['J-Pathfinder2'],
      features: [
        feature(0, '2dcf4211-6e27-413a-aa7a-bd9085edb9fe', { output: { Oscillate: [0, 255] } }),
        feature(1, '0bde094e-f3d9-48d1-b076-56412838d1c9', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '828d5f2d-9381-4363-bb7e-ffa4964a0970',
      name: 'JoyHub Pathfinder',
      identifiers: ['J-Pathfinder'],
      features: [
        feature(0, 'b4564c01-12d0-44f9-b3cf-de53068d4692', { output: { Oscillate: [0, 255] } }),
        feature(1, '881dc72c-b2a1-4b0e-9cf7-a351d7b27fe9', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '9f1be5fa-70c9-4853-bc11-1685304a0d86',
      name: 'JoyHub Angela',
      identifiers: ['J-VibRipple'],
      features: [
        feature(0, '788cb23d-d3c2-4a84-8114-1ee7df4fe367', { description: 'External vibrator', output: { Vibrate: [0, 255] } }),
        feature(1, 'f70b48a2-75ab-44ca-98d3-3f11a2440698', { description: 'Internal vibrator', output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '07ce35bd-9fc9-4224-8809-13245fe1d3f0',
      name: 'JoyHub Verax',
      identifiers: ['J-Verax'],
      features: [
        feature(0, '36586dac-a0e5-45ce-a5d5-ff2ec6961e83', { description: 'Internal Whip', output: { Vibrate: [0, 255] } }),
        feature(1, '76c2ca34-393d-407c-9ae8-954fcc6c13d1', { description: 'Internal vibrator', output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '258d4904-2feb-4b68-b7fc-7dd4df687a9e',
      name: 'JoyHub Verax 2',
      identifiers: ['J-Verax2'],
      features: [
        feature(0, 'be955fe4-d3af-4a0a-a4f9-0c2b3c3cddf7', { output: { Vibrate: [0, 255] } }),
        feature(1, '763324b6-3056-497a-bd07-99c69780358a', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: 'f09e8dde-475d-488e-bf21-60bf80f8d2ac',
      name: 'JoyHub Euphoric 2',
      identifiers: ['J-Euphoric2'],
      features: [
        feature(0, '7a437340-eb86-450a-8db3-4c594a638d63', { output: { Oscillate: [0, 255] } }),
        feature(1, '42504b4b-cd77-49c0-abb0-f2ddba7cda72', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '40a2d620-719e-4d0f-abfc-ec3fa2fe9f92',
      name: 'JoyHub RoseBUD',
      identifiers: ['J-ROSEBUD'],
      features: [
        feature(0, 'd4c00919-5cd0-434c-9164-62da64967ec8', { output: { Vibrate: [0, 255] } }),
        feature(1, '727d8c05-7896-4812-9996-36decea2dd49', { description: 'Flicker', output: { Rotate: [0, 255] } }),
        feature(5, 'c9f73966-4777-4512-91c2-30349a0bd270', { description: 'Suction', output: { Constrict: [0, 5] } }),
      ],
    },
    {
      id: '10030c6e-d04d-4613-8feb-41748e638684',
      name: 'JoyHub Morningbuds',
      identifiers: ['J-Morningbuds2'],
      features: [
        feature(0, '3ecaa10d-338b-4119-bd21-77d662cc1fd1', { output: { Rotate: [0, 255] } }),
        feature(1, 'f33780a7-56a9-4e8a-b05b-6f92ca0c1366', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'da2596bc-b8c9-4a47-b671-20095ac1bcdb',
      name: 'JoyHub Rhythmic 4',
      identifiers: ['J-Rhythmic4'],
      features: [
        feature(0, '77ff9786-c024-4755-af20-0b86a5165269', { output: { Oscillate: [0, 255] } }),
        feature(1, '05de8ce7-24c5-4cb4-8162-5d57f9b46d26', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'b73b29bf-5202-4c45-b292-b9a3d538bbb6',
      name: 'JoyHub Virtuoso 2',
      identifiers: ['J-Virtuoso2'],
      features: [
        feature(0, '3391b4b5-a2f5-4bcd-9274-76e8586a4af6', { output: { Vibrate: [0, 255] } }),
        feature(1, 'e06a6c43-a6ed-4e13-a49e-6375b8aab136', { output: { Rotate: [0, 255] } }),
        feature(5, '10ca15ff-70e6-4ec4-a258-d7ac8119c47a', { description: 'Suction', output: { Constrict: [0, 3] } }),
      ],
    },
    {
      id: 'a8278c49-58c3-416e-9ae1-072dcfe0f694',
      name: 'JoyHub Dyllis',
      identifiers: ['J-Dyllis'],
      features: [
        feature(0, 'aa769623-c0cb-41d2-bbfa-eb15348422f7', { output: { Oscillate: [0, 255] } }),
        feature(1, 'e783132a-c6e1-4445-83e2-6ab985c2af66', { output: { Vibrate: [0, 255] } }),
        feature(6, '70903377-5343-411c-9570-f3d763726b0b', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '1f6a2310-f773-40aa-8a93-bd83f7d78119',
      name: 'JoyHub PhoenixGP',
      identifiers: ['J-Flamewing'],
      features: [
        feature(0, '0c1cd9b2-a466-4807-a8be-5b2158a7b04d', { output: { Oscillate: [0, 255] } }),
        feature(1, 'da7ca1ac-4c38-4cc6-aa88-737ff2d4be27', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'ee76aeea-337d-44b8-9631-2bd8c8f2acda',
      name: 'JoyHub Fable Dragon',
      identifiers: ['J-Fabledragon'],
      features: [
        feature(0, 'f20ff8eb-afc6-45c4-be6b-0b071141b1bc', { output: { Oscillate: [0, 255] } }),
        feature(1, '52eb1885-853a-45f8-85a2-b43a18b79d89', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '8c4d26b6-f091-4e34-bf13-c6bc303712b5',
      name: 'JoyHub Faunus',
      identifiers: ['J-Faunus'],
      features: [
        feature(0, '06b57eb1-50f8-4393-908d-05628120bd14', { output: { Oscillate: [0, 255] } }),
        feature(1, '5a4433de-c45c-46b6-9911-b17948daae74', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '6eae28db-c885-454f-98d4-2e5683bb05d9',
      name: 'JoyHub Velvet Rabbit',
      identifiers: ['J-VelvetRabbit'],
      features: [
        feature(0, '03b40869-05c1-4d17-9ebf-9566f7f2e9c9', { output: { Vibrate: [0, 255] } }),
        feature(1, '9231af9e-98db-464a-931a-fe80bad3fcaf', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '90caf141-3bee-4024-8d5e-cc854da852d0',
      name: 'JoyHub Vivid Pulse',
      identifiers: ['J-VividPulse'],
      features: [
        feature(0, '66e6dd1e-6717-4f47-8868-de317e09b42a', { output: { Vibrate: [0, 255] } }),
        feature(1, '7e8fc7f6-39c5-469c-b479-dcf85e8deeef', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '4b0128a4-b849-4f60-a0b4-16ebe8500cfe',
      name: 'JoyHub Violet Vine',
      identifiers: ['J-VioletVine'],
      features: [
        feature(0, 'd45e5cf6-fe20-4eb3-9c48-0c8ed6a4aad6', { output: { Vibrate: [0, 255] } }),
        feature(1, 'fc78a0c8-262e-4b24-920e-8e91f38417c0', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'e2eeccb0-2601-43d1-b1cc-b10234e0004d',
      name: 'JoyHub VibSiren 2',
      identifiers: ['J-VibSiren2'],
      features: [
        feature(0, '904e3dfa-d69c-4e0e-9d50-9f119ff959f2', { output: { Vibrate: [0, 255] } }),
        feature(1, 'ffc701ee-ec1b-42d1-8c99-9a755d595438', { output: { Vibrate: [0, 255] } }),
        feature(2, '7fafb528-74f3-49df-af78-dc2b64e4bed1', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '873595ac-acdd-41b2-b162-74ca9776f0f8',
      name: 'JoyHub Veemy',
      identifiers: ['J-Veemy'],
      features: [
        feature(0, '53ef1d9b-4020-408d-8126-1d484448bccc', { output: { Vibrate: [0, 255] } }),
        feature(1, '88fbe85b-a98a-4965-9f47-c69812fbc66f', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'e3646777-6550-4984-91bb-3cd738744494',
      name: 'JoyHub Viball',
      identifiers: ['J-Viball'],
      features: [
        feature(0, '9ac37f94-8129-4c09-83d2-bd2b0d4aae53', { output: { Vibrate: [0, 255] } }),
        feature(1, 'fce9a8eb-f227-41f1-bb75-f6dc64573fc5', { output: { Oscillate: [0, 255] } }),
        feature(2, 'ccecf0fc-e657-432a-8a68-ada09d396934', { output: { Vibrate: [0, 255] } }),
        feature(6, '83f5e8e1-44c8-4a2a-820c-9197b9add2c6', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '24d26313-74a9-4515-945f-0f31edb3650a',
      name: 'JoyHub Vase',
      identifiers: ['J-Vase'],
      features: [
        feature(0, '0d80c22d-a8c4-4f7a-8ec0-0f912653b8a4', { output: { Vibrate: [0, 255] } }),
        feature(1, '21fff2c0-5ccf-459c-9eea-02f95b3174a8', { output: { Vibrate: [0, 255] } }),
        feature(2, 'c534acf2-bc28-4384-aa79-f70537b23ab8', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: 'dbe616e2-478e-4e87-8f7b-4c86835502fe',
      name: 'JoyHub Vortex 2s',
      identifiers: ['J-Vortex2s'],
      features: [
        feature(0, 'a0383ad8-05ae-4dae-be06-b384744499f3', { output: { Vibrate: [0, 255] } }),
        feature(1, 'cddef660-59b2-4f4b-b9ec-16439cd7c12e', { output: { Vibrate: [0, 255] } }),
        feature(2, '14c6efec-d40c-4f21-8459-67a11c079c2d', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '83956181-5ebd-4251-bc92-4b10f9bec1f4',
      name: 'JoyHub Lips',
      identifiers: ['J-VortexTongue2'],
      features: [
        feature(0, 'e72404a7-9f94-4074-bf3c-40ba5e2a4fbf', { output: { Vibrate: [0, 255] } }),
        feature(1, '25ceb7c6-0dfd-415e-aa74-b1f4ac49d031', { output: { Rotate: [0, 255] } }),
        feature(5, '4bda889f-f1b5-4293-8bd8-f05e30ac188c', { description: 'Air Pump', output: { Constrict: [0, 3] } }),
      ],
    },
    {
      id: '985e3726-cc4d-4059-972d-654af41a5947',
      name: 'JoyHub Torin',
      identifiers: ['J-Torin'],
      features: [
        feature(0, '051de0d3-5d2f-4a04-8f4c-a9a6747b2cd1', { output: { Vibrate: [0, 255] } }),
        feature(1, 'ac0377fa-a7c2-4d5b-bbcc-402d378a1343', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '1347963d-6bad-41c5-bf3a-314980e3316b',
      name: 'JoyHub VBarbie p',
      identifiers: ['J-VBarbiep'],
      features: [
        feature(0, '38c3e4ae-0de5-4e17-9d7a-2e639c293aeb', { output: { Vibrate: [0, 255] } }),
        feature(1, '95db76e1-abc0-4774-a588-9092615291e7', { output: { Vibrate: [0, 255] } }),
        feature(6, 'e0960a02-fcc5-4644-b2da-ad63d919c40e', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '73a6f6a2-1fb0-45b0-b379-89eac6aefae5',
      name: 'JoyHub VBarbie',
      identifiers: ['J-Vbarbie'],
      features: [
        feature(0, '058349cf-49ea-453d-8fbd-0b13e880c301', { output: { Vibrate: [0, 255] } }),
        feature(1, '0cbd4cd8-3a5d-4528-b49a-05f199828155', { output: { Vibrate: [0, 255] } }),
        feature(6, 'ae59166a-9c6c-434c-aa30-a5197a65e7ab', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '6f05cc4a-adb1-402d-a392-daa120223257',
      name: 'JoyHub Royaleye',
      identifiers: ['J-Royaleye'],
      features: [
        feature(0, '6ee6fa8a-a6a3-4131-8ea9-c35909999167', { output: { Vibrate: [0, 255] } }),
        feature(1, '06a656af-181b-4fa3-94e2-4aa0115cfbc9', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '2e417090-ec06-4039-8e60-bf497cec3257',
      name: 'JoyHub Norma',
      identifiers: ['J-VBarbie2t'],
      features: [
        feature(0, 'd314083c-0588-46ae-aecb-9695305c3439', { output: { Vibrate: [0, 255] } }),
        feature(1, 'e8afb080-dd64-418a-a07a-197bc6779a9e', { output: { Vibrate: [0, 255] } }),
        feature(2, '9c9a7901-540d-44b1-ba38-0c8e794e1d9b', { output: { Oscillate: [0, 255] } }),
        feature(6, '0e1c23a5-3d69-4ae0-ba1a-cfc76c4c52b2', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: 'd693dc6b-3b7a-4ff0-8990-1a10f884ddc4',
      name: 'JoyHub Pau',
      identifiers: ['J-Pau'],
      features: [
        feature(0, '63355e3e-edef-4317-a679-89b85ced0f4a', { output: { Oscillate: [0, 255] } }),
        feature(1, 'a159d6eb-2e95-4d4b-b74d-537cc77cf7b1', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'cb6f0926-32bd-4b48-8676-4cd6df9123a4',
      name: 'JoyHub Petalwish 3',
      identifiers: ['J-Petalwish3'],
      features: [
        feature(0, 'fe2531e3-3815-4110-9022-06f7f4aa44aa', { output: { Oscillate: [0, 255] } }),
        feature(1, '5930bf48-ec9a-4914-b110-47d7e13ddbaf', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'a4d28447-2535-415b-aaab-ebe3ee2e92ba',
      name: 'JoyHub Marshal',
      identifiers: ['J-Marshal'],
      features: [
        feature(0, '29a272ab-f6b6-4a90-ad84-7c21846d7164', { output: { Vibrate: [0, 255] } }),
        feature(4, '2ea22d54-0da1-491b-8c02-9823d9126d75', {  }),
        feature(5, '485b9a41-05d4-440a-a3a4-a3b2bf1ee693', { description: 'Air Pump', output: { Constrict: [0, 9] } }),
      ],
    },
    {
      id: '6dd6c377-c35d-4300-a892-4aace5589ec5',
      name: 'JoyHub Vince',
      identifiers: ['J-Vince'],
      features: [
        feature(0, 'b8bf1392-8a84-4647-a833-be03de144b0a', { output: { Vibrate: [0, 255] } }),
        feature(1, 'e983d64e-411e-486f-8695-76b4e57b3bd1', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'b559b1ec-d336-45bb-b6e6-cc22344eefd7',
      name: 'JoyHub Dallin',
      identifiers: ['J-Dallin'],
      features: [
        feature(0, '8412021b-0962-4469-b45e-0a59f3272ad0', { output: { Oscillate: [0, 255] } }),
        feature(1, 'bbc10f1c-171a-4f14-b6e4-520dda5df19f', { output: { Vibrate: [0, 255] } }),
        feature(6, 'e4e0597f-7cbe-4f80-9f71-3f475cacfb27', { description: 'Heater', output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: 'd418dd65-6f41-4af4-a04d-4b343ec778ab',
      name: 'JoyHub Maynor',
      identifiers: ['J-Mace2'],
      features: [
        feature(0, 'f79abcb3-666d-4ba4-b6d3-9cff722b8a1f', { output: { Vibrate: [0, 255] } }),
        feature(4, '47c40ef0-f8da-43cd-9c58-58dc2de95683', {  }),
        feature(5, '92fb7f24-e7a2-4bdd-8c93-27610ba1f45d', { description: 'Air Pump', output: { Constrict: [0, 9] } }),
        feature(6, '2a88a8fa-f765-4a9c-a2ee-3049256e135d', { description: 'Heater', output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '2a5abb95-efac-45e0-9f56-9fb9f1c9f274',
      name: 'JoyHub Verax 4',
      identifiers: ['J-Verax4'],
      features: [
        feature(0, '9ee6b8e0-a694-4c22-8a82-3fc01f60f99c', { output: { Vibrate: [0, 255] } }),
        feature(1, '514ec2f4-2a2b-4c1e-9eb3-eed3b67c2951', { output: { Vibrate: [0, 255] } }),
        feature(2, '905657e5-fda1-4f0b-9043-a7b3d760e7da', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '8fe7695d-60aa-4af5-92c2-364e8eebf076',
      name: 'JoyHub Palmyra',
      identifiers: ['J-Palmyra'],
      features: [
        feature(0, 'd7fed551-18b0-4da8-a8b0-596e93fc3e0b', { output: { Vibrate: [0, 255] } }),
        feature(1, '33414af0-d5bc-461c-821f-54c43d85423b', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: 'bdc796d7-d029-4732-9d8d-037e421f19e8',
      name: 'JoyHub Xylia',
      identifiers: ['J-Xylia'],
      features: [
        feature(0, '8148b859-0acd-4749-a8f3-57ca82d4a156', { output: { Vibrate: [0, 255] } }),
        feature(1, 'b1e1444f-e6d7-4045-8565-adff4f25eb87', { output: { Oscillate: [0, 255] } }),
        feature(6, 'e35119ff-ec16-4748-aeb4-14ef508876f4', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: 'c5bd6fb4-b36f-4b3c-865c-943eab645f5e',
      name: 'JoyHub Maiden',
      identifiers: ['J-Maiden'],
      features: [
        feature(0, '90bf6a90-e1cb-4600-ad00-d4f29bfc4adb', { output: { Rotate: [0, 255] } }),
        feature(4, '22443807-be73-410c-a4a8-275dd497f902', {  }),
        feature(5, '0663888b-60c0-491d-aa66-7ec4c2c57b08', { output: { Constrict: [0, 5] } }),
      ],
    },
    {
      id: '5a23e800-0b33-435b-9139-023533b92880',
      name: 'JoyHub Viele 3',
      identifiers: ['J-Viele3'],
      features: [
        feature(0, '518d1ed4-3b91-4f56-bd29-b7af30598ef1', { output: { Vibrate: [0, 255] } }),
        feature(1, 'f575f285-a104-4d0d-b5f7-414ea6d67433', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: '01ba3988-0a1c-4afc-b6c7-1c19a2b15ac4',
      name: 'JoyHub Troi',
      identifiers: ['J-Troi'],
      features: [
        feature(0, 'f48cb279-cbe7-4857-8178-632bd0d1081c', { output: { Vibrate: [0, 255] } }),
        feature(1, '3041d01a-fb7c-48c3-a302-e71d37f5a12e', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '192325d9-a343-4b9b-bd77-6d9b665a6988',
      name: 'JoyHub Tanmouth',
      identifiers: ['J-Tanmouth'],
      features: [
        feature(0, 'd2f033a7-0805-40e0-acc2-51d4bb635095', { output: { Vibrate: [0, 255] } }),
        feature(1, 'a44ab42a-fb71-4120-b7a9-705181549ecb', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '1df39ccb-a6d2-41d5-906e-14a42bbd96ed',
      name: 'JoyHub Marcela',
      identifiers: ['J-Marcela'],
      features: [
        feature(0, 'aab23df2-2530-488b-8d1a-3bc6429409ae', { output: { Oscillate: [0, 255] } }),
        feature(1, 'cfe637a9-7024-4aa0-9b97-55815f082332', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '1a066cb3-b758-48d2-9296-4dec65115e9a',
      name: 'JoyHub Vita',
      identifiers: ['J-Vita'],
      features: [
        feature(0, 'e3308e8e-c0ba-4cf8-a3b3-26cbbea3bea5', { output: { Vibrate: [0, 255] } }),
        feature(1, '95ebe9f7-ad90-4627-bfcc-4ee1f1fdfdba', { output: { Rotate: [0, 255] } }),
        feature(2, 'ad45f3ec-513d-423e-a60f-57765c5a07b0', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: 'e309c90f-c63a-4883-af14-4a69e899cf12',
      name: 'JoyHub Lach',
      identifiers: ['J-LACH'],
      features: [
        feature(0, '33aa95b4-e36d-4af8-9de7-cc6447afd03d', { output: { Vibrate: [0, 255] } }),
        feature(4, 'f06bae9a-a0e3-4f63-969f-6c6ffcc96b97', {  }),
        feature(5, '5ee461b4-770f-4686-bd6c-c13f12ab0f54', { output: { Constrict: [0, 5] } }),
      ],
    },
    {
      id: 'd818b1e1-4270-4e38-8b07-d723c0a97e31',
      name: 'JoyHub Markel',
      identifiers: ['J-Markel'],
      features: [
        feature(0, '90cfdc1e-9bc5-49f9-8993-058f85e5e082', { output: { Oscillate: [0, 255] } }),
        feature(2, '22e539e8-4bf0-49e9-883c-112a2d51ea60', { output: { Vibrate: [0, 255] } }),
        feature(5, '2cb024d3-33be-4369-bb0c-4c61cc39c62e', { description: 'Suction', output: { Constrict: [0, 9] } }),
      ],
    },
    {
      id: '641296fe-8ccc-4a63-8487-790dd419321e',
      name: 'JoyHub Pipes',
      identifiers: ['J-Pipes'],
      features: [
        feature(0, '558425ee-cf28-48bf-b08f-12568cd3b3ee', { output: { Rotate: [0, 255] } }),
        feature(1, '8c8f8f70-e814-4a0e-aa5c-b06b53a9ab80', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '398a3a62-3bba-433e-80ad-50d129b695db',
      name: 'JoyHub Vigo',
      identifiers: ['J-Vigo'],
      features: [
        feature(0, '89a3e300-3640-4a11-99e4-6585dce725a4', { output: { Vibrate: [0, 255] } }),
        feature(1, 'a23b9a72-7b22-42ec-ab7d-7936d7141689', { output: { Vibrate: [0, 255] } }),
        feature(2, '1e6c3008-5efc-4dd1-bee5-95e7e0b016ad', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '5266591c-7cee-473c-ae96-a9253be79cc4',
      name: 'JoyHub Torque',
      identifiers: ['J-Torque'],
      features: [
        feature(0, 'a0be3d5f-e6f3-4c0b-ba69-1c872b918485', { output: { Vibrate: [0, 255] } }),
        feature(1, '0b616fad-e802-43ff-b5b2-78ba0233acc6', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: '2a0798ba-a2e3-48ce-82ab-335fb03d44a9',
      name: 'JoyHub Mighty',
      identifiers: ['J-Mighty'],
      features: [
        feature(0, '6f2e25ae-d5f0-4823-a8db-9072e8e6a0d4', { output: { Oscillate: [0, 255] } }),
        feature(1, '9b73399f-04a8-4a3b-9e65-b98e11a47f47', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: '40241a70-ecbd-4c08-8acf-8ee70e7b5d55',
      name: 'JoyHub Starfish',
      identifiers: ['J-Ringstar'],
      features: [
        feature(3, 'd0e55c39-6f42-4311-87b8-81741f416bb4', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '4611fa22-18b8-46fe-bece-070e24e1b9e8',
      name: 'JoyHub Resi Ring 2',
      identifiers: ['J-RapidTwist2'],
      features: [
        feature(3, '207c6bd2-77e3-41f1-8ecf-f83e2b863b23', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: 'cea67021-dff3-4012-88c0-321706408a55',
      name: 'JoyHub RoseLin',
      identifiers: ['J-RoseLin'],
      features: [
        feature(0, '95e495dc-7b4f-43fd-91ee-b7842f047f59', { output: { Vibrate: [0, 255] } }),
        feature(3, '0f6f75c5-66e8-4293-9ee0-50af9ecfc1b0', { output: { Rotate: [0, 255] } }),
        feature(4, '487bb0bd-af93-40ff-a92c-6e18772e707f', { description: 'Suction', output: { Constrict: [0, 4] } }),
      ],
    },
    {
      id: '7c5a1ffd-3228-4513-a180-115c94983eac',
      name: 'JoyHub Viele',
      identifiers: ['J-Viele'],
      features: [
        feature(0, 'c731fe0b-3216-428a-9cc5-8e8f2fa21275', { description: 'Internal Simulator', output: { Rotate: [0, 255] } }),
        feature(2, '5462e403-9c83-429f-9dd5-db099f18e4e8', { description: 'Internal Whip', output: { Vibrate: [0, 255] } }),
        feature(3, 'f4407e47-4094-41c6-95b8-41f7c20e0f04', { description: 'Internal Vibrator', output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '61c8d9e2-7561-4fff-aef1-c576b57a8a18',
      name: 'JoyHub Mowgli II',
      identifiers: ['J-MowgliII'],
      features: [
        feature(3, '4e3b6192-d5dd-4fcf-b307-7487ca18fc1b', { output: { Rotate: [0, 255] } }),
        feature(4, 'f272232f-a549-4a08-9b94-0587e2d4f467', { output: { Constrict: [0, 7] } }),
      ],
    },
    {
      id: 'fa5a696c-780f-4763-9af2-a619cbae330c',
      name: 'JoyHub Virtuoso',
      identifiers: ['J-Virtuoso'],
      features: [
        feature(2, '2c03096f-8fd6-4c80-84ba-d07936f76928', { output: { Rotate: [0, 255] } }),
        feature(4, 'e9e32817-2cc1-4365-baa6-054fb7f6aa74', { description: 'Suction', output: { Constrict: [0, 1] } }),
      ],
    },
    {
      id: '6e782468-f084-442a-936f-27d7abd5f840',
      name: 'JoyHub Pathfinder 3',
      identifiers: ['J-Pathfinder3'],
      features: [
        feature(0, '3e00301a-c942-4b8d-8f49-fe2af7ecf0b6', { output: { Oscillate: [0, 255] } }),
        feature(2, 'b91f2775-f628-43c4-bd04-a8844f74d4e1', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'c31f74b8-c859-47ab-8b1c-66745cb11355',
      name: 'JoyHub Perseus',
      identifiers: ['J-Perseus'],
      features: [
        feature(0, '12f36e6d-e9ce-439c-b6f5-3f80a4f4b47d', { output: { Oscillate: [0, 255] } }),
        feature(2, '94025679-badf-49bb-a247-1dab022d9204', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '2c33b13e-9d00-4823-bc5b-fda18dbd3691',
      name: 'JoyHub Melody',
      identifiers: ['J-Melody'],
      features: [
        feature(1, '9fbf30f4-3f0d-4377-a232-55132d023d11', { output: { Vibrate: [0, 255] } }),
        feature(5, 'a38653c9-c245-4c98-86c9-3c0da68d646c', { description: 'Suction', output: { Constrict: [0, 9] } }),
        feature(6, '8a6b866f-8e6b-48ad-95ba-c6317c3a76ee', { description: 'Heater', output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '60582f6f-0017-4d08-98f9-2f6a3ff6b6fd',
      name: 'JoyHub Pinhead',
      identifiers: ['J-Pinhead'],
      features: [
        feature(0, '04f025cd-0181-4c64-bd02-4dd4ea5b6194', { output: { Oscillate: [0, 255] } }),
        feature(2, '84aa2133-189c-42bb-8e88-3e418e22e51c', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: '9c3a767a-b227-4993-a56d-e7aa2efdba35',
      name: 'JoyHub Victor',
      identifiers: ['J-Victor'],
      features: [
        feature(0, 'c44d3eca-eed7-4e9e-8752-43d9fbd370eb', { output: { Vibrate: [0, 255] } }),
        feature(1, '49456548-0a3b-4f0a-8aab-1b892f198d1d', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: '7b440f5f-3d18-49a4-a1da-1d0a164d0d7a',
      name: 'JoyHub Thermos',
      identifiers: ['J-Maelstrom'],
      features: [
        feature(0, '3401ff95-984d-4661-be3c-e473efe92f01', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: 'c3efbec1-44f4-49de-88a1-f232873215a3',
      name: 'JoyHub Mirage 3',
      identifiers: ['J-Mirage3'],
      features: [
        feature(0, 'a0d03e23-8751-4851-862c-ab292a6452d5', { output: { Rotate: [0, 255] } }),
        feature(3, '1a2a3afe-ba4f-400b-aa3b-50c1e284f069', { output: { Vibrate: [0, 255] } }),
        feature(5, '511da9f2-b954-484e-bf98-44c9d1be15da', { output: { Constrict: [0, 7] } }),
      ],
    },
    {
      id: '2d9730d2-272b-489a-a525-22a9a5ce15dd',
      name: 'JoyHub Dodge',
      identifiers: ['J-Dodge'],
      features: [
        feature(0, '0f684f33-7e8a-476d-a743-c90679f1dcbd', { output: { Oscillate: [0, 255] } }),
        feature(1, '78d004f2-35c4-4e62-a31d-945015241153', { output: { Vibrate: [0, 255] } }),
        feature(7, '4f24b8c1-9508-4ebc-9bba-2077b8bd26f0', { output: { Spray: [0, 1] } }),
      ],
    },
    {
      id: 'd5bd0e69-7bdc-4ad7-80ab-6c7a2255208f',
      name: 'JoyHub Pyt',
      identifiers: ['J-Pyt'],
      features: [
        feature(0, '7edb7f9a-78f3-4afb-8441-d3c8ad5d790c', { output: { Vibrate: [0, 255] } }),
        feature(1, '4dd04a7e-38ac-45a0-966d-c8ba652dc1d2', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '53ce5d2f-d0c9-448b-8df5-4f739bd44a4b',
      name: 'JoyHub Pogo',
      identifiers: ['J-Pogo'],
      features: [
        feature(0, '96f2b666-1663-4b59-83a3-5b9f95097095', { output: { Vibrate: [0, 255] } }),
        feature(1, 'ddff38ef-a553-4e6a-85cd-40a1143452f5', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '682796f5-1855-4f5c-ac58-c7a41b9f80dd',
      name: 'JoyHub Pyro',
      identifiers: ['J-Pyro'],
      features: [
        feature(0, '304f0407-7de2-4c6f-adfc-079c61044315', { output: { Vibrate: [0, 255] } }),
        feature(1, 'b7471ca3-cbd9-4caf-affd-54865699f439', { output: { Rotate: [0, 255] } }),
      ],
    },
    {
      id: '6760c297-4a6a-4b0b-b14f-6151b96fc6a0',
      name: 'JoyHub MaxSensr',
      identifiers: ['J-MaxSensr'],
      features: [
        feature(0, 'dab7bb9f-eb4a-438a-a258-38ca4681e90a', { output: { Vibrate: [0, 255] } }),
        feature(1, '32e2e5ba-18d5-458f-ad3e-1a2a2d843d37', { output: { Oscillate: [0, 255] } }),
        feature(4, 'f0d063d7-7f65-433d-8a05-2c77feae822c', { output: { Constrict: [0, 7] } }),
      ],
    },
    {
      id: 'd862601d-1567-48c3-9dd8-bd4596a6657e',
      name: 'JoyHub Diego',
      identifiers: ['J-Diego'],
      features: [
        feature(0, '606f197a-5b57-40e0-b2a6-ff5e708e8dd2', { output: { Oscillate: [0, 255] } }),
        feature(1, '9b714873-28ec-490c-a3e7-11b4a70dd74b', { output: { Vibrate: [0, 255] } }),
        feature(5, '70802c01-4a36-40fe-bdc2-a9e162437566', { output: { Temperature: [0, 1] } }),
      ],
    },
    {
      id: '1939df4a-2041-4d8e-bf08-0f6144f54490',
      name: 'JoyHub Rose Vore',
      identifiers: ['J-RoseVore'],
      features: [
        feature(0, 'ff39d6f4-d876-4701-9746-6c7bbe4db308', { output: { Vibrate: [0, 255] } }),
        feature(1, '6753b978-3d72-4a35-a81c-c9a82b868509', { output: { Rotate: [0, 255] } }),
        feature(4, '1ce54e39-94cf-4fa8-8717-a31917eaa73a', { output: { Constrict: [0, 7] } }),
      ],
    },
    {
      id: '5b0614a8-857b-4d8f-b1ec-0d078d35c068',
      name: 'JoyHub Rosethorn 2',
      identifiers: ['J-Rosethorn2'],
      features: [
        feature(0, '8e0414b6-87e2-4359-be06-aaf965d08e58', { output: { Oscillate: [0, 255] } }),
        feature(1, 'e66e5331-26c9-4b6b-b2a3-f5d13e07a60c', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'fc64af3a-5ce1-4306-884f-80bfe3264390',
      name: 'JoyHub Pak',
      identifiers: ['J-Pak'],
      features: [
        feature(0, 'bf2f834c-8aeb-4256-aca6-aa8dab875335', { output: { Vibrate: [0, 255] } }),
        feature(1, '250903cb-4f2b-42c5-89a9-56f7d5a022a6', { output: { Vibrate: [0, 255] } }),
        feature(2, 'd4e5df1e-4a94-4046-8e15-426a50bbbd32', { output: { Oscillate: [0, 255] } }),
      ],
    },
    {
      id: '7cea69f0-7451-4a9b-91bc-30029c20daad',
      name: 'JoyHub VeeLips',
      identifiers: ['J-VeeLips'],
      features: [
        feature(0, 'c445c35e-ede0-41c8-a9a5-fdc149eaa749', { output: { Rotate: [0, 255] } }),
        feature(1, '8e352fda-af55-4f38-8c6a-b62765229b4f', { output: { Vibrate: [0, 255] } }),
        feature(2, '242d7a8d-cc3b-47fe-ac22-58b2392d9f4e', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'be0ffcb5-e529-4d6c-9002-1764631b1fb6',
      name: 'JoyHub Veeva 2',
      identifiers: ['J-Veeva2'],
      features: [
        feature(0, '04a84dfd-d14b-46e1-90f8-db8d95bac592', { output: { Oscillate: [0, 255] } }),
        feature(1, '48f551e8-7e1d-4705-a487-600105b9a6f4', { output: { Vibrate: [0, 255] } }),
      ],
    },
    {
      id: 'bafdaacd-8e51-4779-9624-7b9af4a8a657',
      name: 'JoyHub Punch',
      identifiers: ['J-Punch'],
      features: [
        feature(0, 'bd5209de-3544-49c7-9c77-c612f958f78c', { output: { Rotate: [0, 255] } }),
        feature(1, 'd4fad572-2b04-4491-9ed0-97555053b5ce', { output: { Vibrate: [0, 255] } }),
      ],
    },
  ],
});

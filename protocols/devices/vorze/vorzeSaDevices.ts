/** Devices spoken to by the vorze-sa protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const vorzeSaDevices = defineDevices({
  name: 'vorze-sa',
  communication: [
    {
      transport: 'btle',
      names: ['Bach smart', 'CycSA', 'UFOSA', 'UFO-TW', 'UFO-', 'UFO ', 'VorzePiston', 'ROCKET', 'OMORFI', 'OMOR'],
      services: { '40ee1111-63ec-4b7f-8ce7-712efd55b90e': { tx: '40ee2222-63ec-4b7f-8ce7-712efd55b90e' } },
    },
  ],
  defaults: { id: '3ed42429-379c-4f48-926e-f297cbe69258', name: 'Vorze Device', features: [] },
  configurations: [
    {
      id: '2923a929-572c-472a-be12-ff5970f0b2b7',
      name: 'Vorze Bach',
      identifiers: ['Bach smart'],
      features: [
        {
          id: '447dbcfa-c295-4880-afba-93e24499a78d',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
      protocolVariant: 'vorze-sa-single-vibrator',
    },
    {
      id: '756f590f-d2aa-4a4c-ac80-e4ac75a14f15',
      name: 'Adult Festa Rocket',
      identifiers: ['ROCKET'],
      features: [
        {
          id: '557d3c89-2e15-4b4a-8480-07f4826a8384',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
      protocolVariant: 'vorze-sa-single-vibrator',
    },
    {
      id: '390a0e30-0b5f-4b6c-88b4-e4f16383b8a3',
      name: 'Vorze A10 Cyclone SA',
      identifiers: ['CycSA'],
      features: [
        {
          id: '8e249d53-8d80-4f42-bc40-e6edb7779e92',
          index: 0,
          description: '',
          output: { Rotate: { value: [-99, 99] } },
        },
      ],
      protocolVariant: 'vorze-sa-single-rotator',
    },
    {
      id: '2ab3b09b-1020-4dcf-86f1-ecd9d5b40ce2',
      name: 'Vorze UFO SA',
      identifiers: ['UFOSA'],
      features: [
        {
          id: '2d8d1443-c394-4df4-b9bb-1659d8323b45',
          index: 0,
          description: '',
          output: { Rotate: { value: [-99, 99] } },
        },
      ],
      protocolVariant: 'vorze-sa-single-rotator',
    },
    {
      id: '32e92986-3ae4-45f3-9aec-05d6028f1cb7',
      name: 'Vorze UFO TW',
      identifiers: ['UFO-TW', 'UFO-', 'UFO '],
      features: [
        {
          id: 'a1632ce4-314f-481d-9ae2-2a11a0c4caa4',
          index: 0,
          description: '',
          output: { Rotate: { value: [-99, 99] } },
        },
        {
          id: '4b09a02d-9a4a-4c8b-8340-8e6ca3cecfc2',
          index: 1,
          description: '',
          output: { Rotate: { value: [-99, 99] } },
        },
      ],
      protocolVariant: 'vorze-sa-dual-rotator',
    },
    {
      id: 'b1b17b07-c5b8-4db4-97c4-ef1597cf2e59',
      name: 'Vorze Piston',
      identifiers: ['VorzePiston'],
      features: [
        {
          id: '7c8d7a1d-9e2f-4a92-83f3-42a0840b90bd',
          index: 0,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        },
      ],
      protocolVariant: 'vorze-sa-piston',
    },
    {
      id: 'aef03284-6d45-426a-b02c-efa7896d4865',
      name: 'Vorze Omorfi',
      identifiers: ['OMORFI', 'OMOR'],
      features: [
        {
          id: 'e6630f7f-42fe-4297-ac4c-1dd2f72c67ca',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
        {
          id: '5579d044-42db-432d-9333-46085b5b38bd',
          index: 1,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
      ],
      protocolVariant: 'vorze-sa-dual-vibrator',
    },
  ],
});

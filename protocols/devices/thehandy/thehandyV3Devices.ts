/** Devices spoken to by the thehandy-v3 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const thehandyV3Devices = defineDevices({
  name: 'thehandy-v3',
  communication: [
    {
      transport: 'btle',
      names: ['OHD_hw0_*', 'OHD_hw1_*', 'OHD_hw2_*', 'OHD_hw3_*', 'OHD_hw4_*'],
      services: {
        '77834d26-40f7-11ee-be56-0242ac120002': {
          rx: '77835410-40f7-11ee-be56-0242ac120002',
          tx: '77835032-40f7-11ee-be56-0242ac120002',
        },
      },
    },
  ],
  defaults: {
    id: 'ccbbda59-cf58-477e-b1b2-e0897c4bb0ce',
    name: 'The Handy (FW4+)',
    features: [
      {
        id: 'ccbbda59-cf58-477e-b1b2-e0897c4bb0ce',
        index: 0,
        description: '',
        output: { HwPositionWithDuration: { value: [0, 100], duration: [0, 100000] } },
      },
    ],
    messageGapMs: 50,
  },
  configurations: [
    { id: '156b5088-94f4-4522-a2d3-f1c665755307', name: 'The Handy 2 Pro', identifiers: ['hw4'] },
    { id: '21686593-c4b8-4772-bc7b-d8986689f394', name: 'The Handy 2 Standard', identifiers: ['hw3'] },
    {
      id: 'b6ea38ac-ce2c-4fa0-a24f-7f0fc6a23951',
      name: 'The Oh!',
      identifiers: ['hw1'],
      features: [
        {
          id: 'e63c0735-ac52-4e4d-adf9-d272a46e53ed',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

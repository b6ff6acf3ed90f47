/** Devices spoken to by the fluffer protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const flufferDevices = defineDevices({
  name: 'fluffer',
  communication: [
    {
      transport: 'btle',
      names: ['fake_name_as_we_must_match_fluffer_manufacturer_data'],
      manufacturerData: [{ company: 26698 }],
      services: {
        '53300031-0060-4bd4-bbe5-a6920e4c5663': {
          rx: '53300033-0060-4bd4-bbe5-a6920e4c5663',
          tx: '53300032-0060-4bd4-bbe5-a6920e4c5663',
        },
      },
    },
  ],
  defaults: {
    id: 'dbea3a1a-117c-4302-bd72-f3c226e91d53',
    name: 'Fluffer Device',
    features: [
      {
        id: 'eb0cb449-d936-4456-a50e-04fe1b170164',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '4044bbd4-6a87-4dd8-b773-00d7cdbeebe2', name: 'Fluffer G-Thing', identifiers: ['FDGTHING'] },
    { id: '1a30c04a-3305-4d59-bd0b-410a2bbc31ca', name: 'Fluffer G2G', identifiers: ['FDG2G'] },
    { id: 'f0ccd408-ad3e-4eaf-a2e0-b686cb8f3687', name: 'Fluffer Rock Hard Power Ring', identifiers: ['FDPR'] },
    {
      id: 'c469ba54-e0c1-43dc-b8b1-851b7792bf04',
      name: 'MotorBunny Classic (Fluffer version)',
      identifiers: ['MBO', 'MB Controller'],
      features: [
        {
          id: 'd3f05e7a-a436-4ede-bce9-8ff56d1978d0',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '52642901-8704-4db6-ae20-7111101cab86',
          index: 1,
          description: '',
          output: { Rotate: { value: [-100, 100] } },
        },
      ],
    },
    {
      id: 'eaf53618-90c7-4208-b225-1776093b9556',
      name: 'MotorBunny Buck (Fluffer version)',
      identifiers: ['MBB', 'MB Link 201'],
      features: [
        {
          id: '79c128d3-a135-4958-8beb-6b6cc8578ece',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '7f6b1af7-3e7c-4e59-a7a6-d940d83978aa',
          index: 1,
          description: '',
          output: { Oscillate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

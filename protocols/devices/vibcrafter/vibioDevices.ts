/** Devices spoken to by the vibio protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const vibioDevices = defineDevices({
  name: 'vibio',
  communication: [
    {
      transport: 'btle',
      names: ['Clara_Vibio', 'Dodson_Vibio', 'Elle_Vibio', 'Frida_Vibio', 'Rivera_Vibio'],
      services: {
        '53300021-0050-4bd4-bbe5-a6920e4c5663': {
          rx: '53300023-0050-4bd4-bbe5-a6920e4c5663',
          tx: '53300022-0050-4bd4-bbe5-a6920e4c5663',
        },
      },
    },
  ],
  defaults: {
    id: 'a44eef0e-b412-44d0-9545-a4b7b0298514',
    name: 'Vibio Device',
    features: [
      {
        id: '343a8e18-b76c-4482-b048-32d762bf87c9',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 99] } },
      },
      {
        id: 'd92a031e-bd0d-4815-a0bd-6c59566dcce2',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 99] } },
      },
    ],
  },
  configurations: [
    {
      id: 'b55fef0e-baa3-44d0-9545-a4b7b0298515',
      name: 'Vibio Clara',
      identifiers: ['Clara_Vibio'],
      features: [
        {
          id: '343a8e18-b76c-4482-b048-32d762bf87c9',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
      ],
    },
    {
      id: 'c66fef0e-cbb4-44d0-9545-a4b7b0298516',
      name: 'Vibio Dodson',
      identifiers: ['Dodson_Vibio'],
      features: [
        {
          id: '343a8e18-b76c-4482-b048-32d762bf87c9',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 99] } },
        },
      ],
    },
    { id: 'd77fef0e-dcc5-44d0-9545-a4b7b0298517', name: 'Vibio Rivera', identifiers: ['Rivera_Vibio'] },
    { id: 'e88fef0e-edd6-44d0-9545-a4b7b0298518', name: 'Vibio Elle', identifiers: ['Elle_Vibio'] },
    { id: 'f99fef0e-fee7-44d0-9545-a4b7b0298519', name: 'Vibio Frida', identifiers: ['Frida_Vibio'] },
  ],
});

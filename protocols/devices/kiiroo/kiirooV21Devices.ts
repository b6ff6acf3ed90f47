/** Devices spoken to by the kiiroo-v21 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const kiirooV21Devices = defineDevices({
  name: 'kiiroo-v21',
  communication: [
    {
      transport: 'btle',
      names: [
        'Titan1.1',
        'Cliona',
        'Pearl2.1',
        'Pearl2+',
        'Pearl 2+',
        'Pearl3',
        'Pearl 3',
        'OhMiBod 4.0',
        'OhMiBod LUMEN',
        'OhMiBod NEX2',
        'OhMiBod NEX3',
        'OhMiBod ESCA',
        'OhMiBod Foxy',
        'OhMiBod Chill Panty Vibe',
        'OhMiBod Sphinx',
        'Pulse Interactive',
        'Fuse1.1',
      ],
      services: {
        '00001900-0000-1000-8000-00805f9b34fb': {
          rx: '00001903-0000-1000-8000-00805f9b34fb',
          tx: '00001902-0000-1000-8000-00805f9b34fb',
          whitelist: '00001901-0000-1000-8000-00805f9b34fb',
        },
        'a0d70001-4c16-4ba7-977a-d394920e13a3': {
          rx: 'a0d70003-4c16-4ba7-977a-d394920e13a3',
          tx: 'a0d70002-4c16-4ba7-977a-d394920e13a3',
        },
      },
    },
  ],
  defaults: { id: '189a4912-3c5b-4a0d-ab8b-d44ab6c97f0b', name: 'Kiiroo V2.1 Device', features: [] },
  configurations: [
    {
      id: '1e922dde-c4f7-4ca9-96dd-d565135a184f',
      name: 'Kiiroo Pearl 2.1',
      identifiers: ['Pearl2.1'],
      features: [
        {
          id: 'ba4166e4-fba3-4eb9-90a2-5b281bb02f1e',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: '61cf5ea0-f9d0-48f0-a337-f905fb89c2c3',
          index: 1,
          description: 'battery Level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
    },
    {
      id: '232eab7f-e237-4683-a07f-e05e04b46360',
      name: 'Kiiroo Cliona',
      identifiers: ['Cliona'],
      features: [
        {
          id: '222c4e24-d5ee-48c3-bc9d-d3f86d666c2c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '8d19c7db-4547-4a8d-b4e4-c8bd2379bcd0',
      name: 'OhMiBod Esca 2',
      identifiers: ['OhMiBod 4.0', 'OhMiBod ESCA'],
      features: [
        {
          id: '75940e97-626d-4016-87eb-2777c29aaec6',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '410c22ed-e0f8-4911-8e56-7f23b4e71bcc',
      name: 'Kiiroo Titan 1.1',
      identifiers: ['Titan1.1'],
      features: [
        {
          id: 'a5a42b68-553c-4ba4-b68d-322c49d405bc',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'b77ed4d9-9350-4868-8cb3-a6c48112f8b2',
          index: 1,
          description: '',
          output: { HwPositionWithDuration: { value: [0, 99], duration: [0, 100000] } },
        },
      ],
    },
    {
      id: '69ae3f47-bb0f-4761-a641-3fc68c7de630',
      name: 'OhMiBod Lumen',
      identifiers: ['OhMiBod LUMEN'],
      features: [
        {
          id: '7d824538-bc5c-47d9-8d4d-8a503bf35284',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '73fb1747-2056-403b-a6fb-56c521886a93',
      name: 'OhMiBod NEX|2',
      identifiers: ['OhMiBod NEX2'],
      features: [
        {
          id: 'ba1e86b4-9c6e-42d8-bff5-ac28628b3092',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '00784de1-fb46-4c86-973e-dd12f01e9827',
      name: 'OhMiBod NEX|3',
      identifiers: ['OhMiBod NEX3'],
      features: [
        {
          id: '9172bb5c-bbdc-4b56-a315-cb6b08bcb278',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'e44fdd29-b3a0-4d37-b9af-e732f7934a13',
      name: 'Hot Octopuss Pulse Solo Interactive',
      identifiers: ['Pulse Interactive'],
      features: [
        {
          id: 'b369b6d0-5d5d-40cd-bf7f-3cb7641e1ce7',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 6] } },
        },
      ],
    },
    {
      id: 'd6675d9e-9ddb-41dc-a0e4-0b0d54fd29cb',
      name: 'OhMiBod Fuse 1.1',
      identifiers: ['Fuse1.1'],
      features: [
        {
          id: '0e0820e3-aeec-4df2-ae2a-b4bf82b9a823',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'bdcf6cd9-cc98-46c3-97eb-78b70b2a00a4',
      name: 'OhMiBod Foxy',
      identifiers: ['OhMiBod Foxy'],
      features: [
        {
          id: '187e471d-3815-4dab-85bc-e81969f26d40',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '50d6c107-7ddf-4adc-9de6-f9fd1e08cdcf',
      name: 'OhMiBod Chill',
      identifiers: ['OhMiBod Chill Panty Vibe'],
      features: [
        {
          id: '75ed3cd9-8d21-4567-9816-71f7925dcce4',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '15a13fb0-d287-4262-bf7a-26ae019d997b',
      name: 'OhMiBod Sphinx',
      identifiers: ['OhMiBod Sphinx'],
      features: [
        {
          id: '6a78e124-8314-40ec-bcc4-45f10341eaf7',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '5ef95603-09d0-4d44-9714-a7100b319371',
      name: 'Kiiroo Pearl 2+',
      identifiers: ['Pearl2+', 'Pearl 2+'],
      features: [
        {
          id: '69d4719c-2342-4d80-a8bc-70f5008b1628',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: '8fb6578e-bbbc-42d7-9c2e-7c813bd89f29',
      name: 'Kiiroo Pearl 3',
      identifiers: ['Pearl3', 'Pearl 3'],
      features: [
        {
          id: 'b3b2cea4-5987-413f-b611-aa068c76c04c',
          index: 0,
          description: '',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
  ],
});

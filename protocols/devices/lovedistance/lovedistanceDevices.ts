/** Devices spoken to by the lovedistance protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const lovedistanceDevices = defineDevices({
  name: 'lovedistance',
  communication: [
    {
      transport: 'btle',
      names: ['REACH G', 'REACH', 'MAG', 'SPAN', 'RANGE', 'ORBIT', 'JOIN G', 'LINK', 'GRASP', 'RECEIVE'],
      services: {
        '0000ff00-0000-1000-8000-00805f9b34fb': {
          rx: '0000ff02-0000-1000-8000-00805f9b34fb',
          tx: '0000ff01-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '1cd71bad-3cfc-41ee-a6b8-8651bf658489',
    name: 'Love Distance Device',
    features: [
      {
        id: '3eae1a60-e996-4726-858b-2128a1ae376a',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 121] } },
      },
    ],
  },
  configurations: [
    { id: '7b190a71-6667-4b63-9929-42dc3a22d113', name: 'Love Distance Reach G', identifiers: ['REACH G'] },
    { id: 'ad11cd1c-7450-4a0e-b7cf-4ff94e53b685', name: 'Love Distance Reach', identifiers: ['REACH'] },
    { id: 'bae30100-1dfa-4bd9-a2b3-e9415bebd1cb', name: 'Love Distance Mag', identifiers: ['MAG'] },
    { id: '84d00425-1a74-4fef-ad06-a5cdf22450d4', name: 'Love Distance Span', identifiers: ['SPAN'] },
    { id: '9cd3854e-03d7-4a32-b189-a97990ef45be', name: 'Love Distance Range', identifiers: ['RANGE'] },
    { id: '04c77f83-87bc-4547-87cc-d2c45c203313', name: 'Love Distance Range', identifiers: ['ORBIT'] },
    { id: '21f4d6ea-9c83-4d3e-a095-f5761e6c63ed', name: 'Love Distance Join G', identifiers: ['JOIN G'] },
    { id: '7dfc44e0-0a77-4725-be94-55ae7fab2601', name: 'Love Distance Link', identifiers: ['LINK'] },
    { id: '57d24ed8-fc9d-4dad-87b0-d978d3ebe8cd', name: 'Love Distance Grasp', identifiers: ['GRASP'] },
    { id: 'd104ec28-cd82-4fdb-bb9b-96ffc3b639ed', name: 'Love Distance Receive', identifiers: ['RECEIVE'] },
  ],
});

/** Devices spoken to by the lelo-f1sv2 protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const leloF1sv2Devices = defineDevices({
  name: 'lelo-f1sv2',
  communication: [
    {
      transport: 'btle',
      names: ['F1SV2A', 'F1SV2X', 'F1SV3', 'F2'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          generic0: '00000a11-0000-1000-8000-00805f9b34fb',
          rx: '00000a04-0000-1000-8000-00805f9b34fb',
          tx: '0000fff1-0000-1000-8000-00805f9b34fb',
          txvibrate: '0000fff2-0000-1000-8000-00805f9b34fb',
          whitelist: '00000a10-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '108d5cfe-2155-477f-b1b6-c48da6c4b7d8',
    name: 'Lelo F1s V2',
    features: [
      feature(0, '90bd67a5-4601-4c49-97bb-0845ab7011ba', { output: { Vibrate: [0, 100] } }),
      feature(1, '05fc758b-a3fe-4156-b3ae-9cdcb9ae95c6', { output: { Vibrate: [0, 100] } }),
    ],
  },
  configurations: [
    {
      id: '64505ced-309b-4a32-93a8-13ee55e2da2c',
      name: 'Lelo F1s V2',
      identifiers: ['F1SV2A', 'F1SV2X'],
    },
    {
      id: '36adf7ce-98bf-4fad-b916-b44d20a5d9e1',
      name: 'Lelo F1s V3',
      identifiers: ['F1SV3'],
    },
    {
      id: '5126b376-fc82-4677-bfc0-c45738549b9d',
      name: 'Lelo F2S',
      identifiers: ['F2'],
    },
  ],
});

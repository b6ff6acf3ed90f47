/** Devices spoken to by the lelo-f1sv2 protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const leloF1sv2Devices = defineDevices({
  name: 'lelo-f1sv2',
  communication: [
    {
      transport: 'btle',
      names: ['F1SV2A', 'F1SV2X'],
      services: {
        '0000fff0-0000-1000-8000-00805f9b34fb': {
          rx: '00000a04-0000-1000-8000-00805f9b34fb',
          tx: '0000fff1-0000-1000-8000-00805f9b34fb',
          txvibrate: '0000fff2-0000-1000-8000-00805f9b34fb',
          whitelist: '00000a10-0000-1000-8000-00805f9b34fb',
          generic0: '00000a11-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: '108d5cfe-2155-477f-b1b6-c48da6c4b7d8',
    name: 'Lelo F1s V2',
    features: [
      {
        id: '90bd67a5-4601-4c49-97bb-0845ab7011ba',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
      {
        id: '05fc758b-a3fe-4156-b3ae-9cdcb9ae95c6',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '64505ced-309b-4a32-93a8-13ee55e2da2c', name: 'Lelo F1s V2', identifiers: ['F1SV2A', 'F1SV2X'] },
  ],
});

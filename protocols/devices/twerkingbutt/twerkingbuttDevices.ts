/** Devices spoken to by the twerkingbutt protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const twerkingbuttDevices = defineDevices({
  name: 'twerkingbutt',
  communication: [
    {
      transport: 'btle',
      names: ['BODIKANG', 'Twerking Butt', 'TwerkingButt'],
      services: {
        '00000a60-0000-1000-8000-00805f9b34fb': {
          rx: '00000a67-0000-1000-8000-00805f9b34fb',
          tx: '00000a66-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: { id: '83e29d7a-6f35-499a-90f8-dfba8b674379', name: 'Twerking Butt', features: [] },
});

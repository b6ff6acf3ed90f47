/** Devices spoken to by the libo-karen protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const liboKarenDevices = defineDevices({
  name: 'libo-karen',
  communication: [
    {
      transport: 'btle',
      names: ['SuoYinQiu'],
      services: {
        '00006000-0000-1000-8000-00805f9b34fb': {
          tx: '00006001-0000-1000-8000-00805f9b34fb',
          txmode: '00006002-0000-1000-8000-00805f9b34fb',
        },
        '00006050-0000-1000-8000-00805f9b34fb': { rxpressure: '00006051-0000-1000-8000-00805f9b34fb' },
      },
    },
  ],
  defaults: { id: '2d9f29c7-7d0d-4319-967c-9f7b89eb7b1d', name: 'Libo Karen', features: [] },
});

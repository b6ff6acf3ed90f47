/** Devices spoken to by the cachito protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const cachitoDevices = defineDevices({
  name: 'cachito',
  communication: [
    {
      transport: 'btle',
      names: ['CCTSK', 'CCTXueGao'],
      services: { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff2-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: '0ce7063c-f118-44ea-80ed-66f3edb90a57',
    name: 'Cachito Device',
    features: [
      { id: '6e5ce97a-2eae-4807-a857-0e74a9f0d095', index: 0, description: '', output: { Vibrate: { value: [0, 5] } } },
      {
        id: '2ec18700-3fac-4f3b-91c1-ead90bf853d0',
        index: 1,
        description: '',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    { id: '8c4ee478-8dbb-41e6-b41c-a5664eec1532', name: 'Cachito Lure Tao', identifiers: ['CCTSK'] },
    { id: '57b25f6e-03d6-44ef-b378-0ef9e69170d4', name: 'Cachito Ice Cream', identifiers: ['CCTXueGao'] },
  ],
});

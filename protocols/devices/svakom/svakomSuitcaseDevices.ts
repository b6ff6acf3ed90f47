/** Devices spoken to by the svakom-suitcase protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const svakomSuitcaseDevices = defineDevices({
  name: 'svakom-suitcase',
  communication: [
    {
      transport: 'btle',
      names: ['VX357A-BLE-V1.0', 'VX236A-BLE-V1.0'],
      services: {
        '0000ffe0-0000-1000-8000-00805f9b34fb': {
          rx: '0000ffe2-0000-1000-8000-00805f9b34fb',
          tx: '0000ffe1-0000-1000-8000-00805f9b34fb',
        },
      },
    },
  ],
  defaults: {
    id: 'ffefddb3-5697-4ff1-a064-5d33c6f9b214',
    name: 'Svakom Magic Suitcase',
    features: [
      {
        id: '34836d30-2d4f-4c89-ab42-88dd227f14f0',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 30] } },
      },
      { id: '190fc9a8-8d55-45c5-98e0-921246ccbb7d', index: 1, description: '', output: { Vibrate: { value: [0, 1] } } },
    ],
  },
  configurations: [
    { id: 'e3187cb5-6370-4d29-8850-2d9206889f64', name: 'Coleur Dor VX236A', identifiers: ['VX236A-BLE-V1.0'] },
  ],
});

/** Devices spoken to by the deepsire protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const deepsireDevices = defineDevices({
  name: 'deepsire',
  communication: [
    {
      transport: 'btle',
      names: ['IMP 3'],
      services: { '0000ffe0-0000-1000-8000-00805f9b34fb': { tx: '0000ffe1-0000-1000-8000-00805f9b34fb' } },
    },
  ],
  defaults: {
    id: 'dd188bc6-784e-4799-b80c-3f568f8794cc',
    name: 'DeepSire Device',
    features: [
      {
        id: '08e0cd3e-65eb-42a4-8b15-990eb2e4c855',
        index: 0,
        description: '',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
  configurations: [{ id: 'ee9f0605-415e-4b07-8deb-c7252eff7053', name: 'Kuirkish Imp 3', identifiers: ['IMP 3'] }],
});

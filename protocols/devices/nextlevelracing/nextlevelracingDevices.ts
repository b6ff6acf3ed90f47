/** Devices spoken to by the nextlevelracing protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const nextlevelracingDevices = defineDevices({
  name: 'nextlevelracing',
  communication: [{ transport: 'serial', port: 'default', baudRate: 115200, dataBits: 8, stopBits: 1, parity: 'N' }],
  defaults: {
    id: 'fc830a11-de0d-4262-8155-99827cb926a9',
    name: 'Next Level Racing HF8 Haptic Gaming Pad',
    features: [
      {
        id: '178ade8c-0063-4f37-b37f-c47608f0b1e3',
        index: 0,
        description: 'Right thigh',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: 'f3d43a20-94e8-4e6a-a504-4b2fe87cfbe1',
        index: 1,
        description: 'Left thigh',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: '00d0b735-ffb6-4964-b963-75b1d4995c89',
        index: 2,
        description: 'Right buttock',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: '5ba0a42a-8bed-4123-95bd-0d1f4bc5333d',
        index: 3,
        description: 'Left buttock',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: '29820b84-4c47-443d-85a5-8706f64d38c1',
        index: 4,
        description: 'Right back',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: 'b930b1ae-2974-4e8f-b95c-b960d848534c',
        index: 5,
        description: 'Left back',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: '225e1d14-4cc9-4c8c-b6ff-5ae024e3387a',
        index: 6,
        description: 'Right shoulder',
        output: { Vibrate: { value: [0, 255] } },
      },
      {
        id: 'e369bcd9-8e2f-4466-8773-98bdf5fad7c5',
        index: 7,
        description: 'Left shoulder',
        output: { Vibrate: { value: [0, 255] } },
      },
    ],
  },
});

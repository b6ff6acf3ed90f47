/** Devices spoken to by the nextlevelracing protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const nextlevelracingDevices = defineDevices({
  name: 'nextlevelracing',
  communication: [{ transport: 'serial', port: 'default', baudRate: 115200, dataBits: 8, stopBits: 1, parity: 'N' }],
  defaults: {
    id: 'fc830a11-de0d-4262-8155-99827cb926a9',
    name: 'Next Level Racing HF8 Haptic Gaming Pad',
    features: [
      feature(0, '178ade8c-0063-4f37-b37f-c47608f0b1e3', { description: 'Right thigh', output: { Vibrate: [0, 255] } }),
      feature(1, 'f3d43a20-94e8-4e6a-a504-4b2fe87cfbe1', { description: 'Left thigh', output: { Vibrate: [0, 255] } }),
      feature(2, '00d0b735-ffb6-4964-b963-75b1d4995c89', {
        description: 'Right buttock',
        output: { Vibrate: [0, 255] },
      }),
      feature(3, '5ba0a42a-8bed-4123-95bd-0d1f4bc5333d', {
        description: 'Left buttock',
        output: { Vibrate: [0, 255] },
      }),
      feature(4, '29820b84-4c47-443d-85a5-8706f64d38c1', { description: 'Right back', output: { Vibrate: [0, 255] } }),
      feature(5, 'b930b1ae-2974-4e8f-b95c-b960d848534c', { description: 'Left back', output: { Vibrate: [0, 255] } }),
      feature(6, '225e1d14-4cc9-4c8c-b6ff-5ae024e3387a', {
        description: 'Right shoulder',
        output: { Vibrate: [0, 255] },
      }),
      feature(7, 'e369bcd9-8e2f-4466-8773-98bdf5fad7c5', {
        description: 'Left shoulder',
        output: { Vibrate: [0, 255] },
      }),
    ],
  },
});

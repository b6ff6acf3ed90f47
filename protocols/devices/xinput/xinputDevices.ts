/** Devices spoken to by the xinput protocol: how they are found and the models it knows. */
import { defineDevices, feature } from '../../config/deviceData.js';

export const xinputDevices = defineDevices({
  name: 'xinput',
  communication: [{ transport: 'xinput' }],
  defaults: {
    id: '0e7844fb-ff3d-4f5d-9e86-03b20f120f94',
    name: 'XBox (XInput) Compatible Gamepad',
    features: [
      feature(0, 'eded54a0-9ef2-49e1-99ec-7ab0ae606604', { output: { Vibrate: [0, 65535] } }),
      feature(1, '13b25ae7-4c84-4e9c-bd3e-c2f835bd3edb', { output: { Vibrate: [0, 65535] } }),
    ],
  },
});

/** Devices spoken to by the simulated protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const simulatedDevices = defineDevices({
  name: 'simulated',
  communication: [
    {
      transport: 'simulated',
      names: ['simulated-1vibe', 'simulated-2vibe', 'simulated-rotator', 'simulated-oscillator', 'simulated-stroker'],
    },
  ],
  defaults: {
    id: 'a1b2c3d4-0000-4000-8000-000000000000',
    name: 'Simulated Device',
    features: [
      {
        id: 'a1b2c3d4-0001-4000-8000-000000000001',
        index: 0,
        description: 'Motor',
        output: { Vibrate: { value: [0, 100] } },
      },
    ],
  },
  configurations: [
    {
      id: 'a1b2c3d4-1000-4000-8000-000000000000',
      name: 'Simulated 1-Motor Vibrator',
      identifiers: ['simulated-1vibe'],
      features: [
        {
          id: 'a1b2c3d4-1001-4000-8000-000000000001',
          index: 0,
          description: 'Motor',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'a1b2c3d4-2000-4000-8000-000000000000',
      name: 'Simulated 2-Motor Vibrator',
      identifiers: ['simulated-2vibe'],
      features: [
        {
          id: 'a1b2c3d4-2001-4000-8000-000000000001',
          index: 0,
          description: 'Motor 1',
          output: { Vibrate: { value: [0, 100] } },
        },
        {
          id: 'a1b2c3d4-2002-4000-8000-000000000002',
          index: 1,
          description: 'Motor 2',
          output: { Vibrate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'a1b2c3d4-3000-4000-8000-000000000000',
      name: 'Simulated Rotator',
      identifiers: ['simulated-rotator'],
      features: [
        {
          id: 'a1b2c3d4-3001-4000-8000-000000000001',
          index: 0,
          description: 'Rotation Motor',
          output: { Rotate: { value: [-100, 100] } },
        },
      ],
    },
    {
      id: 'a1b2c3d4-4000-4000-8000-000000000000',
      name: 'Simulated Oscillator',
      identifiers: ['simulated-oscillator'],
      features: [
        {
          id: 'a1b2c3d4-4001-4000-8000-000000000001',
          index: 0,
          description: 'Oscillation Motor',
          output: { Oscillate: { value: [0, 100] } },
        },
      ],
    },
    {
      id: 'a1b2c3d4-5000-4000-8000-000000000000',
      name: 'Simulated Stroker',
      identifiers: ['simulated-stroker'],
      features: [
        {
          id: 'a1b2c3d4-5001-4000-8000-000000000001',
          index: 0,
          description: 'Linear Axis',
          output: {
            Position: { value: [0, 1000] },
            HwPositionWithDuration: { value: [0, 1000], duration: [0, 100000] },
          },
        },
      ],
    },
  ],
});

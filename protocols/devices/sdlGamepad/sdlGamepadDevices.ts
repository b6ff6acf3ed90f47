/** Devices spoken to by the sdl-gamepad protocol: how they are found and the models it knows. Generated from the upstream device config by `npm run devices:generate`; do not edit. */
import { defineDevices } from '../../config/deviceData.js';

export const sdlGamepadDevices = defineDevices({
  name: 'sdl-gamepad',
  communication: [{ transport: 'sdlGamepad' }],
  defaults: {
    id: 'b35f2adf-16bc-4425-9276-5d191aeaf107',
    name: 'SDL Gamepad',
    features: [
      {
        id: 'f56852c8-cb3b-4703-90b6-6291df0c6314',
        index: 0,
        description: 'Low-frequency rumble',
        output: { Vibrate: { value: [0, 65535] } },
      },
      {
        id: 'e13388f9-a1b6-4c4c-a7b4-c68eeed293d8',
        index: 1,
        description: 'High-frequency rumble',
        output: { Vibrate: { value: [0, 65535] } },
      },
      {
        id: '57d8a4ca-76c6-49cc-8683-b9c0bae72f1b',
        index: 2,
        description: 'Battery level',
        input: { Battery: { value: [[0, 100]], command: ['Read'] } },
      },
    ],
  },
  configurations: [
    {
      id: 'c1d2e3f4-3333-4a7b-8c9d-1e2f3a4b5c6d',
      name: 'SDL Gamepad (Rumble and Triggers)',
      identifiers: ['__sdl-rumble-and-triggers'],
      features: [
        {
          id: 'f56852c8-cb3b-4703-90b6-6291df0c6314',
          index: 0,
          description: 'Low-frequency rumble',
          output: { Vibrate: { value: [0, 65535] } },
        },
        {
          id: 'e13388f9-a1b6-4c4c-a7b4-c68eeed293d8',
          index: 1,
          description: 'High-frequency rumble',
          output: { Vibrate: { value: [0, 65535] } },
        },
        {
          id: 'a1b2c3d4-1111-4e5f-8a6b-9c0d1e2f3a4b',
          index: 2,
          description: 'Left-trigger rumble',
          output: { Vibrate: { value: [0, 65535] } },
        },
        {
          id: 'b2c3d4e5-2222-4f6a-9b7c-0d1e2f3a4b5c',
          index: 3,
          description: 'Right-trigger rumble',
          output: { Vibrate: { value: [0, 65535] } },
        },
        {
          id: '57d8a4ca-76c6-49cc-8683-b9c0bae72f1b',
          index: 4,
          description: 'Battery level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
      protocolVariant: 'sdl-rumble-and-triggers',
    },
    {
      id: 'd2e3f4a5-4444-4b8c-9dae-2f3a4b5c6d7e',
      name: 'SDL Gamepad (Triggers Only)',
      identifiers: ['__sdl-triggers-only'],
      features: [
        {
          id: 'a1b2c3d4-1111-4e5f-8a6b-9c0d1e2f3a4b',
          index: 0,
          description: 'Left-trigger rumble',
          output: { Vibrate: { value: [0, 65535] } },
        },
        {
          id: 'b2c3d4e5-2222-4f6a-9b7c-0d1e2f3a4b5c',
          index: 1,
          description: 'Right-trigger rumble',
          output: { Vibrate: { value: [0, 65535] } },
        },
        {
          id: '57d8a4ca-76c6-49cc-8683-b9c0bae72f1b',
          index: 2,
          description: 'Battery level',
          input: { Battery: { value: [[0, 100]], command: ['Read'] } },
        },
      ],
      protocolVariant: 'sdl-triggers-only',
    },
  ],
});

/** Vibio: the VibCrafter scheme (vibcrafterScheme.ts) under Vibio's key, an 8-character nonce, challenges with a hex prefix. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { schemeCipher, vibcrafterScheme, type VibcrafterProduct } from './vibcrafterScheme.js';
import { vibioDevices } from './vibioDevices.js';

const VIBIO: VibcrafterProduct = {
  name: 'Vibio',
  key: 'jdk#vib%y5fir21a',
  nonceLength: 8,
  challenge: /^[0-9A-Fa-f]{4}:([^;]+);$/,
};

export const { encrypt, decrypt } = schemeCipher(VIBIO.key);

export const vibioProtocol: DeviceProtocol<LevelsState> = {
  name: 'vibio',
  config: vibioDevices,
  ...vibcrafterScheme(VIBIO),
};

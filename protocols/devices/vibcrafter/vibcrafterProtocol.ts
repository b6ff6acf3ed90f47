/** VibCrafter: the VibCrafter scheme (vibcrafterScheme.ts) under its own key, a 6-character nonce, alphanumeric challenges. */
import type { DeviceProtocol } from '../shared/deviceProtocol.js';
import type { LevelsState } from '../shared/outputEncoders.js';
import { schemeCipher, vibcrafterScheme, type VibcrafterProduct } from './vibcrafterScheme.js';
import { vibcrafterDevices } from './vibcrafterDevices.js';

const VIBCRAFTER: VibcrafterProduct = {
  name: 'VibCrafter',
  key: 'jdk#Cra%f5Vib28r',
  nonceLength: 6,
  challenge: /^[a-zA-Z0-9]{4}:([a-zA-Z0-9]+);$/,
};

export { authNonce, challengeAnswer, motorsPacket } from './vibcrafterScheme.js';
export const { encrypt, decrypt } = schemeCipher(VIBCRAFTER.key);

export const vibcrafterProtocol: DeviceProtocol<LevelsState> = {
  name: 'vibcrafter',
  config: vibcrafterDevices,
  ...vibcrafterScheme(VIBCRAFTER),
};

/**
 * The native hardware libraries (noble, serialport, node-hid) are optional peer dependencies: an app
 * that only uses the client, or only simulated devices, installs and compiles none of them. A manager
 * loads its library when it starts; when the package itself is not installed, it says which one to
 * install, in one sentence.
 */
import { messageOf } from '../protocols/core/errorText.js';

/** Node's "cannot find package/module" for `name` itself (not for something it imports). */
export const isMissingPackage = (error: unknown, name: string): boolean => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  const message = messageOf(error);
  return message.includes(`'${name}'`) || message.includes(`'${name}/`);
};

/** `Serial port support is not available: install the optional package serialport (npm install serialport @serialport/stream).` */
export const missingPackageSentence = (subsystem: string, packages: readonly string[]): string =>
  `${subsystem}: install the optional package${packages.length > 1 ? 's' : ''} ${packages.join(' and ')} (npm install ${packages.join(' ')}).`;

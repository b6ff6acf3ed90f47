/** `npm run readme:devices`: rewrites README.md's list of supported protocols and models from the protocol modules. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinProtocols } from './protocols/devices/index.js';
import { withSupportedDevices } from './protocols/devices/supportedDevices.js';

const readmePath = fileURLToPath(new URL('./README.md', import.meta.url));
const readme = readFileSync(readmePath, 'utf8');
const updated = withSupportedDevices(readme, builtinProtocols);
if (updated === readme) console.log('README.md: supported devices already up to date');
else {
  writeFileSync(readmePath, updated);
  console.log('README.md: supported devices updated');
}

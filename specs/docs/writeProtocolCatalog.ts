/** `npm run readme:protocols`: rewrites the README's protocol catalog from the protocol modules. */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { protocolCatalog, withCatalog } from './protocolCatalog.js';

const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
const readme = await readFile(readmePath, 'utf8');
const updated = withCatalog(readme, protocolCatalog(builtinProtocols));
if (updated !== readme) await writeFile(readmePath, updated);
console.log(updated === readme ? 'README.md: protocol catalog already up to date' : 'README.md: protocol catalog updated');

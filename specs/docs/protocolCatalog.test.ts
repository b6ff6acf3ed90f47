import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { CATALOG_END, CATALOG_START, modelNames, protocolCatalog, withCatalog } from './protocolCatalog.js';

describe('the README protocol catalog', () => {
  it('is the one the protocol modules generate (run `npm run readme:protocols` after changing protocols)', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const catalog = protocolCatalog(builtinProtocols);
    expect(readme).toContain(catalog);
  });

  it('lists every protocol with each model once', () => {
    const catalog = protocolCatalog(builtinProtocols);
    for (const protocol of builtinProtocols) {
      expect(catalog).toContain(`| \`${protocol.name}\` |`);
      for (const name of modelNames(protocol)) expect(catalog).toContain(name);
    }
  });

  it('replaces only its own section of the README', () => {
    const readme = `# Title\n\nintro\n\n${CATALOG_START}\nold\n${CATALOG_END}\n\n## After\n`;
    expect(withCatalog(readme, `${CATALOG_START}\nnew\n${CATALOG_END}`)).toBe(`# Title\n\nintro\n\n${CATALOG_START}\nnew\n${CATALOG_END}\n\n## After\n`);
    expect(withCatalog('# Title\n', 'catalog')).toBe('# Title\n\n## Supported devices\n\ncatalog\n');
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { correctCase } from './caseErrata.js';
import { parseCase } from './caseFile.js';

const text = `
devices:
  - identifier: {name: "X"}
device_commands:
  - !Messages {device_index: 0, messages: [!Stop]}
`;
const erratum = {
  'x.yaml': {
    sha256: createHash('sha256').update(text).digest('hex'),
    reason: 'it is wrong',
    deviceCommands: '- !Commands {device_index: 0, commands: [!Subscribe {endpoint: rx}]}',
  },
};

describe('case errata', () => {
  it('replace the steps of exactly the file version they were checked against', () => {
    const corrected = correctCase('x.yaml', text, parseCase(text), erratum);
    expect(corrected?.reason).toBe('it is wrong');
    expect(corrected?.testCase.deviceCommands).toEqual([
      { kind: 'commands', deviceIndex: 0, commands: [{ kind: 'subscribe', endpoint: 'rx' }] },
    ]);
    const changed = `${text}# edited upstream\n`;
    expect(correctCase('x.yaml', changed, parseCase(changed), erratum)).toBeUndefined();
    expect(correctCase('y.yaml', text, parseCase(text), erratum)).toBeUndefined();
  });

  const casesDir = fileURLToPath(new URL('./upstream/cases', import.meta.url));
  it('apply to the vendored cases they were written for', () => {
    const corrected = [
      'test_cowgirl_cone_protocol.yaml',
      'test_fredorch_protocol.yaml',
      'test_tryfun_blackhole_protocol.yaml',
      'test_tryfun_meta2_protocol.yaml',
      'test_honeyplaybox_protocol.yaml',
    ];
    for (const file of corrected) {
      const source = readFileSync(`${casesDir}/${file}`, 'utf8');
      expect(correctCase(file, source, parseCase(source))?.reason, file).toBeDefined();
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendDongleReport,
  encodeDongleMessage,
  parseDongleLine,
  type DongleIncoming,
  type DongleOutgoing,
} from '../../hardware/lovenseDongle/dongleMessages.js';

const outgoing: fc.Arbitrary<DongleOutgoing> = fc.record(
  {
    type: fc.constantFrom('usb', 'toy'),
    func: fc.constantFrom('search', 'stopSearch', 'statuss', 'command'),
    id: fc.string({ maxLength: 20 }),
    cmd: fc.string({ maxLength: 200 }),
  },
  { requiredKeys: ['type', 'func'] },
);

const incoming: fc.Arbitrary<DongleIncoming> = fc.record(
  {
    type: fc.constantFrom('usb', 'toy'),
    func: fc.constantFrom('search', 'stopSearch', 'status', 'toyData', 'error'),
    result: fc.integer({ min: 100, max: 501 }),
    data: fc.record(
      {
        id: fc.stringMatching(/^[0-9a-f]{0,12}$/),
        data: fc.string({ maxLength: 40 }),
        status: fc.integer({ min: 100, max: 501 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['type', 'func'] },
);

/** Text cut into input reports the way a dongle might: arbitrary lengths, NUL padding. */
const asReports = (text: string, cuts: number[]): Uint8Array[] => {
  const bytes = new TextEncoder().encode(text);
  const reports: Uint8Array[] = [];
  let offset = 0;
  for (const cut of cuts) {
    if (offset >= bytes.length) break;
    const chunk = bytes.subarray(offset, offset + cut);
    offset += cut;
    reports.push(Uint8Array.from([...chunk, ...new Array<number>(64 - chunk.length).fill(0)]));
  }
  if (offset < bytes.length) reports.push(bytes.subarray(offset));
  return reports;
};

describe('Lovense dongle framing', () => {
  it('writes a message as 65-byte reports: report id 0, at most 63 bytes of text, CR LF at the end', () => {
    const reports = encodeDongleMessage({ type: 'toy', func: 'command', id: 'c44a1d5e9dd0', cmd: 'Vibrate:20;' });
    expect(reports.every((r) => r.length === 65 && r[0] === 0 && r[64] === 0)).toBe(true);
    const text = new TextDecoder().decode(
      Uint8Array.from(reports.flatMap((r) => r.slice(1, 64)).filter((b) => b !== 0)),
    );
    expect(text).toBe('{"type":"toy","func":"command","id":"c44a1d5e9dd0","cmd":"Vibrate:20;"}\r\n');
  });

  it('round-trips any outgoing message through its reports', () => {
    fc.assert(
      fc.property(outgoing, (message) => {
        const reports = encodeDongleMessage(message);
        let pending = '';
        const lines: string[] = [];
        for (const report of reports) {
          const step = appendDongleReport(pending, Uint8Array.from(report));
          pending = step.pending;
          lines.push(...step.lines);
        }
        expect(lines).toEqual([JSON.stringify(message)]);
      }),
    );
  });

  it('reassembles dongle messages however they are cut into reports', () => {
    fc.assert(
      fc.property(
        fc.array(incoming, { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 40 }),
        (messages, cuts) => {
          const text = messages.map((m) => `${JSON.stringify(m)}\n`).join('');
          let pending = '';
          const parsed: (DongleIncoming | undefined)[] = [];
          for (const report of asReports(text, cuts)) {
            const step = appendDongleReport(pending, report);
            pending = step.pending;
            parsed.push(...step.lines.map(parseDongleLine));
          }
          expect(parsed).toEqual(messages);
          expect(pending).toBe('');
        },
      ),
    );
  });

  it('never throws on garbage, and drops endless lines', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 100 }), (reports) => {
        let pending = '';
        for (const report of reports) {
          const step = appendDongleReport(pending, report);
          pending = step.pending;
          step.lines.forEach(parseDongleLine);
          expect(pending.length).toBeLessThanOrEqual(4_096);
        }
      }),
    );
    expect(parseDongleLine('{"type":"toy"}')).toBeUndefined();
    expect(parseDongleLine('not json')).toBeUndefined();
    expect(parseDongleLine('{"type":"toy","func":"search","result":"205"}')).toBeUndefined();
  });
});

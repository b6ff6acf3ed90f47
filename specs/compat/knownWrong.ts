/**
 * What the official `buttplug` 5.0.2 client is known to get wrong, as the side-by-side app shows it,
 * and the comparison both side-by-side tests (Node and the browser) make: compat's run must equal the
 * official run with exactly these corrections, each of which must still be needed.
 */
import { expect } from 'vitest';
import { everyFeatureProtocol } from '../support/everyFeatureProtocol.js';
import type { SideBySideRun } from './sideBySideHarness.js';

/** Node 22 has iterator helpers (`map.values().some`), which the official device-level checks need. */
export const hasIteratorHelpers =
  typeof (globalThis as { Iterator?: { prototype?: { some?: unknown } } }).Iterator?.prototype?.some === 'function';

/** Feature descriptions as the devices' configuration has them, per device name and feature index. */
const descriptions = (model: 'Test Everything' | 'Test Vibe'): string[] => {
  const config = everyFeatureProtocol.config;
  const features = model === 'Test Everything' ? config.defaults.features : config.configurations[0]!.features!;
  return features.map((feature) => feature.description);
};

/**
 * A known-wrong behaviour of the official client: how it shows in the official run's log, and what
 * compat logs instead. `fix` rewrites the official log into the compat one and says how many lines
 * it changed, so a bug that is no longer there in the official client is noticed too.
 */
export interface KnownWrong {
  readonly what: string;
  fix(log: string[]): { log: string[]; changed: number };
}

const rewrite = (log: string[], change: (line: string) => string) => {
  const fixed = log.map(change);
  return { log: fixed, changed: fixed.filter((line, i) => line !== log[i]).length };
};

export const KNOWN_WRONG: readonly KnownWrong[] = [
  {
    what: 'reads FeatureDescriptor where the spec (and every server) says FeatureDescription: descriptions are undefined',
    fix: (log) => {
      let device: string[] = [];
      return rewrite(log, (line) => {
        const name = /^device \d+ "(.+)"/.exec(line)?.[1];
        if (name) device = descriptions(name as 'Test Everything');
        const feature = /^ {2}feature (\d+) descriptor=undefined featureDescriptor=undefined /.exec(line);
        if (!feature) return line;
        const text = JSON.stringify(device[Number(feature[1])]);
        return line.replace(
          'descriptor=undefined featureDescriptor=undefined',
          `descriptor=${text} featureDescriptor=${text}`,
        );
      });
    },
  },
  {
    what: "takes a sensor's list of ranges for its range: valueRange is [[min, max], undefined]",
    fix: (log) =>
      rewrite(log, (line) => line.replace(/"valueRange":\[\[(-?\d+),(-?\d+)\],null\]/g, '"valueRange":[$1,$2]')),
  },
  {
    what: "spells the RSSI input 'RSSI' where servers list and read 'Rssi': it never sees the RSSI sensor",
    fix: (log) =>
      rewrite(log, (line) =>
        line === 'no RSSI sensor' ? 'RSSI: -60 (RSSI)' : line.replace('"type":"Rssi"', '"type":"RSSI"'),
      ),
  },
  {
    what: 'rejects runOutput with a bare string, not an Error, when no feature has the output',
    fix: (log) =>
      rewrite(log, (line) =>
        line.replace(/: string: (No features with output type \w+)$/, ': ButtplugDeviceError(ERROR_DEVICE): $1'),
      ),
  },
  {
    what: "never emits a device's own deviceremoved (emitDisconnected is never called)",
    fix: (log) => {
      const at = log.indexOf('client deviceremoved 1');
      if (at === -1 || log[at - 1] === 'device 1 deviceremoved (device event)') return { log, changed: 0 };
      return { log: [...log.slice(0, at), 'device 1 deviceremoved (device event)', ...log.slice(at)], changed: 1 };
    },
  },
];

/** Device-level hasOutput/hasInput throw on Node 20 (the official client calls iterator helpers). */
export const HAS_OUTPUT_ON_NODE_20: KnownWrong = {
  what: 'device.hasOutput / hasInput throw a TypeError on Node 20',
  fix: (log) => {
    const answers = [
      ['hasOutput(Vibrate)=true', 'hasOutput(Rotate)=true', 'hasInput(Battery)=true'], // Test Everything
      ['hasOutput(Vibrate)=true', 'hasOutput(Rotate)=false', 'hasInput(Battery)=true'], // Test Vibe
    ].flat();
    let next = 0;
    return rewrite(log, (line) =>
      line === '  device check threw TypeError: this._features.values(...).some is not a function'
        ? `  ${answers[next++]}`
        : line,
    );
  },
};

/**
 * Compat's run equals the official run with the known-wrong corrections applied (device-level
 * hasOutput only where the official client lacks iterator helpers); the devices received the same,
 * plus the RSSI read the official client cannot make.
 */
export const expectSameExceptKnownWrong = (
  runs: { official: SideBySideRun; compat: SideBySideRun },
  officialHasIteratorHelpers: boolean,
): void => {
  let expected = runs.official.log;
  const wrong = officialHasIteratorHelpers ? KNOWN_WRONG : [...KNOWN_WRONG, HAS_OUTPUT_ON_NODE_20];
  for (const known of wrong) {
    const { log, changed } = known.fix(expected);
    expect(changed, `the official client still ${known.what}`).toBeGreaterThan(0);
    expected = log;
  }
  expect(runs.compat.log).toEqual(expected);
  // And nothing in compat's run shows any of them.
  for (const known of [...KNOWN_WRONG, HAS_OUTPUT_ON_NODE_20]) {
    expect(known.fix(runs.compat.log).changed, known.what).toBe(0);
  }
  const everything = [...runs.official.hardware.EVERY];
  everything.splice(everything.indexOf('tx Read:Battery;') + 1, 0, 'tx Read:Rssi;');
  expect(runs.compat.hardware.EVERY).toEqual(everything);
  expect(runs.compat.hardware.VIBE).toEqual(runs.official.hardware.VIBE);
};

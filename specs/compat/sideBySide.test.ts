/**
 * The side-by-side test: one app written for the official `buttplug` 5.0.2 client runs unchanged
 * against `buttplug` and against `buttplug-actors/compat` (only what the import resolves to differs),
 * over WebSocket to this engine with simulated devices. Both runs must log the same and the devices
 * must receive the same bytes, except where the official client is known to be wrong: each of those
 * differences is spelled out below and asserted in both directions.
 */
import * as official from 'buttplug';
import { beforeAll, describe, expect, it } from 'vitest';
import * as compat from '../../compat.js';
import { everyFeatureProtocol } from '../support/everyFeatureProtocol.js';
import { importWith, runSideBySide, type SideBySideRun } from './sideBySideHarness.js';

/** Node 22 has iterator helpers (`map.values().some`), which the official device-level checks need. */
const hasIteratorHelpers =
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
interface KnownWrong {
  readonly what: string;
  fix(log: string[]): { log: string[]; changed: number };
}

const rewrite = (log: string[], change: (line: string) => string) => {
  const fixed = log.map(change);
  return { log: fixed, changed: fixed.filter((line, i) => line !== log[i]).length };
};

const KNOWN_WRONG: readonly KnownWrong[] = [
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
const HAS_OUTPUT_ON_NODE_20: KnownWrong = {
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

describe('one buttplug 5.0.2 app, run against the official client and against compat', () => {
  let runs: { official: SideBySideRun; compat: SideBySideRun };
  beforeAll(async () => {
    runs = { official: await runSideBySide('official'), compat: await runSideBySide('compat') };
  }, 60_000);

  it('runs to the end against both', () => {
    for (const run of Object.values(runs)) {
      expect(run.log[0]).toBe('connected before: false');
      expect(run.log.at(-1)).toBe(
        'startScanning after disconnect: ButtplugClientConnectorException(ERROR_UNKNOWN): ButtplugClient not connected',
      );
    }
  });

  it('resolves the import to the official package in one run and to compat in the other', async () => {
    const asOfficial = await importWith('official', () => import('buttplug'));
    const asCompat = await importWith('compat', () => import('buttplug'));
    expect(asOfficial.ButtplugClient).toBe(official.ButtplugClient);
    // A fresh copy of compat (modules are reset between runs): its client wraps ours.
    expect(Object.keys(new asCompat.ButtplugClient('probe'))).toContain('_native');
    expect(Object.keys(new asOfficial.ButtplugClient('probe'))).not.toContain('_native');
    expect(Object.keys(asCompat).sort()).toEqual(Object.keys(compat).sort());
  });

  it('logs the same, except where the official client is known to be wrong', () => {
    let expected = runs.official.log;
    const wrong = hasIteratorHelpers ? KNOWN_WRONG : [...KNOWN_WRONG, HAS_OUTPUT_ON_NODE_20];
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
  });

  it('the devices receive the same writes, plus the RSSI read the official client cannot make', () => {
    const everything = [...runs.official.hardware.EVERY];
    everything.splice(everything.indexOf('tx Read:Battery;') + 1, 0, 'tx Read:Rssi;');
    expect(runs.compat.hardware.EVERY).toEqual(everything);
    expect(runs.compat.hardware.VIBE).toEqual(runs.official.hardware.VIBE);
    // What the app asked for, as the devices received it (percents become steps the official way).
    expect(runs.compat.hardware.EVERY).toEqual([
      'subscribe rx',
      'tx f0:Vibrate:10;', // Vibrate.percent(0.5) on both motors
      'tx f1:Vibrate:10;',
      'tx f0:Vibrate:7;',
      'tx f1:Vibrate:7;',
      'tx f2:Rotate:-5;', // Rotate.percent(0.25) of [-10, 10]
      'tx f2:Rotate:-3;',
      'tx f3:Oscillate:30;',
      'tx f4:Constrict:2;',
      'tx f5:Temperature:2;', // Temperature.percent(0.75) of [-4, 4]
      'tx f6:Led:1;',
      'tx f7:Spray:1;', // Spray.percent(0.3) of [0, 3], rounded up
      'tx f8:Position:40;',
      'tx f8:HwPositionWithDuration:100@500;',
      'tx f8:HwPositionWithDuration:20@250;',
      'tx f0:Vibrate:0;',
      'tx f1:Vibrate:0;',
      'tx f1:Vibrate:20;',
      'tx Read:Battery;',
      'tx Read:Rssi;',
      'tx Read:Pressure;',
      'subscribe rxpressure',
      'unsubscribe rxpressure',
      'tx f1:Vibrate:0;', // device.stop(): every running output, positions excepted
      'tx f2:Rotate:0;',
      'tx f3:Oscillate:0;',
      'tx f4:Constrict:0;',
      'tx f5:Temperature:0;',
      'tx f6:Led:0;',
      'tx f7:Spray:0;',
    ]);
    expect(runs.compat.hardware.VIBE).toEqual([
      'subscribe rx',
      'tx f0:Vibrate:5;',
      'tx Read:Battery;',
      'tx f0:Vibrate:10;',
      'tx f0:Vibrate:0;', // stopAllDevices
    ]);
  });
});

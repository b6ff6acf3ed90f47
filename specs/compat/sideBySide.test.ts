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
import { expectSameExceptKnownWrong, hasIteratorHelpers } from './knownWrong.js';
import { importWith, runSideBySide, type SideBySideRun } from './sideBySideHarness.js';

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

  it('logs the same, and the devices receive the same, except where the official client is known to be wrong', () => {
    expectSameExceptKnownWrong(runs, hasIteratorHelpers);
  });

  it('the devices receive what the app asked for (percents become steps the official way)', () => {
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

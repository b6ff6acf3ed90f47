/**
 * The `buttplug-conformance` command as a real process, the way users and CI run it: server mode
 * against the engine as `npm start` runs it (on a free port), and client mode with the official
 * `buttplug` client, its JSON report read the way buttplug-js reads upstream's (from the line `{`).
 */
import {
  ButtplugClient as OfficialClient,
  ButtplugNodeWebsocketClientConnector,
  DeviceOutput,
  type ButtplugClientDevice,
} from 'buttplug';
import { describe, expect, it } from 'vitest';
import { CLI_STARTUP_MS, startProgram } from '../support/cliRun.js';
import { freePort } from '../support/freePort.js';
import { waitFor } from '../support/engine.js';

const PROCESS_TEST_MS = 120_000;

/** The report as buttplug-js reads upstream's: everything from the first line that is just `{`. */
const jsonReport = (stdout: string) => {
  const lines = stdout.split('\n');
  return JSON.parse(lines.slice(lines.findIndex((line) => line.trim() === '{')).join('\n')) as {
    sequences: {
      sequence_name: string;
      passed: boolean;
      steps: { step_name: string; passed: boolean; error: string | null; duration_ms: number }[];
    }[];
  };
};

describe('the buttplug-conformance command', () => {
  it(
    '--server against the engine as npm start runs it: prints its report and exits 0',
    async () => {
      const port = await freePort();
      const engine = startProgram('cli.ts', [
        '--websocket-port',
        String(port),
        '--simulate',
        'LVS-Edge',
        '--simulate',
        'LVS-Nora',
        '--simulate',
        'LVS-SolacePro',
      ]);
      await waitFor(() => engine.stdout.includes('is ready'), CLI_STARTUP_MS, `the engine to start (${engine.stderr})`);
      const conformance = startProgram('conformance.ts', ['--server', `ws://127.0.0.1:${port}`, '--runs', '5']);
      expect(await conformance.exited).toEqual({ code: 0, signal: null });
      expect(conformance.stdout).toMatch(
        /^Buttplug Server Conformance \(buttplug-actors\)\n {2}Server: {7}ws:\/\/127\.0\.0\.1:\d+ \("Buttplug Actors", MaxPingTime 0\)/,
      );
      expect(conformance.stdout).toMatch(
        / {2}\[PASS\] generated\.sequences: .*\n {9}5 sequences of up to 12 requests on 3 devices \(--seed \d+ --runs 5\)/,
      );
      expect(conformance.stdout).toMatch(/\nResults: 26 passed, 0 failed, 8 not checked\n$/);
      expect(conformance.stderr).toBe('');
      engine.child.kill('SIGINT');
      expect(await engine.exited).toEqual({ code: 0, signal: null });
    },
    PROCESS_TEST_MS,
  );

  it(
    'client mode, --client-driven --format json: the official client passes core_protocol, exit 0',
    async () => {
      const port = await freePort();
      const harness = startProgram('conformance.ts', [
        '--port',
        String(port),
        '--sequence',
        'core_protocol',
        '--format',
        'json',
        '--timeout',
        '5000',
        '--client-driven',
      ]);
      await waitFor(
        () => harness.stdout.includes('Connect to'),
        CLI_STARTUP_MS,
        `the harness to listen (${harness.stderr})`,
      );
      const client = new OfficialClient('official conformance client');
      await client.connect(new ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${port}`));
      const devices = new Map<number, ButtplugClientDevice>();
      const all = new Promise<void>((done) =>
        client.on(
          'deviceadded',
          (device: ButtplugClientDevice) => devices.set(device.index, device).size === 3 && done(),
        ),
      );
      await client.startScanning();
      await all;
      const [vibrator, positioner, multi] = [0, 1, 2].map((index) => devices.get(index)!);
      await vibrator!.runOutput(DeviceOutput.Vibrate.value(60));
      await vibrator!.features.get(2)!.runOutput(DeviceOutput.Rotate.value(30));
      await positioner!.features.get(2)!.runOutput(DeviceOutput.Oscillate.value(50));
      await positioner!.features.get(0)!.runOutput(DeviceOutput.Position.value(50));
      await positioner!.features.get(1)!.runOutput(DeviceOutput.HwPositionWithDuration.value(75, 1_000));
      for (const [feature, output] of [
        DeviceOutput.Constrict,
        DeviceOutput.Spray,
        DeviceOutput.Temperature,
        DeviceOutput.Led,
      ].entries())
        await multi!.features.get(feature)!.runOutput(output.value(50));
      await vibrator!.battery();
      const reading = new Promise((done) => multi!.once('inputreading', done));
      await multi!.features.get(5)!.runInput('Pressure' as never, 'Subscribe' as never);
      await reading;
      await multi!.features.get(5)!.runInput('Pressure' as never, 'Unsubscribe' as never);
      await vibrator!.stop();
      await client.stopAllDevices();
      await new Promise((done) => client.once('deviceremoved', done));
      await client.disconnect();

      expect(await harness.exited).toEqual({ code: 0, signal: null });
      expect(harness.stdout).toMatch(
        /^Buttplug Client Conformance Test Harness \(buttplug-actors\)\n {2}Port: {5}\d+\n/,
      );
      const report = jsonReport(harness.stdout);
      expect(report.sequences).toHaveLength(1);
      expect(report.sequences[0]).toMatchObject({ sequence_name: 'core_protocol', passed: true });
      expect(report.sequences[0]!.steps).toHaveLength(22);
      expect(report.sequences[0]!.steps[0]).toEqual({
        step_name: 'Connection',
        passed: true,
        error: null,
        duration_ms: expect.any(Number),
      });
    },
    PROCESS_TEST_MS,
  );

  it(
    'client mode: a failed sequence exits 1; a bad flag exits 2 with one line',
    async () => {
      const port = await freePort();
      const harness = startProgram('conformance.ts', [
        '--port',
        String(port),
        '--sequence',
        'ping_required',
        '--client-driven',
      ]);
      await waitFor(
        () => harness.stdout.includes('Connect to'),
        CLI_STARTUP_MS,
        `the harness to listen (${harness.stderr})`,
      );
      const client = new OfficialClient('official conformance client');
      await client.connect(new ButtplugNodeWebsocketClientConnector(`ws://127.0.0.1:${port}`));
      expect(await harness.exited).toEqual({ code: 1, signal: null });
      expect(harness.stdout).toMatch(
        /=== Sequence: ping_required ===\n {2}\[PASS\] Connection \(\d+ms\)\n {2}\[PASS\] Handshake with Ping \(\d+ms\)\n {2}\[FAIL\] First Ping Received \(\d+ms\)\n {9}Error: no Ping within 1000 ms of the handshake/,
      );
      expect(harness.stdout).toMatch(/\nResults: 2\/3 passed\n/);

      const usage = startProgram('conformance.ts', ['--server', 'ws://127.0.0.1:1', '--client-driven']);
      expect(await usage.exited).toEqual({ code: 2, signal: null });
      expect(usage.stderr).toBe(
        'buttplug-conformance: --client-driven belongs to client mode; it cannot go with --server\n',
      );
    },
    PROCESS_TEST_MS,
  );
});

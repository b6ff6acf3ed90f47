/**
 * Server mode of `buttplug-conformance` against this engine over real WebSockets (its client port and
 * its device port), and against the same engine behind proxies that plant one bug each: every check
 * passes on the engine, and each planted bug fails the check that names it.
 */
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { DialedDevice } from '../../actors/conformance/server/dialedDevice.js';
import type { ServerModeOptions } from '../../actors/conformance/conformanceOptions.js';
import { checkServer } from '../../actors/conformance/server/runServerMode.js';
import type { ServerReport } from '../../actors/conformance/server/serverReport.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { WebsocketDeviceDcm } from '../../hardware/websocketDevices/websocketDeviceDcm.js';
import { createDeviceConfig, specifiersOf } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, waitFor } from '../support/engine.js';
import { startPlantedBugServer, type PlantedBugs } from './plantedBugServer.js';

/** This engine as `npm start` runs it (simulated Lovense toys), optionally with its device port and a ping timer. */
const startTarget = async (options: { maxPingTime?: number; devicePort?: boolean; gapMs?: number } = {}) => {
  // The Edge (type P) the harness dials, with a message gap the engine must keep.
  const edge = lovenseDevices.configurations.find((model) => model.identifiers.includes('P'))!;
  const config = createDeviceConfig(
    builtinProtocolConfigs(),
    options.gapMs === undefined ? {} : { configurations: { lovense: [{ ...edge, messageGapMs: options.gapMs }] } },
  );
  const devicePort = options.devicePort
    ? new WebsocketDeviceDcm({ port: 0, deviceNames: () => specifiersOf(config, 'websocket').map((s) => s.name) })
    : undefined;
  const server = new ButtplugServer({
    maxPingTime: options.maxPingTime ?? 0,
    deviceConfig: config,
    deviceCommunicationManagers: [
      new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }, { name: 'LVS-Nora' }, { name: 'LVS-SolacePro' }] }),
      ...(devicePort ? [devicePort] : []),
    ],
  });
  const transport = await WebSocketServerTransport.listen({ server, port: 0 });
  onCleanup(async () => {
    await transport.close();
    await server.shutdown();
  });
  if (devicePort) await waitFor(() => devicePort.port !== undefined, 5_000, 'the device port to listen');
  return { url: transport.url, ...(devicePort ? { deviceUrl: `ws://127.0.0.1:${devicePort.port}` } : {}) };
};

const check = (
  target: { url: string; deviceUrl?: string },
  options: Partial<ServerModeOptions> = {},
): Promise<ServerReport> =>
  checkServer({
    mode: 'server',
    server: target.url,
    ...(target.deviceUrl ? { deviceServer: target.deviceUrl } : {}),
    deviceName: 'LVSDevice',
    deviceCount: 2,
    seed: 42,
    runs: 4,
    format: 'text',
    timeoutMs: 3_000,
    ...options,
  });

const statusOf = (report: ServerReport) => Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
const failedChecks = (report: ServerReport) =>
  report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.detail}`);

describe('server mode against this engine', () => {
  it('as npm start runs it: every check it can make passes, and it says which it cannot make and why', async () => {
    const report = await check(await startTarget());
    expect(failedChecks(report)).toEqual([]);
    expect(report.passed).toBe(true);
    const skipped = report.checks.filter((c) => c.status === 'skip');
    expect(skipped.map((c) => c.id).sort()).toEqual([
      'devicelist.device-added',
      'devicelist.device-removed',
      'outputs.message-gap',
      'outputs.reach-device',
      'ping.keeps-session',
      'ping.timeout',
      'stop.on-connection-loss',
      'stop.on-disconnect',
    ]);
    expect(skipped.find((c) => c.id === 'stop.on-disconnect')!.detail).toMatch(/needs --device-server/);
    expect(skipped.find((c) => c.id === 'ping.timeout')!.detail).toMatch(/MaxPingTime 0/);
    expect(statusOf(report)['generated.sequences']).toBe('pass');
  });

  it('with its device port dialed, a ping timer and a message gap: every check runs and passes', async () => {
    const report = await check(await startTarget({ maxPingTime: 1_000, devicePort: true, gapMs: 50 }));
    expect(failedChecks(report)).toEqual([]);
    expect(report.checks.filter((c) => c.status === 'skip')).toEqual([]);
    expect(report.checks.find((c) => c.id === 'outputs.message-gap')!.detail).toMatch(/gap 50 ms/);
    expect(report.checks.length).toBeGreaterThanOrEqual(34);
  });

  it('passes through a proxy with no planted bug, so the proxy alone changes nothing', async () => {
    const proxy = await startPlantedBugServer(await startTarget({ devicePort: true }));
    const report = await check(proxy, { runs: 2 });
    expect(failedChecks(report)).toEqual([]);
  });

  it('names the server it could not reach, in one failed check', async () => {
    const report = await check({ url: 'ws://127.0.0.1:9' });
    expect(report.passed).toBe(false);
    expect(report.checks).toEqual([
      expect.objectContaining({
        id: 'connect',
        status: 'fail',
        detail: expect.stringMatching(/cannot connect to ws:\/\/127\.0\.0\.1:9/),
      }),
    ]);
  });
});

describe("server mode's simulated device", () => {
  it('dials in like a device, not a web page: no Origin header, the hello first, then Lovense answers', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    onCleanup(() => new Promise<void>((done) => server.close(() => done())));
    await new Promise((done) => server.once('listening', done));
    const seen = new Promise<{ headers: Record<string, unknown>; frames: string[] }>((done) =>
      server.once('connection', (socket, request) => {
        const frames: string[] = [];
        socket.on('message', (data) => {
          frames.push(String(data));
          if (frames.length === 1) socket.send(Buffer.from('DeviceType;'));
          if (frames.length === 2) socket.send(Buffer.from('Battery;'));
          if (frames.length === 3) done({ headers: request.headers, frames });
        });
      }),
    );
    const device = await DialedDevice.connect({
      url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
      identifier: 'LVSDevice',
      address: 'C0F0AB',
      timeoutMs: 2_000,
    });
    onCleanup(() => device.close());
    const { headers, frames } = await seen;
    expect(headers['origin']).toBeUndefined();
    expect(JSON.parse(frames[0]!)).toEqual({ identifier: 'LVSDevice', address: 'C0F0AB', version: 0 });
    expect(frames.slice(1)).toEqual(['P:37:C0F0AB000000;', '85;']);
  });
});

describe('server mode catches planted bugs', () => {
  const planted = async (bugs: PlantedBugs, engine: { gapMs?: number } = {}) =>
    check(await startPlantedBugServer(await startTarget({ devicePort: true, ...engine }), bugs), { runs: 3 });

  it('a server that does not stop devices when the client leaves', async () => {
    const report = await planted({ keepsDevicesRunning: true });
    const status = statusOf(report);
    expect(status['stop.on-disconnect']).toBe('fail');
    expect(status['stop.on-connection-loss']).toBe('fail');
    expect(status['generated.sequences']).toBe('fail');
    expect(report.checks.find((c) => c.id === 'stop.on-disconnect')!.detail).toMatch(
      /device \d+: still running \d+ ms later/,
    );
    // The rest of the protocol is fine:
    expect(status['stop.all']).toBe('pass');
    expect(status['ids.answered-once']).toBe('pass');
    expect(report.passed).toBe(false);
  });

  it('a server that answers an Id twice', async () => {
    const report = await planted({ answersTwice: true });
    const ids = report.checks.find((c) => c.id === 'ids.answered-once')!;
    expect(ids.status).toBe('fail');
    expect(ids.detail).toMatch(/Id \d+ \(\w+\) was answered 2 times: Ok, Ok/);
    expect(statusOf(report)['generated.sequences']).toBe('fail');
    expect(statusOf(report)['stop.on-disconnect']).toBe('pass');
  });

  it('a server that ignores the message gap it advertises', async () => {
    const report = await planted({ advertisesGapMs: 100 });
    const gap = report.checks.find((c) => c.id === 'outputs.message-gap')!;
    expect(gap.status).toBe('fail');
    expect(gap.detail).toMatch(/^\d+ writes for a burst of \d+ ms; a 100 ms gap allows \d+/);
    expect(failedChecks(report).map((f) => f.split(':')[0])).toEqual(['outputs.message-gap']);
  });
});

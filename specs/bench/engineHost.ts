/**
 * The engine for the fast-path benchmarks, in a child process of its own (see hostProcess.ts). Modes:
 *
 * - `engine`: the engine as the command line builds it (ButtplugServer behind the WebSocket server
 *   transport), with the device WebSocket server for wire devices and `--simulate N` simulated Lovense
 *   Edges; `--gap ADDRESS=MS` gives one wire device a message gap (a user setting, as a user would).
 *   Answers `devices`, `engines` (heap per bare engine, for `count` engines built here) and
 *   `deviceHeap` (heap per device of an engine built here that finds `count` simulated devices).
 * - `sessions`: one engine, every WebSocket connection a session of it (`engine.connect`), for heap per
 *   idle session; its baseline is baselineHost.ts `bare`.
 */
import { WebSocketServer } from 'ws';
import { SIMULATED_COMMANDS_KEPT } from '../../actors/cli/simulatedDevices.js';
import { applyEngineV8Flags } from '../../actors/cli/v8Flags.js';
import { ButtplugServer, frameTransport } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm, type SimulatedDeviceSpec } from '../../hardware/simulated/simulatedDcm.js';
import { WebsocketDeviceDcm } from '../../hardware/websocketDevices/websocketDeviceDcm.js';
import { createDeviceConfig, specifiersOf, type UserDeviceSettings } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import type { HostReady } from './baselineHost.js';
import { announceReady, serveQuestions, settledHeap } from './hostProcess.js';
import { serveSession } from './socketSession.js';

// The engine's process as the command line runs it (cli.ts): its V8 flags first.
applyEngineV8Flags();

const [mode, ...args] = process.argv.slice(2);
const option = (name: string): string[] =>
  args.flatMap((arg, i) => (arg === name && args[i + 1] !== undefined ? [args[i + 1]!] : []));

const engineConfig = () => {
  const gapped: UserDeviceSettings[] = option('--gap').map((spec, i) => {
    const [address, ms] = spec.split('=');
    return {
      key: { protocol: 'lovense', identifier: 'P', address: address! },
      allow: false,
      deny: false,
      index: 100 + i,
      messageGapMs: Number(ms),
    };
  });
  return createDeviceConfig(builtinProtocolConfigs(), {
    communication: { lovense: [{ transport: 'websocket', name: 'LVSDevice' }] },
    devices: gapped,
  });
};

const simulated = (): SimulatedDeviceSpec[] =>
  Array.from({ length: Number(option('--simulate')[0] ?? 0) }, (_, i) => ({
    name: 'LVS-Edge',
    address: `EDGE${i.toString(16).padStart(8, '0')}`,
  }));

const startEngine = async (): Promise<HostReady> => {
  const config = engineConfig();
  const wireDevices = new WebsocketDeviceDcm({
    port: 0,
    deviceNames: () => specifiersOf(config, 'websocket').map((s) => s.name),
  });
  const server = new ButtplugServer({
    deviceConfig: config,
    // Its simulated devices remember what the command line's do (the latest commands, not every one).
    deviceCommunicationManagers: [
      wireDevices,
      new SimulatedDcm({ devices: simulated(), keepCommands: SIMULATED_COMMANDS_KEPT }),
    ],
  });
  const transport = await WebSocketServerTransport.listen({ server, port: 0, pingIntervalMs: 0 });
  while (wireDevices.port === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
  serveQuestions({
    devices: () => server.devices.length,
    engines: async (count) => {
      // Heap of bare engines (no managers, devices or sessions), built here and shut down after; the
      // first few only warm up (compiling what an engine runs).
      const warm = Array.from({ length: 10 }, () => new ButtplugServer({ deviceConfig: config }));
      await Promise.all(warm.map((engine) => engine.shutdown()));
      const before = await settledHeap();
      const engines = Array.from({ length: Number(count) }, () => new ButtplugServer({ deviceConfig: config }));
      const after = await settledHeap();
      await Promise.all(engines.map((engine) => engine.shutdown()));
      return (after - before) / Number(count);
    },
    deviceHeap: async (count) => {
      // Asked after the timed scan, which compiled what a device runs: a fresh engine's devices then
      // count only what each holds, as the other heap rows leave compiling out with their warm-ups.
      const devices = Array.from({ length: Number(count) }, (_, i) => ({ name: 'LVS-Edge', address: `HEAP${i}` }));
      const engine = new ButtplugServer({ deviceCommunicationManagers: [new SimulatedDcm({ devices })] });
      const session = engine.connect(
        frameTransport(
          () => {},
          () => {},
        ),
      );
      session.receive(
        JSON.stringify([
          { RequestServerInfo: { Id: 1, ClientName: 'heap', ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 } },
        ]),
      );
      const before = await settledHeap();
      session.receive(JSON.stringify([{ StartScanning: { Id: 2 } }]));
      const deadline = Date.now() + 120_000;
      while (engine.devices.length < Number(count) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (engine.devices.length < Number(count))
        throw new Error(`only ${engine.devices.length} of ${count} devices came`);
      const after = await settledHeap();
      session.close();
      await engine.shutdown();
      return (after - before) / Number(count);
    },
  });
  return { url: transport.url, deviceUrl: `ws://127.0.0.1:${wireDevices.port}` };
};

const startSessions = async (): Promise<HostReady> => {
  const engine = new ButtplugServer({ deviceCommunicationManagers: [new SimulatedDcm({ devices: simulated() })] });
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (socket) => {
    serveSession(engine, socket);
  });
  serveQuestions();
  const address = wss.address();
  return { url: `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
};

const start = mode === 'sessions' ? startSessions : mode === 'engine' ? startEngine : undefined;
if (!start) throw new Error(`unknown engine host mode ${mode}`);
announceReady(await start());

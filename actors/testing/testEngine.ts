/**
 * `createTestEngine`: a whole engine for an app's tests. Simulated devices (by database name or by
 * feature list), an in-process connector and a `ws://127.0.0.1:<free port>` URL onto the same engine,
 * time that moves only when the test says (`advance(ms)`), a seed, per-device fault injection, and
 * the engine's own safety monitor running on the test clock.
 *
 * What the test clock drives: every timer of the engine (ping timeouts, message gaps, device
 * keepalives, device reconnect backoffs and windows, the definition timeout, DCM restart backoffs,
 * stop and shutdown deadlines, the deadlines around hardware calls, timed motion writes, protocol
 * delays), the simulated device manager's scan delay, the simulated devices' read polls and
 * replies, the WebSocket server's keepalive, the safety monitor, and the devices' own faults (slow
 * writes, slow handshakes). A client made by `connectClient` runs on it too: its pings, request
 * timeouts and reconnect backoff fire on `advance(ms)` (pass `{ clock: realClock }` for a client on
 * real time, e.g. one whose missed pings the engine should judge). A client the app builds itself
 * takes it through `clock` in `ButtplugClientOptions` / a connector's options. What stays real: the
 * emergency stop's own deadlines (the last resort must not wait on a clock a test may never move).
 */
import { ButtplugClient, type ButtplugClientOptions } from '../client/buttplugClient.js';
import type { ButtplugClientDevice } from '../client/clientDevice.js';
import { ButtplugServer, type ButtplugServerOptions } from '../engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import type { UserConfig } from '../../protocols/config/deviceConfig.js';
import type { Logger } from '../../protocols/core/logger.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { checkSafety, type SafetyRuleOptions } from '../../protocols/safety/safetyRules.js';
import type { SafetyEvent, SafetyViolation } from '../../protocols/safety/safetyTimeline.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { HandshakeTime } from './handshakeTime.js';
import { TestClock } from './testClock.js';
import { featureListProtocol, TestDevice, type ConnectionResolver, type TestDeviceSpec } from './testDevices.js';
import type { AnyActorRef } from 'xstate';
import type { AnyDeviceProtocol, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';

export interface TestEngineOptions {
  /** The devices a scan finds, by advertised name (`'LVS-Edge'`) or with their features. */
  readonly devices?: readonly TestDeviceSpec[];
  /** Seeds `random()` (and is there to hand to `fc.assert(..., { seed })`). Default: a fixed 42. */
  readonly seed?: number;
  /** The server's ping watchdog in ms (0: none, the default). */
  readonly maxPingTime?: number;
  readonly serverName?: string;
  /** The user's device settings (feature-list devices are keyed by protocol `test-device`). */
  readonly userConfig?: UserConfig;
  /** Also serve the engine over WebSocket on 127.0.0.1 (default true). */
  readonly websocket?: boolean;
  /** The WebSocket server's keepalive ping interval, on the test clock (default 0: off). */
  readonly websocketKeepaliveMs?: number;
  /** How long a scan takes to find the devices, on the test clock (default 0: at once). */
  readonly scanDelayMs?: number;
  /**
   * Awaited before each write lands on a device (after any `delayWrites`): hand writes to a
   * `fc.scheduler()` here and it decides the order in which devices acknowledge them.
   */
  readonly writeGate?: (device: string) => Promise<void>;
  readonly logger?: Logger;
  /** Anything else the engine takes (its device timeouts, frame limits...). */
  readonly server?: Omit<ButtplugServerOptions, 'clock' | 'deviceCommunicationManagers' | 'protocols'>;
}

export interface TestEngine {
  readonly server: ButtplugServer;
  readonly clock: TestClock;
  readonly seed: number;
  /** `ws://127.0.0.1:<port>` onto this engine (undefined with `websocket: false`). */
  readonly url: string | undefined;
  readonly devices: readonly TestDevice[];
  /** A device by name or by its place in `options.devices`. */
  device(which: string | number): TestDevice;
  /** A connector straight into the engine, for any client that takes one. */
  connector(): EmbeddedConnector;
  /**
   * A client of this package, connected in-process (disconnected by `close()`). Its own timers run on
   * the engine's clock (its pings and request timeouts move with `advance`) unless `options.clock`
   * says otherwise (`realClock`: a client that pings on real time). Default request timeout: 5 s.
   */
  connectClient(name?: string, options?: ButtplugClientOptions): Promise<ButtplugClient>;
  /**
   * Starts a scan on this client and resolves with its devices once it lists `count` of them (default:
   * every test device in range). It waits in real time, at most 3 s for each next device, and moves the test clock only to
   * a handshake's replies (a Lovense answers `DeviceType;` 1 ms later) and, while the engine sits idle
   * mid-handshake, to the handshake's own waits (a protocol's wake-up delay, a silence it sits out; at
   * most 10 s of test time). A slow handshake or slow writes the test injected still wait for `advance`.
   */
  scan(client: ButtplugClient, count?: number): Promise<ButtplugClientDevice[]>;
  /** The device goes out of range: it drops, and scans do not find it until `returnDevice`. */
  dropDevice(which: string | number): void;
  /** The device is in range again: the next scan (or its own reconnect) finds it. */
  returnDevice(which: string | number): void;
  /** Moves the test clock forward, firing what falls due (see TestClock). */
  advance(ms: number): Promise<void>;
  now(): number;
  /** The seeded generator's next number in [0, 1). */
  random(): number;
  /** Violations the engine's own safety monitor found so far (logged at error level too). */
  readonly safetyViolations: number;
  /** The outputs of every device as one safety timeline (device = its index), plus the test's own events. */
  safetyTimeline(extra?: readonly SafetyEvent[]): SafetyEvent[];
  /** The safety rules over that timeline, now. */
  checkSafety(extra?: readonly SafetyEvent[], options?: Partial<SafetyRuleOptions>): SafetyViolation[];
  /** Shuts the engine down (every device stops), closes the WebSocket server and the clients. */
  close(): Promise<void>;
}

/** How long `scan()` waits, in real time, for one more device. */
const SCAN_PATIENCE_MS = 3_000;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const childrenOf = (actor: AnyActorRef | undefined): AnyActorRef[] =>
  Object.values(
    (actor?.getSnapshot() as { children?: Record<string, AnyActorRef | undefined> } | undefined)?.children ?? {},
  ).filter((child): child is AnyActorRef => child !== undefined);

export const createTestEngine = async (options: TestEngineOptions = {}): Promise<TestEngine> => {
  const clock = new TestClock();
  const seed = options.seed ?? 42;
  const specs = (options.devices ?? []).map((spec) => ({
    ...(typeof spec === 'string' ? { name: spec } : spec),
    address: TestDevice.address(spec),
  }));
  // The resolver is handed to the devices before the engine exists.
  const built: { server?: ButtplugServer } = {};
  // What the engine's device actor made of a connection: its protocol, and the device once identified.
  const resolveConnection: ConnectionResolver = (hardware) => {
    const manager = built.server?.actor.getSnapshot().children.deviceManager as AnyActorRef | undefined;
    // The device actors are the children of the manager's device groups.
    for (const child of childrenOf(manager).flatMap((group) =>
      group.id.startsWith('deviceGroup-') ? childrenOf(group) : [],
    )) {
      const snapshot = child?.getSnapshot() as { matches?: (state: unknown) => boolean } | undefined;
      // A device still in its connection steps has its link but not yet its initialised protocol state.
      if (snapshot?.matches?.('connecting') || snapshot?.matches?.({ reconnecting: 'attempt' })) continue;
      const context = child?.getSnapshot().context as
        | {
            hardware?: unknown;
            protocol?: AnyDeviceProtocol;
            link?: { protocolDevice?: ProtocolDevice };
            protocolState?: unknown;
          }
        | undefined;
      if (context?.hardware === hardware && context.protocol && context.link?.protocolDevice)
        return { protocol: context.protocol, device: context.link.protocolDevice, state: context.protocolState };
    }
    return undefined;
  };
  const devices = specs.map((spec) => new TestDevice(spec, clock, options.writeGate, resolveConnection));
  const featureDevices = specs.flatMap((spec) => (spec.features ? [{ ...spec, features: spec.features }] : []));
  const dcm = new SimulatedDcm({
    devices: specs.map((spec, i) => devices[i]!.simulatedSpec(spec)),
    clock,
    ...(options.scanDelayMs ? { scanDelayMs: options.scanDelayMs } : {}),
  });
  dcm.onConnect((hardware) => devices.find((device) => device.address === hardware.address)?.attach(hardware));
  const server = new ButtplugServer({
    ...options.server,
    ...(options.serverName !== undefined ? { serverName: options.serverName } : {}),
    ...(options.maxPingTime !== undefined ? { maxPingTime: options.maxPingTime } : {}),
    ...(options.userConfig ? { userConfig: options.userConfig } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    safetyMonitor: options.server?.safetyMonitor ?? true,
    protocols:
      featureDevices.length > 0 ? [...builtinProtocols, featureListProtocol(featureDevices)] : builtinProtocols,
    deviceCommunicationManagers: [dcm],
    clock,
  });
  built.server = server;
  // The device's decoder starts from the state the handshake left (a session key), before any output.
  server.on('deviceadded', (added) => {
    devices.find((device) => device.address === added.identifier.address)?.identified();
  });
  const websocket =
    options.websocket === false
      ? undefined
      : await WebSocketServerTransport.listen({
          server,
          port: 0,
          host: '127.0.0.1',
          pingIntervalMs: options.websocketKeepaliveMs ?? 0,
          clock,
        }).catch(async (error: unknown) => {
          await server.shutdown();
          throw error;
        });
  const clients: ButtplugClient[] = [];
  const unreachable = new Set<string>();
  const random = seededRandom(seed);
  const indexOf = (address: string): number | undefined =>
    (
      server.actor.getSnapshot().children.deviceManager?.getSnapshot().context as
        { table?: ReadonlyMap<number, { address: string }> } | undefined
    )?.table &&
    [
      ...(
        server.actor.getSnapshot().children.deviceManager!.getSnapshot().context as {
          table: ReadonlyMap<number, { address: string }>;
        }
      ).table,
    ].find(([, entry]) => entry.address === address)?.[0];
  const listedAddresses = (): ReadonlySet<string> => {
    const table = (
      server.actor.getSnapshot().children.deviceManager?.getSnapshot().context as
        { table?: ReadonlyMap<number, { address: string }> } | undefined
    )?.table;
    return new Set([...(table?.values() ?? [])].map((entry) => entry.address));
  };
  /** Whether a device is connected but not listed yet: mid-handshake. */
  const mid = (listed: ReadonlySet<string>): boolean =>
    devices.some((device) => device.inHandshake(listed.has(device.address)));
  const deviceIndexes = new Map<string, number>();
  const safetyTimeline = (extra: readonly SafetyEvent[] = []): SafetyEvent[] => {
    for (const device of devices) {
      const index = indexOf(device.address);
      if (index !== undefined) deviceIndexes.set(device.address, index);
    }
    return [
      ...devices.flatMap((device) => {
        const index = deviceIndexes.get(device.address);
        return index === undefined
          ? []
          : device.outputs.map((change): SafetyEvent => ({ kind: 'output', device: index, ...change }));
      }),
      ...extra,
    ];
  };
  const device = (which: string | number): TestDevice => {
    const found = typeof which === 'number' ? devices[which] : devices.find((d) => d.name === which);
    if (!found)
      throw new Error(
        `no test device ${JSON.stringify(which)}: the engine has ${devices.map((d) => d.name).join(', ') || 'none'}`,
      );
    return found;
  };
  return {
    server,
    clock,
    seed,
    url: websocket?.url,
    devices,
    device,
    connector: () => new EmbeddedConnector(server),
    dropDevice(which) {
      const gone = device(which);
      dcm.setReachable(gone.address, false);
      unreachable.add(gone.address);
      gone.disconnect('test: out of range');
    },
    returnDevice(which) {
      dcm.setReachable(device(which).address, true);
      unreachable.delete(device(which).address);
    },
    async connectClient(name = 'test app', clientOptions = {}) {
      const client = new ButtplugClient(name, { requestTimeoutMs: 5_000, clock, ...clientOptions });
      await client.connect(new EmbeddedConnector(server));
      clients.push(client);
      return client;
    },
    async scan(client, count) {
      const wanted = count ?? devices.length - unreachable.size;
      await client.startScanning();
      // Real time, renewed while the scan makes progress (a scan of hundreds takes longer than 3 s).
      const activity = () =>
        devices.reduce((n, device) => n + (device.hardware?.commands.length ?? 0) + (device.connected ? 1 : 0), 0);
      let deadline = Date.now() + SCAN_PATIENCE_MS;
      let progress = '';
      const handshakes = new HandshakeTime(clock, {
        activity,
        midHandshake: () => mid(listedAddresses()),
        slowedByTest: () => options.writeGate !== undefined || devices.some((device) => device.slowed),
      });
      while (client.devices.length < wanted) {
        const now = `${client.devices.length}/${activity()}`;
        if (now !== progress) {
          progress = now;
          deadline = Date.now() + SCAN_PATIENCE_MS;
        }
        if (Date.now() > deadline)
          throw new Error(
            `the scan found ${client.devices.length} of ${wanted} devices (nothing more happened within 3 s): a named device whose protocol ` +
              'asks an identification or initialisation question connects only where a simulator answers it ' +
              '(the names `npm start -- --list-simulated` prints); give any other device as a feature list',
          );
        await handshakes.step();
      }
      return client.devices;
    },
    advance: (ms) => clock.advance(ms),
    now: () => clock.now(),
    random,
    get safetyViolations() {
      return server.safetyViolations;
    },
    safetyTimeline,
    checkSafety: (extra = [], ruleOptions = {}) =>
      checkSafety(safetyTimeline(extra), { now: clock.now(), ...ruleOptions }),
    async close() {
      await Promise.all(clients.splice(0).map((client) => client.disconnect().catch(() => {})));
      // Shutdown deadlines are on the test clock: move it along until the engine has stopped.
      const stopped = server.shutdown();
      let done = false;
      void stopped.finally(() => (done = true));
      for (let i = 0; i < 50 && !done; i++) await clock.advance(100);
      await stopped;
      await websocket?.close();
    },
  };
};

/** Test fixture: an engine with simulated devices and a connected client, torn down after each test. */
import { afterEach } from 'vitest';
import { ButtplugServer, type ButtplugServerOptions } from '../../actors/engine/buttplugServer.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import type { ButtplugClientDevice } from '../../actors/client/clientDevice.js';
import { SimulatedDcm, type SimulatedDcmOptions } from '../../hardware/simulated/simulatedDcm.js';
import { createTestEngine } from '../../actors/testing/testEngine.js';
import type { TestClock } from '../../actors/testing/testClock.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export interface TestEngine {
  readonly server: ButtplugServer;
  readonly dcm: SimulatedDcm;
  /** A new client connected through the embedded connector. */
  connectClient(name?: string): Promise<ButtplugClient>;
}

export const startEngine = (
  options: { dcm?: SimulatedDcmOptions; server?: ButtplugServerOptions } = {},
): TestEngine => {
  const dcm = new SimulatedDcm(options.dcm);
  const server = new ButtplugServer({ deviceCommunicationManagers: [dcm], ...options.server });
  cleanups.push(() => server.shutdown());
  return {
    server,
    dcm,
    async connectClient(name = 'test client') {
      const client = new ButtplugClient(name, { requestTimeoutMs: 3_000 });
      await client.connect(new EmbeddedConnector(server));
      cleanups.push(() => client.disconnect());
      return client;
    },
  };
};

/** An engine from `createTestEngine` (buttplug-actors/testing), closed after the test. */
export const startTestEngine = async (...args: Parameters<typeof createTestEngine>) => {
  const engine = await createTestEngine(...args);
  cleanups.push(() => engine.close());
  return engine;
};

/** Scans until `count` devices are known and returns them (by index). */
export const scanFor = async (client: ButtplugClient, count = 1): Promise<ButtplugClientDevice[]> => {
  const seen = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`only ${client.devices.length} of ${count} devices appeared`)),
      3_000,
    );
    const check = () => {
      if (client.devices.length < count) return;
      clearTimeout(timer);
      client.off('deviceadded', check);
      resolve();
    };
    client.on('deviceadded', check);
    check();
  });
  await client.startScanning();
  await seen;
  return client.devices;
};

export const waitFor = async (predicate: () => boolean, timeoutMs = 2_000, what = 'condition'): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/**
 * `waitFor` for a test engine whose simulated devices answer on its test clock (a Lovense replies to
 * `DeviceType;` 1 ms later): waits in real time, and moves the clock only to a reply due within 5 ms.
 */
export const waitWithReplies = async (
  engine: { readonly clock: TestClock },
  predicate: () => boolean,
  what = 'condition',
  timeoutMs = 3_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    const { nextDue } = engine.clock.pending;
    if (nextDue !== undefined && nextDue - engine.clock.now() <= 5)
      await engine.clock.advance(nextDue - engine.clock.now());
    else await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

/** Runs after the current test, before the engines started earlier in it are shut down. */
export const onCleanup = (cleanup: () => Promise<void>): void => {
  cleanups.push(cleanup);
};

/** An engine with these options (its device managers...) and a client connected to it, both torn down after the test. */
export const serveWith = async (
  options: ButtplugServerOptions,
  clientName = 'test client',
): Promise<{ server: ButtplugServer; client: ButtplugClient }> => {
  const server = new ButtplugServer(options);
  const client = new ButtplugClient(clientName, { requestTimeoutMs: 3_000 });
  onCleanup(() => server.shutdown());
  await client.connect(new EmbeddedConnector(server));
  onCleanup(() => client.disconnect());
  return { server, client };
};

/**
 * Connections, written against the official `buttplug` 5.0.2 API and run against both it and compat:
 * where the official client is wrong (it never pings; it leaves requests pending forever when the
 * link drops) compat does what the spec asks, and elsewhere (refusal, an app's own connector, a
 * connector closed by the app) both behave alike.
 */
import type * as Buttplug from 'buttplug';
import { EventEmitter } from 'eventemitter3';
import { describe, expect, it } from 'vitest';
import { frameTransport, type ButtplugServer, type ServerSession } from '../../actors/engine/buttplugServer.js';
import { onCleanup, waitFor } from '../support/engine.js';
import { importWith, startSideBySideEngine, type Library, type SideBySideEngine } from './sideBySideHarness.js';

type Library$ = typeof Buttplug;

const load = (library: Library): Promise<Library$> => importWith(library, () => import('buttplug'));

const LIBRARIES: readonly Library[] = ['official', 'compat'];

/** A connected client of the library and the events it emitted. */
const connect = async (bp: Library$, connector: Buttplug.IButtplugClientConnector) => {
  const client = new bp.ButtplugClient('connection test');
  const events: string[] = [];
  client.on('disconnect', () => events.push('disconnect'));
  await client.connect(connector);
  onCleanup(async () => {
    if (client.connected) await client.disconnect().catch(() => {});
  });
  return { client, events };
};

const scanned = async (client: Buttplug.ButtplugClient, count: number) => {
  await client.startScanning();
  await waitFor(() => client.devices.size === count, 3_000, `${count} devices`);
  return [...client.devices.values()].sort((a, b) => a.index - b.index);
};

/** Follows a promise: `state` says whether it has settled yet. */
const track = (promise: Promise<unknown>) => {
  const tracked: { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } = { state: 'pending' };
  promise.then(
    () => (tracked.state = 'resolved'),
    (error: unknown) => Object.assign(tracked, { state: 'rejected', error }),
  );
  return tracked;
};

describe('where the official client is wrong, compat does what the spec says', () => {
  it('pings: a server with a MaxPingTime drops the official client, and keeps compat', async () => {
    const maxPingTime = 1_500;
    const engines = {
      official: await startSideBySideEngine({ maxPingTime }),
      compat: await startSideBySideEngine({ maxPingTime }),
    };
    const official = await load('official');
    const compat = await load('compat');
    const ours = await connect(compat, new compat.ButtplugNodeWebsocketClientConnector(engines.compat.url));
    const theirs = await connect(official, new official.ButtplugNodeWebsocketClientConnector(engines.official.url));
    expect(theirs.client.serverInfo?.maxPingTime).toBe(maxPingTime);
    expect(ours.client.serverInfo?.maxPingTime).toBe(maxPingTime);

    await waitFor(() => theirs.events.includes('disconnect'), 4 * maxPingTime, 'the official client to be pinged out');
    expect(theirs.client.connected).toBe(false);
    expect(engines.official.transport.sessionCount).toBe(0);

    // A whole ping window later compat is still there, and still works.
    await new Promise((resolve) => setTimeout(resolve, 1.5 * maxPingTime));
    expect(ours.events).toEqual([]);
    expect(ours.client.connected).toBe(true);
    expect(engines.compat.transport.sessionCount).toBe(1);
    await ours.client.stopAllDevices();
  }, 20_000);

  it('rejects requests pending when the link drops; the official client leaves them pending forever', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const library of LIBRARIES) {
      const engine: SideBySideEngine = await startSideBySideEngine();
      const bp = await load(library);
      const { client, events } = await connect(bp, new bp.ButtplugNodeWebsocketClientConnector(engine.url));
      const [, small] = await scanned(client, 2);
      // The device's radio is slow: the command is not answered until its write is done.
      const hardware = engine.dcm.hardware('VIBE')!;
      hardware.pauseWrites();
      onCleanup(async () => hardware.resumeWrites());
      const command = track(small!.runOutput(bp.DeviceOutput.Vibrate.percent(1)));
      await engine.transport.close();
      await waitFor(() => events.includes('disconnect'), 2_000, 'the client to see the drop');
      await new Promise((resolve) => setTimeout(resolve, 300));
      outcomes[library] = {
        state: command.state,
        ...(command.error ? { connectorError: command.error instanceof bp.ButtplugClientConnectorException } : {}),
      };
    }
    expect(outcomes).toEqual({
      official: { state: 'pending' }, // known wrong: the app's await never returns
      compat: { state: 'rejected', connectorError: true },
    });
  });
});

/** An app's own connector, written against the official interface: in-process, to an engine. */
class InProcessConnector extends EventEmitter implements Buttplug.IButtplugClientConnector {
  private session: ServerSession | undefined;

  constructor(private readonly server: ButtplugServer) {
    super();
  }

  get Connected(): boolean {
    return this.session !== undefined;
  }

  connect = async (): Promise<void> => {
    this.session = this.server.connect(
      frameTransport(
        (text) => queueMicrotask(() => this.emit('message', JSON.parse(text))),
        () => this.closed(),
      ),
    );
  };

  disconnect = async (): Promise<void> => {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    session.close('the app disconnected');
    this.emit('disconnect');
  };

  initialize = async (): Promise<void> => {};

  send = (msg: Buttplug.ButtplugMessage): void => {
    const session = this.session;
    if (!session) throw new Error('not connected');
    queueMicrotask(() => session.receive(JSON.stringify([msg])));
  };

  /** The server ended the session. */
  private closed(): void {
    if (!this.session) return;
    this.session = undefined;
    this.emit('disconnect');
  }
}

describe('where the official client is right, compat behaves the same', () => {
  it("runs over an app's own connector, and hears when the server ends the session", async () => {
    const seen: Record<string, unknown> = {};
    for (const library of LIBRARIES) {
      const engine = await startSideBySideEngine();
      const bp = await load(library);
      const { client, events } = await connect(bp, new InProcessConnector(engine.server));
      const [everything, small] = await scanned(client, 2);
      await small!.runOutput(bp.DeviceOutput.Vibrate.percent(0.5));
      const battery = await everything!.battery();
      await engine.server.shutdown();
      await waitFor(() => events.includes('disconnect'), 2_000, 'the disconnect event');
      seen[library] = {
        battery,
        writes: engine.dcm.hardware('VIBE')!.writtenText,
        connected: client.connected,
        events,
      };
    }
    expect(seen['compat']).toEqual(seen['official']);
    expect(seen['compat']).toEqual({
      battery: 87,
      writes: ['f0:Vibrate:5;', 'f0:Vibrate:0;'],
      connected: false,
      events: ['disconnect'],
    });
  });

  it('an app that closes the connector itself disconnects the client', async () => {
    const seen: Record<string, unknown> = {};
    for (const library of LIBRARIES) {
      const engine = await startSideBySideEngine();
      const bp = await load(library);
      const connector = new bp.ButtplugNodeWebsocketClientConnector(engine.url);
      const connectorEvents: string[] = [];
      connector.on('disconnect', () => connectorEvents.push('disconnect'));
      const { client, events } = await connect(bp, connector);
      await connector.disconnect();
      await waitFor(() => engine.transport.sessionCount === 0, 2_000, 'the session to end');
      seen[library] = {
        clientEvents: events,
        connectorEvents,
        connected: client.connected,
        Connected: connector.Connected,
      };
    }
    expect(seen['compat']).toEqual(seen['official']);
    expect(seen['compat']).toEqual({
      clientEvents: ['disconnect'],
      connectorEvents: ['disconnect'],
      connected: false,
      Connected: false,
    });
  });

  it('a busy server refuses a second client with an init error saying so', async () => {
    for (const library of LIBRARIES) {
      const engine = await startSideBySideEngine();
      const bp = await load(library);
      await connect(bp, new bp.ButtplugNodeWebsocketClientConnector(engine.url));
      const second = new bp.ButtplugClient('second');
      const refused = await second
        .connect(new bp.ButtplugNodeWebsocketClientConnector(engine.url))
        .catch((e: unknown) => e);
      expect(refused, library).toBeInstanceOf(bp.ButtplugInitError);
      expect((refused as Buttplug.ButtplugError).message, library).toMatch(/busy/);
      // (The official client stays `connected` until the server has closed the socket.)
      await waitFor(() => !second.connected, 2_000, `${library}: the refused client to be disconnected`);
    }
  });

  it('connecting to a port nobody listens on fails with a connector exception', async () => {
    const engine = await startSideBySideEngine();
    const url = engine.url;
    await engine.transport.close();
    for (const library of LIBRARIES) {
      const bp = await load(library);
      const client = new bp.ButtplugClient('nobody there');
      const failed = await client.connect(new bp.ButtplugNodeWebsocketClientConnector(url)).catch((e: unknown) => e);
      expect(failed, library).toBeInstanceOf(bp.ButtplugClientConnectorException);
      expect(client.connected, library).toBe(false);
    }
  });
});

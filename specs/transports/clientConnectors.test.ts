import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { ButtplugConnectorError } from '../../actors/client/clientErrors.js';
import { lovenseSimulator } from '../../hardware/simulated/deviceSimulators.js';
import { BrowserWebSocketConnector } from '../../transports/browserWebSocketConnector.js';
import { ConnectorError } from '../../transports/clientConnector.js';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, scanFor, waitFor } from '../support/engine.js';
import { connectedClient, startWebSocketEngine } from '../support/transports.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module a file imports, transitively: relative ones are followed, packages are listed. */
const importGraph = (entry: string) => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
      else packages.add(specifier!);
    }
  };
  visit(join(root, entry));
  return { files, packages };
};

describe('client connectors', () => {
  it('the browser connector and everything it imports use no Node module', () => {
    for (const entry of ['browser.ts', 'transports/browserWebSocketConnector.ts']) {
      const { files, packages } = importGraph(entry);
      expect(files.size).toBeGreaterThan(3);
      const nodeOnly = [...packages].filter(
        (name) => name.startsWith('node:') || builtinModules.includes(name) || name === 'ws',
      );
      expect(nodeOnly).toEqual([]);
      for (const file of files) expect(readFileSync(file, 'utf8')).not.toMatch(/\bprocess\.|\bBuffer\b|require\(/);
    }
    // The check sees Node imports where there are some.
    expect([...importGraph('transports/websocketConnector.ts').packages]).toContain('ws');
    expect([...importGraph('transports/ipcConnector.ts').packages]).toContain('node:net');
  });

  it('the browser connector drives the engine through a WebSocket with the browser API', async () => {
    const engine = await startWebSocketEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await connectedClient(new BrowserWebSocketConnector(engine.url, { WebSocket }));
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    expect(engine.dcm.hardware('EDGE')!.writtenText.at(-1)).toBe('Vibrate2:10;');
  });

  it('the browser connector says so where there is no WebSocket', async () => {
    const connector = new BrowserWebSocketConnector('ws://127.0.0.1:1');
    if ('WebSocket' in globalThis) return; // Node 22+ has one; Node 20 (our floor) does not.
    await expect(connector.connect()).rejects.toThrow(/no global WebSocket/);
  });

  it('connecting to a port nobody listens on fails with a connector error', async () => {
    const probe = await WebSocketServerTransport.listen({ server: (await startWebSocketEngine()).server, port: 0 });
    const { url } = probe;
    await probe.close();
    await expect(new WebSocketConnector(url).connect()).rejects.toBeInstanceOf(ConnectorError);
    await expect(new ButtplugClient('x').connect(new WebSocketConnector(url))).rejects.toBeInstanceOf(
      ButtplugConnectorError,
    );
  });

  it('after a drop, the client reconnects, handshakes again and brings its device list up to date', async () => {
    // The Edge answers DeviceType; but never Battery;, so a battery read is still pending when the link drops.
    const simulator = lovenseSimulator('LVS-Edge');
    const engine = await startWebSocketEngine({
      dcm: {
        devices: [
          {
            name: 'LVS-Edge',
            address: 'EDGE',
            simulator: (write, device) =>
              new TextDecoder().decode(write.data) !== 'Battery;' && simulator(write, device),
          },
        ],
      },
    });
    const port = engine.transport.port;
    const client = await connectedClient(
      new WebSocketConnector(engine.url, { reconnect: { initialDelayMs: 20, maxDelayMs: 80 } }),
    );
    const events: unknown[][] = [];
    client.on('reconnecting', (attempt) => events.push(['reconnecting', attempt]));
    client.on('reconnected', () => events.push(['reconnected']));
    client.on('deviceremoved', (device) => events.push(['deviceremoved', device.index]));
    client.on('disconnect', () => events.push(['disconnect']));
    const [edge] = await scanFor(client);
    await edge!.vibrate(1);
    const reading = edge!.battery();

    await engine.transport.close();
    await expect(reading).rejects.toBeInstanceOf(ButtplugConnectorError);
    expect(client.connected).toBe(false);
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the stop after the drop');

    // The server comes back on the same port (the engine and its devices lived on).
    const back = await WebSocketServerTransport.listen({ server: engine.server, port });
    onCleanup(() => back.close());
    await waitFor(() => events.some(([name]) => name === 'reconnected'), 3_000, 'the reconnect');
    expect(events[0]).toEqual(['reconnecting', 1]);
    expect(events.filter(([name]) => name === 'deviceremoved' || name === 'disconnect')).toEqual([]);
    expect(client.connected).toBe(true);
    expect(client.devices).toEqual([edge]); // the same object: the app's references survive
    await edge!.vibrate(0.25);
    expect(hardware.writtenText.slice(-2)).toEqual(['Vibrate1:5;', 'Vibrate2:5;']);
  });

  it('after a reconnect, devices that went away while the link was down are removed', async () => {
    const engine = await startWebSocketEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const port = engine.transport.port;
    const client = await connectedClient(new WebSocketConnector(engine.url, { reconnect: { initialDelayMs: 20 } }));
    await scanFor(client);
    const removed = new Promise<number>((done) => client.once('deviceremoved', (device) => done(device.index)));
    await engine.transport.close();
    engine.dcm.hardware('EDGE')!.drop('battery empty');
    await waitFor(() => engine.server.devices.length === 0, 2_000, 'the engine to lose the device');
    const back = await WebSocketServerTransport.listen({ server: engine.server, port });
    onCleanup(() => back.close());
    expect(await removed).toBe(0);
    expect(client.devices).toEqual([]);
  });

  it('reports disconnect when reconnecting gives up', async () => {
    const engine = await startWebSocketEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await connectedClient(
      new WebSocketConnector(engine.url, { reconnect: { initialDelayMs: 10, maxAttempts: 2 } }),
    );
    await scanFor(client);
    const gone = new Promise<void>((done) => client.once('disconnect', () => done()));
    await engine.transport.close();
    await gone;
    expect(client.devices).toEqual([]);
    expect(client.connected).toBe(false);
  });
});

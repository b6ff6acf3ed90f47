import { describe, expect, it } from 'vitest';
import { WebSocketClientTransport } from '../../transports/websocketClientTransport.js';
import { onCleanup, startEngine, waitFor } from '../support/engine.js';
import { startDialledApp as startApp } from '../support/dialledApp.js';
import { freePort } from '../support/freePort.js';
import { handshakeFrame } from '../support/rawWebSocket.js';

describe('the engine as a WebSocket client (--websocket-client-address)', () => {
  it('serves the app it dialled, stops every device when the app drops, and dials again', async () => {
    const app = await startApp();
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const transport = new WebSocketClientTransport({
      server: engine.server,
      address: `ws://127.0.0.1:${app.port}`,
      reconnect: { initialDelayMs: 20 },
      pingIntervalMs: 0,
    });
    onCleanup(() => transport.close());
    await waitFor(() => app.connections.length === 1, 2_000, 'the engine to dial in');
    const [first] = app.connections;
    first!.socket.send(handshakeFrame(1, 'app playing server'));
    await first!.log.next('ServerInfo');
    first!.socket.send(JSON.stringify([{ StartScanning: { Id: 2 } }]));
    await first!.log.next('DeviceList', (body) => Object.keys(body['Devices'] as object).length === 1);
    first!.socket.send(
      JSON.stringify([{ OutputCmd: { Id: 3, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: 20 } } } }]),
    );
    await first!.log.next('Ok', (body) => body['Id'] === 3);
    const hardware = engine.dcm.hardware('EDGE')!;
    expect(hardware.writtenText.at(-1)).toBe('Vibrate1:20;');

    const before = hardware.writtenText.length;
    first!.socket.terminate();
    await waitFor(() => hardware.writtenText.slice(before).includes('Vibrate1:0;'), 1_000, 'the device to stop');
    await waitFor(() => app.connections.length === 2, 2_000, 'the engine to dial again');
    const [, second] = app.connections;
    second!.socket.send(handshakeFrame(1, 'app again'));
    const info = await second!.log.next('ServerInfo');
    expect(info['ServerName']).toBe('Buttplug Actors');
  });

  it('keeps dialling an app that is not up yet, with backoff', async () => {
    const port = await freePort();
    const engine = startEngine();
    const transport = new WebSocketClientTransport({
      server: engine.server,
      address: `ws://127.0.0.1:${port}`,
      reconnect: { initialDelayMs: 10, maxDelayMs: 40 },
      pingIntervalMs: 0,
    });
    onCleanup(() => transport.close());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(transport.connected).toBe(false);
    const app = await startApp(port);
    await waitFor(() => app.connections.length === 1, 2_000, 'the engine to reach the app');
    await waitFor(() => transport.connected, 1_000, 'connected');
  });

  it('stops dialling and closes the connection with 1001 when closed', async () => {
    const app = await startApp();
    const engine = startEngine();
    const transport = new WebSocketClientTransport({
      server: engine.server,
      address: `ws://127.0.0.1:${app.port}`,
      reconnect: { initialDelayMs: 10 },
      pingIntervalMs: 0,
    });
    await waitFor(() => app.connections.length === 1 && transport.connected, 2_000, 'connected');
    await transport.close();
    await waitFor(() => app.connections[0]!.closed !== undefined, 1_000, 'closed');
    expect(app.connections[0]!.closed?.code).toBe(1001);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.connections).toHaveLength(1);
  });

  it('refuses an address that is not ws:// or wss://', () => {
    const engine = startEngine();
    expect(() => new WebSocketClientTransport({ server: engine.server, address: 'http://127.0.0.1:1' })).toThrow(
      /expected an address like ws:\/\/127\.0\.0\.1:12345/,
    );
  });
});

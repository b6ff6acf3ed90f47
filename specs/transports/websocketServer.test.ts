import { describe, expect, it } from 'vitest';
import type { ClientOptions } from 'ws';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { ButtplugHandshakeError } from '../../actors/client/clientErrors.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { TestClock } from '../../actors/testing/testClock.js';
import { WebSocketConnector } from '../../transports/websocketConnector.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, scanFor, waitFor } from '../support/engine.js';
import { handshakeFrame, RawWebSocket } from '../support/rawWebSocket.js';
import { connectedClient, startWebSocketEngine } from '../support/transports.js';

const edge = { dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } };

/** A raw client that has handshaken, scanned and found the Edge (device index 0). */
const rawClientWithEdge = async (url: string, options?: ClientOptions) => {
  const raw = await RawWebSocket.open(url, options);
  await raw.handshake();
  raw.send('[{"StartScanning":{"Id":2}}]');
  await raw.log.next('DeviceList', (body) => Object.keys(body['Devices'] as object).length === 1);
  return raw;
};

const vibrate = (raw: RawWebSocket, id: number, value: number) =>
  raw.send(
    JSON.stringify([
      { OutputCmd: { Id: id, DeviceIndex: 0, FeatureIndex: 0, Command: { Vibrate: { Value: value } } } },
    ]),
  );

describe('the WebSocket server transport', () => {
  it('listens on 127.0.0.1 by default and speaks JSON in text frames', async () => {
    const engine = await startWebSocketEngine(edge);
    expect(engine.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const raw = await RawWebSocket.open(engine.url);
    const info = await raw.handshake();
    expect(info).toMatchObject({ Id: 1, ProtocolVersionMajor: 4 });
  });

  it('refuses a frame above the limit with Error code 3 and keeps the session', async () => {
    const engine = await startWebSocketEngine({ transport: { maxFrameBytes: 1024 } });
    const raw = await RawWebSocket.open(engine.url);
    await raw.handshake();
    raw.send(JSON.stringify([{ Ping: { Id: 7, Padding: 'x'.repeat(2000) } }]));
    const error = await raw.log.next('Error');
    expect(error).toMatchObject({ Id: 0, ErrorCode: 3 });
    expect(String(error['ErrorMessage'])).toMatch(/1024 byte limit/);
    raw.send('[{"RequestDeviceList":{"Id":8}}]');
    await raw.log.next('DeviceList', (body) => body['Id'] === 8);
  });

  it('answers binary frames and invalid UTF-8 with Error code 3, and the session lives on', async () => {
    const engine = await startWebSocketEngine();
    const raw = await RawWebSocket.open(engine.url);
    await raw.handshake();
    raw.send(new TextEncoder().encode('[{"Ping":{"Id":2}}]'), true);
    expect(await raw.log.next('Error')).toMatchObject({
      Id: 0,
      ErrorCode: 3,
      ErrorMessage: expect.stringMatching(/binary/),
    });
    raw.send(Uint8Array.of(0x5b, 0xc3, 0x28, 0x5d)); // a text frame that is not UTF-8
    expect(await raw.log.next('Error', (body) => /UTF-8/.test(String(body['ErrorMessage'])))).toMatchObject({
      Id: 0,
      ErrorCode: 3,
    });
    raw.send('[{"Ping":{"Id":3}}]');
    await raw.log.next('Ok', (body) => body['Id'] === 3);
  });

  it('drops a connection far above the limit without harm to the server', async () => {
    const engine = await startWebSocketEngine({ transport: { maxFrameBytes: 1024 } });
    const raw = await RawWebSocket.open(engine.url);
    await raw.handshake();
    raw.send(`["${'x'.repeat(200_000)}"]`);
    expect((await raw.closed).code).toBe(1009);
    const next = await RawWebSocket.open(engine.url);
    await next.handshake();
  });

  it('stops the devices when a client vanishes without a close handshake', async () => {
    const engine = await startWebSocketEngine(edge);
    const raw = await rawClientWithEdge(engine.url);
    vibrate(raw, 3, 10);
    await raw.log.next('Ok', (body) => body['Id'] === 3);
    raw.socket.terminate();
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the stop after the drop');
    await waitFor(() => engine.transport.sessionCount === 0, 1_000, 'the session to end');
  });

  // The keepalive runs on a test clock: a ping goes out only when the test moves time, and a pong is
  // known to have reached the server once a Buttplug Ping sent after it is answered (one socket, in order).
  const keepaliveEngine = async (intervalMs: number) => {
    const clock = new TestClock();
    const engine = await startWebSocketEngine({ ...edge, transport: { pingIntervalMs: intervalMs, clock } });
    return { engine, clock };
  };
  /** Moves the clock one keepalive interval and waits until the ping reached the client and its pong the server. */
  const keepaliveRound = async (raw: RawWebSocket, clock: TestClock, intervalMs: number, id: number) => {
    const pinged = new Promise<void>((resolve) => raw.socket.once('ping', () => resolve()));
    await clock.advance(intervalMs);
    await pinged;
    raw.send(`[{"Ping":{"Id":${id}}}]`);
    await raw.log.next('Ok', (body) => body['Id'] === id);
  };

  it('drops a client that stops answering keepalive pings, and its devices stop', async () => {
    const { engine, clock } = await keepaliveEngine(30_000);
    const silent = await rawClientWithEdge(engine.url, { autoPong: false });
    vibrate(silent, 3, 10);
    await silent.log.next('Ok', (body) => body['Id'] === 3);
    const pinged = new Promise<void>((resolve) => silent.socket.once('ping', () => resolve()));
    await clock.advance(29_999);
    expect(clock.pending.count).toBeGreaterThan(0); // the keepalive waits on the test clock, not in real time
    await clock.advance(1); // the first ping: the silent client does not answer it
    await pinged;
    silent.send('[{"Ping":{"Id":4}}]');
    await silent.log.next('Ok', (body) => body['Id'] === 4);
    expect(engine.transport.sessionCount).toBe(1); // one unanswered ping is not yet a miss
    await clock.advance(30_000); // the next round finds the first ping unanswered
    expect((await silent.closed).code).toBe(1006);
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the stop after the keepalive drop');
  });

  it('keeps a client that answers keepalive pings', async () => {
    const { engine, clock } = await keepaliveEngine(30_000);
    const raw = await RawWebSocket.open(engine.url);
    await raw.handshake();
    for (let round = 0; round < 5; round++) await keepaliveRound(raw, clock, 30_000, 10 + round);
    expect(engine.transport.sessionCount).toBe(1);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });

  it('takes one client at a time: a second gets a clear error and the first is untouched', async () => {
    const engine = await startWebSocketEngine(edge);
    const first = await rawClientWithEdge(engine.url);
    // The refusal answers the newcomer's handshake, with its Id...
    const second = await RawWebSocket.open(engine.url);
    second.send(handshakeFrame(41));
    expect(await second.log.next('Error')).toMatchObject({
      Id: 41,
      ErrorCode: 1,
      ErrorMessage: expect.stringMatching(/busy/),
    });
    expect((await second.closed).reason).toMatch(/busy/);
    // ...or comes with Id 0 to one that says nothing.
    const silent = await RawWebSocket.open(engine.url);
    expect(await silent.log.next('Error')).toMatchObject({ Id: 0, ErrorCode: 1 });
    await silent.closed;

    vibrate(first, 3, 5);
    await first.log.next('Ok', (body) => body['Id'] === 3);
    expect(engine.dcm.hardware('EDGE')!.writtenText.at(-1)).toBe('Vibrate1:5;');
  });

  it('lets a new client in after the last one left, and it sees the devices already found', async () => {
    const engine = await startWebSocketEngine(edge);
    const first = await connectedClient(new WebSocketConnector(engine.url));
    await scanFor(first);
    await first.disconnect();
    const second = await connectedClient(new WebSocketConnector(engine.url));
    expect(second.devices.map((device) => device.name)).toEqual(['Lovense Edge']);
    await second.devices[0]!.vibrate(0.5);
  });

  it('rejects our client with the busy message while another client is connected', async () => {
    const engine = await startWebSocketEngine(edge);
    await connectedClient(new WebSocketConnector(engine.url));
    const refused = connectedClient(new WebSocketConnector(engine.url));
    await expect(refused).rejects.toBeInstanceOf(ButtplugHandshakeError);
    await expect(refused).rejects.toThrow(/busy/);
  });

  it('gives each client its own engine and devices when concurrent sessions are on', async () => {
    const engines: { server: ButtplugServer; dcm: SimulatedDcm }[] = [];
    const transport = await WebSocketServerTransport.listen({
      port: 0,
      createServer: () => {
        const dcm = new SimulatedDcm({ devices: [{ name: 'LVS-Edge', address: `EDGE-${engines.length + 1}` }] });
        const server = new ButtplugServer({ deviceCommunicationManagers: [dcm] });
        engines.push({ server, dcm });
        return server;
      },
    });
    onCleanup(async () => {
      await transport.close();
      await Promise.all(engines.map((engine) => engine.server.shutdown()));
    });
    const alice = await connectedClient(new WebSocketConnector(transport.url), 'alice');
    const bob = await connectedClient(new WebSocketConnector(transport.url), 'bob');
    const [aliceEdge] = await scanFor(alice);
    const [bobEdge] = await scanFor(bob);
    await aliceEdge!.vibrate(1);
    await bobEdge!.vibrate(0.5);
    expect(engines).toHaveLength(2);

    await alice.disconnect();
    const aliceHardware = engines[0]!.dcm.hardware('EDGE-1')!;
    await waitFor(() => aliceHardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, "alice's device to stop");
    await waitFor(() => engines[0]!.server.actor.getSnapshot().status === 'done', 2_000, "alice's engine to shut down");
    await bobEdge!.vibrate(0.25);
    expect(engines[1]!.dcm.hardware('EDGE-2')!.writtenText.slice(-2)).toEqual(['Vibrate1:5;', 'Vibrate2:5;']);
  });

  it('refuses a connection whose engine cannot be created, and keeps serving', async () => {
    let fail = true;
    const transport = await WebSocketServerTransport.listen({
      port: 0,
      createServer: () => {
        if (fail) throw new Error('no adapter');
        return new ButtplugServer();
      },
    });
    onCleanup(() => transport.close());
    const raw = await RawWebSocket.open(transport.url);
    raw.send(handshakeFrame(3));
    expect(await raw.log.next('Error')).toMatchObject({
      Id: 3,
      ErrorCode: 0,
      ErrorMessage: expect.stringMatching(/no adapter/),
    });
    await raw.closed;
    fail = false;
    const client = await connectedClient(new WebSocketConnector(transport.url));
    expect(client.connected).toBe(true);
  });

  it('does not stay busy when a connection arrives while the engine shuts down', async () => {
    const engine = await startWebSocketEngine();
    const stopping = engine.server.shutdown();
    const raw = await RawWebSocket.open(engine.url);
    await raw.closed;
    await stopping;
    expect(engine.transport.sessionCount).toBe(0);
  });

  it('closes every session on close(), and the devices stop', async () => {
    const engine = await startWebSocketEngine(edge);
    const client = await connectedClient(new WebSocketConnector(engine.url));
    const [device] = await scanFor(client);
    await device!.vibrate(1);
    const gone = new Promise<void>((resolve) => client.once('disconnect', () => resolve()));
    await engine.transport.close();
    await gone;
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the stop after close');
  });

  it('says so when the port is taken', async () => {
    const engine = await startWebSocketEngine();
    await expect(
      WebSocketServerTransport.listen({ server: engine.server, port: engine.transport.port }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

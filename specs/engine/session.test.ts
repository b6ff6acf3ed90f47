import { afterEach, describe, expect, it, vi } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { v4Codec } from '../../protocols/buttplug/v4Codec.js';
import { startEngine, waitFor } from '../support/engine.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('the session handshake', () => {
  it('answers a v4 RequestServerInfo with ServerInfo and the server name', async () => {
    const { server } = startEngine({ server: { serverName: 'Test Engine', maxPingTime: 0 } });
    const raw = rawSession(server);
    raw.send(handshakeV4(3));
    expect(await raw.reply(3)).toEqual({
      ServerInfo: {
        Id: 3,
        ServerName: 'Test Engine',
        ProtocolVersionMajor: 4,
        ProtocolVersionMinor: 0,
        MaxPingTime: 0,
      },
    });
  });

  it('refuses every other message before the handshake with ERROR_INIT, echoing the Id', async () => {
    const { server } = startEngine();
    const raw = rawSession(server);
    raw.send('[{"StartScanning":{"Id":5}}]');
    expect(await raw.reply(5)).toMatchObject({ Error: { Id: 5, ErrorCode: ErrorCode.Init } });
    raw.send(handshakeV4(6));
    expect(await raw.reply(6)).toHaveProperty('ServerInfo');
  });

  it('requires ClientName', async () => {
    const { server } = startEngine();
    const raw = rawSession(server);
    raw.send('[{"RequestServerInfo":{"Id":1,"ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]');
    expect(await raw.reply(1)).toMatchObject({ Error: { Id: 1, ErrorCode: ErrorCode.Message } });
    expect(raw.closed.reason).toBeUndefined();
  });

  it('refuses a newer major version, and versions the server has no codec for, with ERROR_INIT', async () => {
    const server = new ButtplugServer({ codecFor: (version) => (version === 4 ? v4Codec : undefined) });
    try {
      const raw = rawSession(server);
      raw.send(
        '[{"RequestServerInfo":{"Id":1,"ClientName":"future","ProtocolVersionMajor":5,"ProtocolVersionMinor":0}}]',
      );
      expect(await raw.reply(1)).toMatchObject({
        Error: { Id: 1, ErrorCode: ErrorCode.Init, ErrorMessage: expect.stringContaining('v5') },
      });
      raw.send('[{"RequestServerInfo":{"Id":2,"ClientName":"old","MessageVersion":3}}]');
      expect(await raw.reply(2)).toMatchObject({ Error: { Id: 2, ErrorCode: ErrorCode.Init } });
    } finally {
      await server.shutdown();
    }
  });

  it('answers unparseable frames with ERROR_MSG and Id 0, before and after the handshake', async () => {
    const { server } = startEngine();
    const raw = rawSession(server);
    raw.send('not json');
    await raw.waitFor((m) => 'Error' in m);
    expect(raw.received[0]).toMatchObject({ Error: { Id: 0, ErrorCode: ErrorCode.Message } });
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send('{"also":"not an array"}');
    raw.send('[{"Ping":{"Id":2}}]');
    await raw.reply(2);
    expect(raw.received.filter((m) => 'Error' in m)).toHaveLength(2);
  });

  it('refuses a second RequestServerInfo', async () => {
    const { server } = startEngine();
    const raw = rawSession(server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send(handshakeV4(2));
    expect(await raw.reply(2)).toMatchObject({ Error: { Id: 2, ErrorCode: ErrorCode.Init } });
  });

  it('processes messages that follow the RequestServerInfo in the same frame', async () => {
    const { server } = startEngine();
    const raw = rawSession(server);
    raw.send(JSON.stringify([...JSON.parse(handshakeV4(1)), { Ping: { Id: 2 } }]));
    expect(await raw.reply(2)).toEqual({ Ok: { Id: 2 } });
  });

  it('closes a connection that never handshakes after the handshake timeout', async () => {
    vi.useFakeTimers();
    const server = new ButtplugServer({ handshakeTimeoutMs: 500 });
    const raw = rawSession(server);
    vi.advanceTimersByTime(499);
    expect(raw.closed.reason).toBeUndefined();
    vi.advanceTimersByTime(2);
    expect(raw.closed.reason).toBeDefined();
    vi.useRealTimers();
    await server.shutdown();
  });

  it('answers Disconnect with Ok, stops every device, then closes', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await engine.connectClient();
    await client.startScanning();
    await waitFor(() => client.devices.length === 1);
    await client.devices[0]!.vibrate(1);
    const raw = rawSession(engine.server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send('[{"Disconnect":{"Id":2}}]');
    expect(await raw.reply(2)).toEqual({ Ok: { Id: 2 } });
    await waitFor(() => raw.closed.reason !== undefined);
    expect(raw.closed.reason).toBe('client sent Disconnect');
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;');
    // Closed means closed: nothing more reaches the client.
    const count = raw.received.length;
    raw.send('[{"Ping":{"Id":3}}]');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(raw.received).toHaveLength(count);
  });
});

describe('the ping watchdog', () => {
  it('with MaxPingTime 0, a Ping still gets Ok and nothing times out', async () => {
    const { server } = startEngine({ server: { maxPingTime: 0 } });
    const raw = rawSession(server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send('[{"Ping":{"Id":2}}]');
    expect(await raw.reply(2)).toEqual({ Ok: { Id: 2 } });
  });

  it('keeps a session that pings in time, and drops one that stops pinging', async () => {
    vi.useFakeTimers();
    const server = new ButtplugServer({ maxPingTime: 1_000 });
    const raw = rawSession(server);
    raw.send(handshakeV4(1));
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(900);
      raw.send(`[{"Ping":{"Id":${10 + i}}}]`);
    }
    await vi.advanceTimersByTimeAsync(900);
    expect(raw.closed.reason).toBeUndefined();
    expect(raw.received.filter((m) => 'Ok' in m)).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(200);
    expect(raw.received.at(-1)).toMatchObject({ Error: { Id: 0, ErrorCode: ErrorCode.Ping } });
    expect(raw.closed.reason).toBe('ping timeout');
    vi.useRealTimers();
    await server.shutdown();
  });
});

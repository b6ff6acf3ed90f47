/**
 * Transports under attack (issue 9, Found 4 to 8): clients that never read, denied devices that talk
 * too much, a second client over another transport, device takeovers, browser origins, and socket
 * paths that are not what they seem.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import type { DcmEvents } from '../../hardware/deviceCommunicationManager.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { WebsocketDeviceDcm } from '../../hardware/websocketDevices/websocketDeviceDcm.js';
import { createDeviceConfig, specifiersOf, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { silentLogger } from '../../protocols/core/logger.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { MAX_SOCKET_PATH_BYTES } from '../../transports/ipcPath.js';
import { IpcServerTransport } from '../../transports/ipcServer.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, startEngine, waitFor } from '../support/engine.js';
import { rawIpc } from '../support/rawIpc.js';
import { handshakeFrame, RawWebSocket } from '../support/rawWebSocket.js';
import { tempSocketPath } from '../support/transports.js';
import { WebsocketLovense } from '../support/websocketLovense.js';

const edge = { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] };

/** A frame answered with a reply ~50 times its size (1000 errors, one reply frame). */
const amplifying = `[${new Array(1000).fill('0').join(',')}]`;

const lastLevel = (texts: readonly string[]): number | undefined => {
  const written = texts.filter((text) => text.startsWith('Vibrate1:')).at(-1);
  return written === undefined ? undefined : Number(/:(\d+);/.exec(written)?.[1]);
};

/** A WebSocket client that handshook, scanned and set the Edge vibrating at 12. */
const vibratingWebSocketClient = async (url: string, options: WebSocket.ClientOptions = {}) => {
  const raw = await RawWebSocket.open(url, options);
  await raw.handshake();
  raw.send('[{"StartScanning":{"Id":2}}]');
  await raw.log.next('DeviceList', (list) => Object.keys(list['Devices'] as object).length === 1);
  raw.send('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]');
  await raw.log.next('Ok', (ok) => ok['Id'] === 3);
  return raw;
};

const startWebSocket = async (server: ButtplugServer, tuning: Record<string, number> = {}) => {
  const transport = await WebSocketServerTransport.listen({ server, port: 0, ...tuning });
  onCleanup(() => transport.close());
  return transport;
};

const startIpc = async (server: ButtplugServer, tuning: Record<string, number> = {}) => {
  const transport = await IpcServerTransport.listen({ server, path: tempSocketPath(), ...tuning });
  onCleanup(() => transport.close());
  return transport;
};

describe('clients that never read (Found 4)', () => {
  it('WebSocket: unsolicited pongs do not keep a client that stopped reading; its devices stop', async () => {
    const engine = startEngine({ dcm: edge });
    const transport = await startWebSocket(engine.server, { pingIntervalMs: 100 });
    const raw = await vibratingWebSocketClient(transport.url);
    // From now on it reads nothing (so it never sees a ping), but keeps sending pongs of its own.
    (raw.socket as unknown as { pause(): void }).pause();
    const pongs = setInterval(() => raw.socket.pong(Buffer.from('not your token')), 10);
    onCleanup(async () => clearInterval(pongs));
    expect((await raw.closed).code).toBe(1006);
    await waitFor(() => lastLevel(engine.dcm.hardware('EDGE')!.writtenText) === 0, 1_000, 'the stop');
    expect(transport.sessionCount).toBe(0);
  });

  it('WebSocket: a client that stops reading is dropped at the outgoing bound; its devices stop', async () => {
    const engine = startEngine({ dcm: edge });
    const transport = await startWebSocket(engine.server, { pingIntervalMs: 0, maxBufferedBytes: 256 * 1024 });
    const raw = await vibratingWebSocketClient(transport.url);
    (raw.socket as unknown as { pause(): void }).pause();
    for (let i = 0; i < 400 && raw.socket.readyState === WebSocket.OPEN; i++) {
      raw.send(amplifying);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => transport.sessionCount === 0, 5_000, 'the client to be dropped');
    await waitFor(() => lastLevel(engine.dcm.hardware('EDGE')!.writtenText) === 0, 1_000, 'the stop');
  });

  it('IPC: a client that stops reading is dropped at the outgoing bound; its devices stop', async () => {
    const engine = startEngine({ dcm: edge });
    const transport = await startIpc(engine.server, { maxBufferedBytes: 256 * 1024 });
    const { socket, log } = await rawIpc(transport.path);
    socket.write(`${handshakeFrame()}\n[{"StartScanning":{"Id":2}}]\n`);
    await log.next('DeviceList', (list) => Object.keys(list['Devices'] as object).length === 1);
    socket.write('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]\n');
    await log.next('Ok', (ok) => ok['Id'] === 3);
    socket.pause();
    for (let i = 0; i < 400 && !socket.destroyed && transport.sessionCount > 0; i++) {
      socket.write(`${amplifying}\n`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => transport.sessionCount === 0, 5_000, 'the client to be dropped');
    await waitFor(() => lastLevel(engine.dcm.hardware('EDGE')!.writtenText) === 0, 1_000, 'the stop');
  });

  it('IPC: a client whose unread data does not drain in time is dropped', async () => {
    const engine = startEngine({ dcm: edge });
    const transport = await startIpc(engine.server, { maxBufferedBytes: 1 << 30, stallTimeoutMs: 200 });
    const { socket, log } = await rawIpc(transport.path);
    socket.write(`${handshakeFrame()}\n`);
    await log.next('ServerInfo');
    socket.pause();
    // Enough to fill the kernel's buffers, then a little more that never drains.
    for (let i = 0; i < 300 && transport.sessionCount > 0; i++) {
      socket.write(`${amplifying}\n`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => transport.sessionCount === 0, 5_000, 'the stalled client to be dropped');
  });
});

describe('a flood of small bad frames over IPC (Found 2)', () => {
  it(
    '100,000 lines of [0]: one Error each, read at the pace the client reads, and the session serves on',
    { timeout: 90_000 },
    async () => {
      const engine = startEngine({ dcm: edge });
      const transport = await startIpc(engine.server);
      const { socket, log, frames } = await rawIpc(transport.path);
      socket.write(`${handshakeFrame()}\n[{"StartScanning":{"Id":2}}]\n`);
      await log.next('DeviceList', (list) => Object.keys(list['Devices'] as object).length === 1);
      socket.write('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]\n');
      await log.next('Ok', (ok) => ok['Id'] === 3);
      const before = frames.length;

      const lines = 100_000;
      socket.write('[0]\n'.repeat(lines) + '[{"Ping":{"Id":4}}]\n');
      // Answered at last, after every line before it: ~10 MB of replies, more than the 4 MiB outgoing
      // bound, so only flow control (no reading while the client has not read) keeps the session.
      // (Watching the frame list, not the message log: its waiters would rescan 100,000 messages each time.)
      const answered = () => frames.at(-1)?.endsWith('{"Ok":{"Id":4}}]') === true;
      await waitFor(() => answered() || socket.destroyed, 60_000, 'the Ping after the flood');
      expect({ answered: answered(), dropped: socket.destroyed }).toEqual({ answered: true, dropped: false });
      // Replies leave together when their frames arrived together, never more frames than came in.
      const replyFrames = frames.slice(before);
      expect(replyFrames.length).toBeLessThanOrEqual(lines + 1);
      const replies = replyFrames.flatMap((frame) => JSON.parse(frame) as Record<string, unknown>[]);
      expect(replies.length).toBe(lines + 1);
      expect(replies.at(-1)).toEqual({ Ok: { Id: 4 } });
      // Bounded work per frame: one Error for each, the same few bytes each time.
      const refusals = new Set(replies.slice(0, lines).map((reply) => JSON.stringify(reply)));
      expect(refusals.size).toBe(1);
      const [refusal] = [...refusals];
      expect(JSON.parse(refusal!)).toEqual({
        Error: { Id: 0, ErrorCode: ErrorCode.Message, ErrorMessage: expect.any(String) },
      });
      expect(refusal!.length).toBeLessThan(200);

      // The session lives on: the next request is answered, the toy is still the client's, nothing closed.
      socket.write('[{"Ping":{"Id":5}}]\n');
      await log.next('Ok', (ok) => ok['Id'] === 5);
      expect(transport.sessionCount).toBe(1);
      expect(socket.destroyed).toBe(false);
      expect(lastLevel(engine.dcm.hardware('EDGE')!.writtenText)).toBe(12);
    },
  );
});

describe('the device WebSocket server (Found 5 and 7)', () => {
  const config: DeviceConfig = createDeviceConfig(builtinProtocolConfigs(), {
    communication: { lovense: [{ transport: 'websocket', name: 'LVSDevice' }] },
  });

  const deviceServer = async (events: Partial<DcmEvents> = {}) => {
    const dcm = new WebsocketDeviceDcm({
      port: 0,
      deviceNames: () => specifiersOf(config, 'websocket').map((s) => s.name),
      claimTimeoutMs: 60_000,
    });
    await dcm.start(
      { deviceFound: () => {}, scanningFinished: () => {}, availabilityChanged: () => {}, ...events },
      silentLogger,
    );
    onCleanup(() => dcm.stop());
    return dcm;
  };

  it('keeps at most 64 KiB from a device the engine has not taken; more closes it', async () => {
    const dcm = await deviceServer();
    const toy = await WebsocketLovense.connect(`ws://127.0.0.1:${dcm.port}`, { address: 'DENIED' });
    const chunk = Buffer.alloc(16 * 1024, 0x41);
    for (let i = 0; i < 8; i++) toy.socket.send(chunk);
    expect(await toy.closed).toEqual({ code: 1009, reason: expect.stringMatching(/more than 65536 bytes/) });
  });

  it('refuses connections that carry a browser Origin', async () => {
    const dcm = await deviceServer();
    const socket = new WebSocket(`ws://127.0.0.1:${dcm.port}`, { origin: 'https://some-web-page.example' });
    // Aborting a refused handshake reports an error: expected here.
    socket.on('error', () => {});
    const [, response] = (await once(socket, 'unexpected-response')) as [unknown, { statusCode: number }];
    expect(response.statusCode).toBe(403);
    socket.terminate();
  });

  it('stops a device before a hello from its address replaces it', async () => {
    const dcm = new WebsocketDeviceDcm({
      port: 0,
      deviceNames: () => specifiersOf(config, 'websocket').map((s) => s.name),
      offerIntervalMs: 20,
    });
    const engine = startEngine({ server: { deviceCommunicationManagers: [dcm], deviceConfig: config } });
    const client = await engine.connectClient();
    await waitFor(() => dcm.port !== undefined, 2_000, 'the device server');
    const url = `ws://127.0.0.1:${dcm.port}`;
    const stale = await WebsocketLovense.connect(url, { address: 'EDGE-1', type: 'P' });
    await waitFor(() => client.devices.length === 1);
    await client.devices[0]!.vibrate(0.65);
    expect(await stale.waitForCommands(2)).toEqual(['Vibrate1:13;', 'Vibrate2:13;']);
    const fresh = await WebsocketLovense.connect(url, { address: 'EDGE-1', type: 'P' });
    expect(await stale.closed).toEqual({ code: 1008, reason: 'replaced by a new connection from the same device' });
    expect(stale.commands.slice(2)).toEqual(['Vibrate1:0;', 'Vibrate2:0;']);
    await waitFor(() => client.devices.length === 1, 3_000, 'the new connection to be taken');
    await client.devices[0]!.vibrate(0.25);
    expect(await fresh.waitForCommands(1)).toEqual(['Vibrate1:5;']);
  });
});

describe('one client at a time, across transports (Found 6)', () => {
  it('a WebSocket client is refused while an IPC client holds the engine, and the IPC client is untouched', async () => {
    const dcm = new SimulatedDcm(edge);
    const server = new ButtplugServer({ deviceCommunicationManagers: [dcm] });
    onCleanup(() => server.shutdown());
    const ipc = await startIpc(server);
    const websocket = await startWebSocket(server);
    const { socket, log } = await rawIpc(ipc.path);
    socket.write(`${handshakeFrame()}\n[{"StartScanning":{"Id":2}}]\n`);
    await log.next('DeviceList', (list) => Object.keys(list['Devices'] as object).length === 1);
    socket.write('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]\n');
    await log.next('Ok', (ok) => ok['Id'] === 3);

    const intruder = await RawWebSocket.open(websocket.url);
    intruder.send(handshakeFrame(7));
    expect(await intruder.log.next('Error')).toMatchObject({ Id: 7, ErrorCode: ErrorCode.Init });
    await intruder.closed;
    expect(lastLevel(dcm.hardware('EDGE')!.writtenText)).toBe(12);
    socket.write('[{"Ping":{"Id":4}}]\n');
    await log.next('Ok', (ok) => ok['Id'] === 4);
    expect(ipc.sessionCount + websocket.sessionCount).toBe(1);

    // Once the IPC client leaves, a WebSocket client is welcome.
    socket.destroy();
    await waitFor(() => ipc.sessionCount === 0);
    const next = await RawWebSocket.open(websocket.url);
    await next.handshake();
  });
});

describe('IPC socket paths (Found 8)', () => {
  it('never removes a regular file at the socket path', async () => {
    const engine = startEngine();
    const path = join(tmpdir(), `bpa-regular-${process.pid}-${Date.now()}.txt`);
    await writeFile(path, 'precious');
    onCleanup(async () => void (await import('node:fs/promises')).rm(path, { force: true }));
    await expect(IpcServerTransport.listen({ server: engine.server, path })).rejects.toThrow(/is not a socket/);
    expect(await readFile(path, 'utf8')).toBe('precious');
  });

  it('refuses a path longer than the platform allows instead of truncating it', async () => {
    const engine = startEngine();
    const path = join(tmpdir(), `${'x'.repeat(MAX_SOCKET_PATH_BYTES)}.sock`);
    await expect(IpcServerTransport.listen({ server: engine.server, path })).rejects.toThrow(/bytes long/);
    expect(existsSync(path.slice(0, MAX_SOCKET_PATH_BYTES))).toBe(false);
  });

  it('still replaces a stale socket left by a crashed server', async () => {
    const engine = startEngine();
    const path = tempSocketPath();
    const child = spawn(process.execPath, [
      '-e',
      `require('net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`,
    ]);
    await once(child, 'exit');
    const transport = await IpcServerTransport.listen({ server: engine.server, path });
    await transport.close();
  });
});

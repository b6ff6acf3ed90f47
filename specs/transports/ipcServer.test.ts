import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { lstat } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ButtplugHandshakeError } from '../../actors/client/clientErrors.js';
import { IpcConnector } from '../../transports/ipcConnector.js';
import { IpcServerTransport } from '../../transports/ipcServer.js';
import { onCleanup, scanFor, waitFor } from '../support/engine.js';
import { handshakeFrame, MessageLog } from '../support/rawWebSocket.js';
import { connectedClient, startIpcEngine, tempSocketPath } from '../support/transports.js';

const edge = { dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } };

/** A bare socket peer: sends any bytes, collects the server's newline-delimited frames. */
const rawIpc = (path: string) =>
  new Promise<{ socket: Socket; log: MessageLog; closed: Promise<void> }>((resolve, reject) => {
    const socket = connect(path);
    const log = new MessageLog();
    let buffered = '';
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => {
      buffered += text;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) log.add(line);
    });
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.once('connect', () => resolve({ socket, log, closed }));
    socket.once('error', reject);
  });

/** A socket file nothing listens on: a server that died without cleaning up (SIGKILL). */
const staleSocket = async (): Promise<string> => {
  const path = tempSocketPath();
  const child = spawn(process.execPath, [
    '-e',
    `require('net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`,
  ]);
  await once(child, 'exit');
  expect((await lstat(path)).isSocket()).toBe(true);
  return path;
};

describe('the IPC server transport', () => {
  it('serves our client: scan, vibrate, battery, and the devices stop when it leaves', async () => {
    const engine = await startIpcEngine(edge);
    const client = await connectedClient(new IpcConnector(engine.path));
    const [device] = await scanFor(client);
    await device!.vibrate(1);
    expect(await device!.battery()).toBeCloseTo(0.87);
    await client.disconnect();
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the stop after disconnect');
    await waitFor(() => engine.transport.sessionCount === 0, 1_000, 'the session to end');
  });

  it('reads newline-delimited frames however they are cut, and answers each', async () => {
    const engine = await startIpcEngine();
    const { socket, log } = await rawIpc(engine.path);
    const stream = `${handshakeFrame()}\n[{"Ping":{"Id":2}}]\r\n\n[{"RequestDeviceList":{"Id":3}}]\n`;
    for (let i = 0; i < stream.length; i += 7) socket.write(stream.slice(i, i + 7));
    await log.next('ServerInfo');
    await log.next('Ok', (body) => body['Id'] === 2);
    await log.next('DeviceList', (body) => body['Id'] === 3);
  });

  it('refuses oversized and non-UTF-8 frames with Error code 3, and the session lives on', async () => {
    const engine = await startIpcEngine({ transport: { maxFrameBytes: 256 } });
    const { socket, log } = await rawIpc(engine.path);
    socket.write(`${handshakeFrame()}\n`);
    await log.next('ServerInfo');
    socket.write(`[{"Ping":{"Id":2,"Padding":"${'x'.repeat(1000)}"}}]\n`);
    expect(await log.next('Error')).toMatchObject({
      Id: 0,
      ErrorCode: 3,
      ErrorMessage: expect.stringMatching(/256 byte limit/),
    });
    socket.write(Buffer.from([0x5b, 0xff, 0x5d, 0x0a]));
    expect(await log.next('Error', (body) => /UTF-8/.test(String(body['ErrorMessage'])))).toMatchObject({
      Id: 0,
      ErrorCode: 3,
    });
    socket.write('[{"Ping":{"Id":4}}]\n');
    await log.next('Ok', (body) => body['Id'] === 4);
  });

  it('takes one client at a time, like the WebSocket server', async () => {
    const engine = await startIpcEngine();
    await connectedClient(new IpcConnector(engine.path));
    await expect(connectedClient(new IpcConnector(engine.path))).rejects.toBeInstanceOf(ButtplugHandshakeError);
    expect(engine.transport.sessionCount).toBe(1);
  });

  it('stops the devices when a client process dies', async () => {
    const engine = await startIpcEngine(edge);
    const { socket, log } = await rawIpc(engine.path);
    socket.write(`${handshakeFrame()}\n[{"StartScanning":{"Id":2}}]\n`);
    await log.next('DeviceList', (body) => Object.keys(body['Devices'] as object).length === 1);
    socket.write('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":10}}}}]\n');
    await log.next('Ok', (body) => body['Id'] === 3);
    socket.destroy();
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate2:0;', 2_000, 'the stop after the drop');
  });

  it('replaces a stale socket (left by a crashed server), refuses a live one, and removes its own on close', async () => {
    const engine = await startIpcEngine();
    await expect(IpcServerTransport.listen({ server: engine.server, path: engine.path })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });

    const stale = await staleSocket();
    const transport = await IpcServerTransport.listen({ server: engine.server, path: stale });
    onCleanup(() => transport.close());
    const client = await connectedClient(new IpcConnector(stale));
    expect(client.connected).toBe(true);
    await client.disconnect();
    await transport.close();
    expect(existsSync(stale)).toBe(false);
  });
});

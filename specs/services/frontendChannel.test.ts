import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FrontendChannel } from '../../actors/services/frontendChannel.js';
import { decodeIntifaceMessage, encodeEngineMessage } from '../../actors/services/engineMessages.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, scanFor, startEngine, waitFor } from '../support/engine.js';

/** A GUI connected to the frontend channel, recording every frame. */
const connectFrontend = async (port: number) => {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  const frames: string[] = [];
  let closed: { code: number; reason: string } | undefined;
  socket.on('message', (data) => frames.push(String(data)));
  socket.on('close', (code, reason) => (closed = { code, reason: String(reason) }));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  onCleanup(async () => socket.terminate());
  return { socket, frames, closed: () => closed };
};

const openChannel = async () => {
  const stops: string[] = [];
  const channel = await FrontendChannel.listen({ port: 0, version: '9.9.9', onStop: (reason) => stops.push(reason) });
  onCleanup(() => channel.close());
  return { channel, stops };
};

describe("the frontend channel (Intiface's EngineMessage JSON)", () => {
  it('tells a GUI about the engine, its client, its devices and their outputs, in Intiface JSON', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const { channel } = await openChannel();
    channel.attach(engine.server);
    const gui = await connectFrontend(channel.port);
    await waitFor(() => gui.frames.length >= 2, 1_000, 'EngineStarted');
    expect(gui.frames.slice(0, 2)).toEqual(['{"EngineStarted":{}}', '{"EngineServerCreated":{}}']);

    const client = await engine.connectClient('Game');
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    await client.disconnect();
    await waitFor(() => gui.frames.includes('{"ClientDisconnected":{}}'), 1_000, 'ClientDisconnected');
    await waitFor(() => gui.frames.filter((f) => f.includes('"value":0.0')).length === 2, 1_000, 'stops');

    expect(gui.frames.slice(2)).toEqual([
      '{"ClientConnected":{"client_name":"Game"}}',
      '{"DeviceConnected":{"name":"Lovense Edge","index":0,"identifier":{"protocol":"lovense","identifier":"P","address":"EDGE"},"needs_keepalive":false}}',
      '{"DeviceOutputObservation":{"device_index":0,"feature_index":0,"output_type":"Vibrate","value":10.0}}',
      '{"DeviceOutputObservation":{"device_index":0,"feature_index":1,"output_type":"Vibrate","value":10.0}}',
      '{"ClientDisconnected":{}}',
      '{"DeviceOutputObservation":{"device_index":0,"feature_index":0,"output_type":"Vibrate","value":0.0}}',
      '{"DeviceOutputObservation":{"device_index":0,"feature_index":1,"output_type":"Vibrate","value":0.0}}',
    ]);
  });

  it('tells a GUI that connects late what it missed', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const { channel } = await openChannel();
    channel.attach(engine.server);
    const client = await engine.connectClient('Early');
    await scanFor(client);
    const gui = await connectFrontend(channel.port);
    await waitFor(() => gui.frames.length >= 4, 1_000, 'the replay');
    expect(gui.frames.map((frame) => Object.keys(JSON.parse(frame) as object)[0])).toEqual([
      'EngineStarted',
      'EngineServerCreated',
      'ClientConnected',
      'DeviceConnected',
    ]);
  });

  it('answers RequestEngineVersion, reports bad frames as EngineError, and stops the engine on Stop', async () => {
    const { channel, stops } = await openChannel();
    const gui = await connectFrontend(channel.port);
    gui.socket.send('{"RequestEngineVersion":{"expected_version":3}}');
    gui.socket.send('{"Explode":{}}');
    await waitFor(() => gui.frames.length >= 3, 1_000, 'answers');
    expect(gui.frames.slice(1)).toEqual([
      '{"EngineVersion":{"version":"9.9.9"}}',
      '{"EngineError":{"error":"unreadable frontend message: expected {\\"RequestEngineVersion\\":{\\"expected_version\\":N}} or {\\"Stop\\":{}}"}}',
    ]);
    expect(stops).toEqual([]);
    gui.socket.send('{"Stop":{}}');
    await waitFor(() => stops.length === 1, 1_000, 'stop');
    expect(stops).toEqual(['the frontend asked the engine to stop']);
  });

  it('stops the engine when its frontend goes away, and takes one frontend at a time', async () => {
    const { channel, stops } = await openChannel();
    const gui = await connectFrontend(channel.port);
    const second = await connectFrontend(channel.port);
    await waitFor(() => second.closed() !== undefined, 1_000, 'the second frontend closed');
    expect(second.closed()).toEqual({ code: 1013, reason: 'another frontend is connected' });
    expect(stops).toEqual([]);
    gui.socket.close();
    await waitFor(() => stops.length === 1, 1_000, 'stop');
    expect(stops).toEqual(['the frontend disconnected']);
  });

  it('says EngineStopped when the engine stops, and ClientRejected when a second client is turned away', async () => {
    const engine = startEngine();
    const { channel, stops } = await openChannel();
    channel.attach(engine.server);
    const websocket = await WebSocketServerTransport.listen({ server: engine.server, port: 0, pingIntervalMs: 0 });
    onCleanup(() => websocket.close());
    const gui = await connectFrontend(channel.port);
    const first = new WebSocket(websocket.url);
    await new Promise((resolve) => first.once('open', resolve));
    const second = new WebSocket(websocket.url);
    await new Promise((resolve) => second.once('open', resolve));
    onCleanup(async () => [first, second].forEach((socket) => socket.terminate()));
    await waitFor(() => gui.frames.some((f) => f.startsWith('{"ClientRejected"')), 1_500, 'ClientRejected');
    expect(gui.frames.find((f) => f.startsWith('{"ClientRejected"'))).toBe(
      '{"ClientRejected":{"reason":"the server is busy: another client is connected (this server takes one client at a time)"}}',
    );
    await channel.close();
    expect(gui.frames.at(-1)).toBe('{"EngineStopped":{}}');
    await waitFor(() => gui.closed() !== undefined, 1_000, 'closed');
    expect(stops).toEqual([]);
  });

  it('writes whole f64 values as serde does and reads only the two frontend commands', () => {
    expect(
      encodeEngineMessage({
        DeviceOutputObservation: { device_index: 1, feature_index: 2, output_type: 'Rotate', value: -3 },
      }),
    ).toBe('{"DeviceOutputObservation":{"device_index":1,"feature_index":2,"output_type":"Rotate","value":-3.0}}');
    expect(decodeIntifaceMessage('{"Stop":{}}')).toEqual({ ok: true, message: { Stop: {} } });
    expect(decodeIntifaceMessage('{"Stop":{"now":true}}').ok).toBe(false);
    expect(decodeIntifaceMessage('{"RequestEngineVersion":{"expected_version":-1}}').ok).toBe(false);
    expect(decodeIntifaceMessage('[').ok).toBe(false);
  });
});

/**
 * Bounded input (issue 9, Must have 2; Found 1, 2 and 11): a frame over the bounds (nesting, messages,
 * strings, elements) is answered with one Error (code 3) before any real work, on every transport and
 * in every spec version, and the session, its devices and the engine go on.
 */
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { WebSocketServerTransport } from '../../transports/websocketServer.js';
import { onCleanup, scanFor, startEngine, waitFor } from '../support/engine.js';
import { rawIpc } from '../support/rawIpc.js';
import { handshakeV4, rawSession, type RawSession } from '../support/rawSession.js';
import { RawWebSocket } from '../support/rawWebSocket.js';
import { startIpcEngine, startWebSocketEngine } from '../support/transports.js';

const edge = { dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } };

const deep = (levels: number, inner = '1') => '['.repeat(levels) + inner + ']'.repeat(levels);

const handshakes = {
  v4: handshakeV4(),
  v3: JSON.stringify([{ RequestServerInfo: { Id: 1, ClientName: 'legacy', MessageVersion: 3 } }]),
  v1: JSON.stringify([{ RequestServerInfo: { Id: 1, ClientName: 'legacy', MessageVersion: 1 } }]),
};

/** The last level written to one Lovense motor (`Vibrate1:12;` -> 12). */
const lastLevel = (hardware: { writtenText: string[] }, motor = 1): number | undefined => {
  const written = hardware.writtenText.filter((text) => text.startsWith(`Vibrate${motor}:`)).at(-1);
  return written === undefined ? undefined : Number(/:(\d+);/.exec(written)?.[1]);
};

const body = (message: Record<string, Record<string, unknown>>) => Object.values(message)[0]!;

/** A session past its handshake, with the Edge found and vibrating at 12. */
const vibratingSession = async (version: keyof typeof handshakes) => {
  const engine = startEngine(edge);
  const raw = rawSession(engine.server);
  raw.send(handshakes[version]);
  await raw.waitFor((m) => 'ServerInfo' in m);
  raw.send('[{"StartScanning":{"Id":2}}]');
  const hardware = await (async () => {
    await waitFor(() => engine.dcm.hardware('EDGE') !== undefined && engine.server.devices.length === 1);
    return engine.dcm.hardware('EDGE')!;
  })();
  raw.send(
    version === 'v4'
      ? '[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]'
      : version === 'v3'
        ? '[{"ScalarCmd":{"Id":3,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.6,"ActuatorType":"Vibrate"}]}}]'
        : '[{"VibrateCmd":{"Id":3,"DeviceIndex":0,"Speeds":[{"Index":0,"Speed":0.6}]}}]',
  );
  await raw.reply(3);
  expect(lastLevel(hardware)).toBe(12);
  return { engine, raw, hardware };
};

const expectRefusedThenServing = async (raw: RawSession, pingId: number) => {
  const refusal = await raw.waitFor((m) => 'Error' in m && /frame refused/.test(String(body(m)['ErrorMessage'])));
  expect(body(refusal)).toMatchObject({ Id: 0, ErrorCode: ErrorCode.Message });
  raw.send(`[{"Ping":{"Id":${pingId}}}]`);
  expect(await raw.reply(pingId, 1_000)).toEqual({ Ok: { Id: pingId } });
};

describe('frames nested beyond the bound', () => {
  const cases: { version: keyof typeof handshakes; field: string; frame: (levels: number) => string }[] = [
    { version: 'v4', field: 'a Ping Id', frame: (n) => `[{"Ping":{"Id":${deep(n)}}}]` },
    { version: 'v4', field: 'a Ping body', frame: (n) => `[{"Ping":${deep(n)}}]` },
    {
      version: 'v4',
      field: 'an OutputCmd Value',
      frame: (n) =>
        `[{"OutputCmd":{"Id":9,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":${deep(n)}}}}}]`,
    },
    { version: 'v3', field: 'a v3 Ping Id', frame: (n) => `[{"Ping":{"Id":${deep(n)}}}]` },
    {
      version: 'v3',
      field: 'v3 ScalarCmd Scalars',
      frame: (n) => `[{"ScalarCmd":{"Id":9,"DeviceIndex":0,"Scalars":${deep(n)}}}]`,
    },
    { version: 'v1', field: 'a v1 Ping Id', frame: (n) => `[{"Ping":{"Id":${deep(n)}}}]` },
    {
      version: 'v1',
      field: 'v1 VibrateCmd Speeds',
      frame: (n) => `[{"VibrateCmd":{"Id":9,"DeviceIndex":0,"Speeds":${deep(n)}}}]`,
    },
  ];

  for (const { version, field, frame } of cases) {
    for (const levels of [3_000, 50_000]) {
      it(`${field}, ${levels} levels deep: Error code 3, the session serves on, and its toy stops when it leaves`, async () => {
        const { engine, raw, hardware } = await vibratingSession(version);
        raw.send(frame(levels));
        await expectRefusedThenServing(raw, 20);
        expect(engine.server.actor.getSnapshot().status).toBe('active');
        raw.session.close('client left');
        await waitFor(() => lastLevel(hardware) === 0, 1_000, 'the stop when the client left');
      });
    }
  }

  it('the ping watchdog still stops the toy after one (Found 1: --max-ping-time)', async () => {
    const engine = startEngine({ ...edge, server: { maxPingTime: 300 } });
    const raw = rawSession(engine.server);
    raw.send(handshakes.v4);
    await raw.reply(1);
    raw.send('[{"StartScanning":{"Id":2}}]');
    await waitFor(() => engine.server.devices.length === 1);
    raw.send('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]');
    await raw.reply(3);
    raw.send(`[{"Ping":{"Id":${deep(50_000)}}}]`);
    const timeout = await raw.waitFor((m) => 'Error' in m && body(m)['ErrorCode'] === ErrorCode.Ping, 2_000);
    expect(body(timeout)).toMatchObject({ Id: 0 });
    await waitFor(() => lastLevel(engine.dcm.hardware('EDGE')!) === 0, 1_000, 'the stop after the ping timeout');
  });

  it('with concurrent sessions, each connection engine still stops its toy and shuts down (Found 1)', async () => {
    const dcms: SimulatedDcm[] = [];
    const transport = await WebSocketServerTransport.listen({
      port: 0,
      createServer: () => {
        const dcm = new SimulatedDcm(edge.dcm);
        dcms.push(dcm);
        return new ButtplugServer({ deviceCommunicationManagers: [dcm] });
      },
    });
    onCleanup(() => transport.close());
    const raw = await RawWebSocket.open(transport.url);
    await raw.handshake();
    raw.send('[{"StartScanning":{"Id":2}}]');
    await raw.log.next('DeviceList', (list) => Object.keys(list['Devices'] as object).length === 1);
    raw.send('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]');
    await raw.log.next('Ok', (ok) => ok['Id'] === 3);
    raw.send(`[{"Ping":{"Id":${deep(50_000)}}}]`);
    await raw.log.next('Error');
    raw.socket.close();
    const hardware = dcms[0]!.hardware('EDGE')!;
    await waitFor(() => lastLevel(hardware) === 0, 1_000, 'the stop when the client left');
    await waitFor(() => !hardware.connected, 2_000, 'the per-connection engine to shut down');
  });

  it('in ClientName before the handshake: Error code 3, and the handshake can follow', async () => {
    const engine = startEngine();
    const raw = rawSession(engine.server);
    raw.send(
      `[{"RequestServerInfo":{"Id":1,"ClientName":${deep(50_000, '"x"')},"ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]`,
    );
    await raw.waitFor((m) => 'Error' in m);
    raw.send(handshakeV4(2));
    expect(body(await raw.reply(2))).toMatchObject({ ServerName: expect.any(String) });
  });

  it('handed over already parsed by an embedding host (even a cycle): Error code 3', async () => {
    const engine = startEngine();
    const raw = rawSession(engine.server);
    raw.send(handshakeV4());
    await raw.reply(1);
    let nested: unknown = 1;
    for (let i = 0; i < 50_000; i++) nested = [nested];
    raw.session.receive([{ Ping: { Id: nested } }]);
    await expectRefusedThenServing(raw, 2);
    const cycle: Record<string, unknown> = { Id: 3 };
    cycle['self'] = cycle;
    raw.session.receive([{ Ping: cycle }]);
    expect(body(await raw.reply(3))).toMatchObject({ ErrorCode: ErrorCode.Message });
    // Shared parts: 1024 wide, 30 deep, a few KB of objects but 1024^30 values to walk.
    let shared: unknown = 0;
    for (let i = 0; i < 30; i++) shared = new Array<unknown>(1024).fill(shared);
    raw.session.receive([{ Ping: { Id: 4, Extra: shared } }]);
    expect(body(await raw.reply(4))).toMatchObject({ ErrorCode: ErrorCode.Message });
  });

  it('over IPC: Error code 3, and the session serves on', async () => {
    const engine = await startIpcEngine();
    const { socket, log } = await rawIpc(engine.path);
    socket.write(`${handshakeV4()}\n`);
    await log.next('ServerInfo');
    socket.write(`[{"Ping":{"Id":${deep(50_000)}}}]\n`);
    expect(await log.next('Error')).toMatchObject({ Id: 0, ErrorCode: ErrorCode.Message });
    socket.write('[{"Ping":{"Id":2}}]\n');
    await log.next('Ok', (ok) => ok['Id'] === 2, 1_000);
  });
});

describe('frames over the size bounds', () => {
  it('a 1 MiB frame of 524,000 elements gets one Error in one frame, and the engine answers at once', async () => {
    const engine = await startWebSocketEngine(edge);
    const raw = await RawWebSocket.open(engine.url);
    const frames: string[] = [];
    raw.socket.on('message', (data) => frames.push(String(data)));
    await raw.handshake();
    const before = frames.length;
    raw.send(`[${new Array(524_000).fill('0').join(',')}]`);
    raw.send('[{"Ping":{"Id":2}}]');
    await raw.log.next('Ok', (ok) => ok['Id'] === 2, 1_000);
    // Replies of one turn share a frame (tickOutbox.ts), so the Ok may ride in the Error's frame: what
    // counts is the messages, one Error for the whole frame and then the Ok.
    const answers = frames.slice(before).flatMap((frame) => JSON.parse(frame) as unknown[]);
    expect(answers).toEqual([
      {
        Error: { Id: 0, ErrorCode: ErrorCode.Message, ErrorMessage: expect.stringMatching(/more than 1024 messages/) },
      },
      { Ok: { Id: 2 } },
    ]);
  });

  it('the errors of one frame travel in one reply frame', async () => {
    const engine = await startWebSocketEngine();
    const raw = await RawWebSocket.open(engine.url);
    const frames: string[] = [];
    raw.socket.on('message', (data) => frames.push(String(data)));
    await raw.handshake();
    const before = frames.length;
    raw.send(`[${new Array(1000).fill('0').join(',')},{"Ping":{"Id":7}}]`);
    await raw.log.next('Ok', (ok) => ok['Id'] === 7);
    const answers = frames.slice(before).map((frame) => JSON.parse(frame) as unknown[]);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toHaveLength(1001);
  });

  it('a string over the bound is refused with the Id of its message', async () => {
    const engine = startEngine();
    const raw = rawSession(engine.server);
    raw.send(
      JSON.stringify([
        {
          RequestServerInfo: { Id: 5, ClientName: 'x'.repeat(5_000), ProtocolVersionMajor: 4, ProtocolVersionMinor: 0 },
        },
      ]),
    );
    expect(body(await raw.reply(5))).toMatchObject({
      ErrorCode: ErrorCode.Message,
      ErrorMessage: expect.stringMatching(/string longer than 1024/),
    });
    raw.send(handshakeV4(6));
    expect(await raw.reply(6)).toHaveProperty('ServerInfo');
    raw.send(`[{"Ping":{"Id":7}},{"Ping":{"Id":8,"Pad":[${new Array(2_000).fill('1').join(',')}]}}]`);
    expect(body(await raw.reply(8))).toMatchObject({ ErrorMessage: expect.stringMatching(/more than 1024 elements/) });
    // The frame is refused as a whole: its other messages did nothing.
    expect(raw.received.some((m) => body(m)['Id'] === 7)).toBe(false);
  });

  it('an error text quotes at most a short piece of what the client sent', async () => {
    const engine = startEngine();
    const raw = rawSession(engine.server);
    raw.send(handshakeV4());
    await raw.reply(1);
    raw.send(`[{"Ping":{"Id":2,"Extra":"${'y'.repeat(1_000)}"}}]`);
    const error = body(await raw.reply(2));
    expect(String(error['ErrorMessage']).length).toBeLessThan(300);
  });

  it('scans, drives and stops a device while hostile frames keep arriving', async () => {
    const engine = startEngine(edge);
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    const hostile = rawSession(engine.server);
    hostile.send(`[{"Ping":{"Id":${deep(50_000)}}}]`);
    await device!.vibrate(0.5);
    await device!.stop();
    expect(lastLevel(engine.dcm.hardware('EDGE')!)).toBe(0);
  });
});

/**
 * The test clock reaches every timer an app's test can meet: the deadlines around hardware calls,
 * timed motion writes, protocol script delays, the simulated scan, the simulated devices' read poll
 * and Lovense replies, the WebSocket server's keepalive, the outbound WebSocket transport's keepalive
 * and reconnect backoff, and the client library's pings, request timeouts and reconnect backoff (a
 * client from `connectClient()` is on the test clock by default). Each test moves the clock by tens
 * of seconds and judges by what happened, never by how long it took: a timer still on real time
 * would leave the behaviour undone and the test failing.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { ButtplugTimeoutError } from '../../actors/client/clientErrors.js';
import { runProtocolScript } from '../../actors/engine/protocolScriptRunner.js';
import { TestClock } from '../../actors/testing/testClock.js';
import { onCleanup, startTestEngine as start, waitFor, waitWithReplies } from '../support/engine.js';
import { handshakeFrame } from '../support/rawWebSocket.js';
import { startDialledApp as startApp } from '../support/dialledApp.js';
import { freePort } from '../support/freePort.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { lovenseSimulator } from '../../hardware/simulated/deviceSimulators.js';
import { WebSocketClientTransport } from '../../transports/websocketClientTransport.js';
import { realClock } from '../../protocols/core/clock.js';
import { SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import type { TaggedMessage } from '../../protocols/buttplug/frameEnvelope.js';
import type { FeatureDefinition } from '../../protocols/config/deviceDefinitions.js';
import { nextNotification, sleep, type ProtocolScript } from '../../protocols/devices/shared/hardwareRequests.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import type { FrameLink, FrameLinkHandlers } from '../../transports/linkConnector.js';
import { WebSocketConnector } from '../../transports/websocketConnector.js';

/** `until`: a real-time wait for I/O (sockets, replies), never for a timer. */
const until = (predicate: () => boolean, what: string) => waitFor(predicate, 3_000, what);

const vibrator: FeatureDefinition[] = [
  { id: 'v', index: 0, description: 'motor', output: { Vibrate: { value: [0, 20] } } },
];

/** A Solace Pro on the test clock: `to` sends a timed move, `stroke` lists the times of its position writes since `at`. */
const solacePro = async () => {
  const engine = await start({ devices: ['LVS-SolacePro'], websocket: false });
  const client = await engine.connectClient();
  const [solace] = await engine.scan(client);
  const feature = solace!.features.find((f) => f.outputs.has('HwPositionWithDuration'))!;
  const to = (Value: number, Duration: number) =>
    solace!.sendOutputs([{ featureIndex: feature.index, command: { HwPositionWithDuration: { Value, Duration } } }]);
  const stroke = (at: number) =>
    engine
      .device(0)
      .writes.filter((w) => w.at >= at && new TextDecoder().decode(w.data).startsWith('FSetSite:'))
      .map((w) => w.at);
  return { engine, to, stroke };
};

/** A promise's state, without waiting for it. */
const settled = <T>(promise: Promise<T>) => {
  const state: { done: boolean; value?: T; error?: unknown } = { done: false };
  promise.then(
    (value) => Object.assign(state, { done: true, value }),
    (error: unknown) => Object.assign(state, { done: true, error }),
  );
  return state;
};

describe('advance() fires', () => {
  it('the deadline around a hardware write (5 s): a write stuck for a minute fails at 5 s on the test clock', async () => {
    const engine = await start({ devices: [{ name: 'Stuck', features: vibrator }], websocket: false });
    // The client's own request timeout (on the same clock) well past the hardware deadline under test.
    const client = await engine.connectClient('patient app', { requestTimeoutMs: 60_000 });
    const [toy] = await engine.scan(client);
    engine.device(0).delayWrites(60_000);
    const write = settled(toy!.vibrate(0.5));
    await engine.advance(4_999);
    expect(write.done).toBe(false);
    await engine.advance(1);
    await until(() => write.done, 'the write to fail');
    expect(String(write.error)).toMatch(/timed out after 5000 ms/);
  });

  it('timed motion writes: a 1 s Solace Pro stroke plays one position every 100 ms of test time', async () => {
    const { engine, stroke, to } = await solacePro();
    const from = engine.now();
    await to(50, 1_000);
    expect(stroke(from)).toEqual([from]); // the first step at once, the rest wait on the clock
    await engine.advance(450);
    expect(stroke(from)).toHaveLength(5);
    await engine.advance(550);
    expect(stroke(from)).toEqual(Array.from({ length: 10 }, (_, i) => from + i * 100));
  });

  it('timed motion writes: a newer move mid-way cancels the rest of the stroke playing', async () => {
    const { engine, stroke, to } = await solacePro();
    await to(50, 1_000);
    await engine.advance(450);
    const from = engine.now();
    // A move short enough to be one write: only the command itself can stop the stroke playing.
    await to(10, 100);
    await engine.advance(1_000);
    // Only the newer move from then on: none of the first stroke's last five steps.
    expect(stroke(from)).toEqual([from]);
  });

  it('protocol script delays and notification waits (30 s sleep, 20 s wait, 60 s budget)', async () => {
    const clock = new TestClock();
    const hardware = new SimulatedHardware({ name: 'scripted', address: 'S-1', endpoints: ['tx', 'rx'] });
    function* script(): ProtocolScript<string> {
      yield* sleep(30_000);
      const reply = yield* nextNotification('rx', 20_000);
      return reply ? 'answered' : 'no answer';
    }
    const run = settled(runProtocolScript(script(), hardware, { timeoutMs: 60_000, clock }));
    await clock.advance(49_999);
    expect(run.done).toBe(false);
    await clock.advance(1);
    expect(run).toEqual({ done: true, value: 'no answer' });
    // The whole script's budget is on the same clock.
    function* forever(): ProtocolScript<void> {
      for (;;) yield* sleep(10_000);
    }
    const endless = settled(runProtocolScript(forever(), hardware, { timeoutMs: 60_000, clock }));
    await clock.advance(60_000);
    expect(String(endless.error)).toMatch(/timed out after 60000 ms/);
  });

  it("the simulated device manager's scan delay", async () => {
    const engine = await start({ devices: ['LVS-Edge'], scanDelayMs: 8_000, websocket: false });
    const client = await engine.connectClient();
    await client.startScanning();
    await engine.advance(7_999);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.devices).toHaveLength(0);
    await engine.advance(1);
    await waitWithReplies(engine, () => client.devices.length === 1, 'the device the scan found');
  });

  it("the WebSocket server's keepalive (30 s): a client that stops answering pongs is dropped, its toy stops", async () => {
    const engine = await start({ devices: ['LVS-Edge'], websocketKeepaliveMs: 30_000 });
    const socket = new WebSocket(engine.url!, { autoPong: false });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const pings: number[] = [];
    socket.on('ping', () => pings.push(engine.now()));
    const frames: string[] = [];
    socket.on('message', (data) => frames.push(String(data)));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(
      '[{"RequestServerInfo":{"Id":1,"ClientName":"raw","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}},{"StartScanning":{"Id":2}}]',
    );
    await waitWithReplies(
      engine,
      () => frames.some((f) => f.includes('"DeviceAdded"') || f.includes('"DeviceList"')),
      'the Edge',
    );
    await waitWithReplies(engine, () => engine.server.devices.length === 1, 'the Edge in the engine');
    socket.send('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":10}}}}]');
    await until(() => engine.device(0).running, 'the Edge to run');
    await engine.advance(30_000 - engine.now()); // the Edge's handshake took a moment of test time
    await until(() => pings.length === 1, 'the first keepalive ping');
    expect(pings).toEqual([30_000]);
    await engine.advance(30_000);
    expect(await closed).toBe(1006);
    await until(() => !engine.device(0).running, 'the Edge to stop');
  });

  it("the client's pings: connectClient's client is on the test clock and keeps a 90 s ping window alive through 5 minutes", async () => {
    const engine = await start({ devices: ['LVS-Edge'], maxPingTime: 90_000, websocket: false });
    // A client from connectClient() is on the engine's clock without being told.
    const onClock = await engine.connectClient('pinging app');
    await engine.advance(300_000);
    expect(onClock.connected).toBe(true);
    await onClock.disconnect();
    // The same five minutes with a client on real time: its pinger never fires, the engine drops it.
    const offClock = await engine.connectClient('real-time app', { clock: realClock });
    await engine.advance(300_000);
    await until(() => !offClock.connected, 'the session without pings to end');
  });

  it("the client's request timeout (60 s): a request nobody answers fails at 60 s of test time", async () => {
    const engine = await start({ websocket: false });
    /** The engine's connector, but Pings get lost on the way: nobody will answer them. */
    class LossyConnector extends EmbeddedConnector {
      override send(messages: readonly TaggedMessage[]): void {
        const kept = messages.filter((message) => message.type !== 'Ping');
        if (kept.length > 0) super.send(kept);
      }
    }
    const client = new ButtplugClient('patient app', { requestTimeoutMs: 60_000, clock: engine.clock });
    await client.connect(new LossyConnector(engine.server));
    const ping = settled(client.requestAll([{ type: 'Ping' }]));
    await engine.advance(59_999);
    expect(ping.done).toBe(false);
    await engine.advance(1);
    expect(ping.error).toBeInstanceOf(ButtplugTimeoutError);
    expect(String(ping.error)).toMatch(/within 60000 ms/);
    await client.disconnect();
  });

  it("the client's reconnect backoff (30 s) after its link drops", async () => {
    const engine = await start({ devices: ['LVS-Edge'] });
    /** A WebSocket connector whose open link the test can break. */
    class BreakableConnector extends WebSocketConnector {
      opened = 0;
      breakLink: (() => void) | undefined;
      protected override async openLink(handlers: FrameLinkHandlers): Promise<FrameLink> {
        const link = await super.openLink(handlers);
        this.opened++;
        this.breakLink = () => {
          link.close();
          handlers.closed('test: the network went away');
        };
        return link;
      }
    }
    const connector = new BreakableConnector(engine.url!, {
      reconnect: { initialDelayMs: 30_000 },
      clock: engine.clock,
    });
    const client = new ButtplugClient('reconnecting app', { clock: engine.clock });
    const reconnecting: number[] = [];
    client.on('reconnecting', (_attempt, delayMs) => reconnecting.push(delayMs));
    let reconnected = false;
    client.on('reconnected', () => (reconnected = true));
    await client.connect(connector);
    expect(connector.opened).toBe(1);
    connector.breakLink!();
    await until(() => reconnecting.length === 1, 'the reconnecting event');
    expect(reconnecting).toEqual([30_000]);
    await engine.advance(29_999);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(connector.opened).toBe(1);
    await engine.advance(1);
    await until(() => reconnected, 'the reconnect');
    expect(connector.opened).toBe(2);
    expect(client.connected).toBe(true);
    await client.disconnect();
  });
  it("the outbound WebSocket transport's reconnect backoff (30 s): it dials again at 30 s of test time, not before", async () => {
    const engine = await start({ websocket: false });
    const port = await freePort();
    const logger = recordingLogger();
    const transport = new WebSocketClientTransport({
      server: engine.server,
      address: `ws://127.0.0.1:${port}`,
      reconnect: { initialDelayMs: 30_000 },
      pingIntervalMs: 0,
      clock: engine.clock,
      logger,
    });
    onCleanup(() => transport.close());
    await until(() => logger.find('info', 'cannot reach the app').length === 1, 'the first attempt to fail');
    expect(logger.find('info', 'cannot reach the app')[0]!.fields['delayMs']).toBe(30_000);
    const app = await startApp(port);
    await engine.advance(29_999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.connections).toHaveLength(0);
    await engine.advance(1);
    await until(() => app.connections.length === 1 && transport.connected, 'the second attempt, at 30 s');
  });

  it("the outbound WebSocket transport's keepalive (30 s): a ping at 30 s of test time, dropped at 60 s without a pong", async () => {
    const engine = await start({ websocket: false });
    const app = await startApp(0, { autoPong: false });
    const transport = new WebSocketClientTransport({
      server: engine.server,
      address: `ws://127.0.0.1:${app.port}`,
      pingIntervalMs: 30_000,
      reconnect: { initialDelayMs: 600_000 },
      clock: engine.clock,
    });
    onCleanup(() => transport.close());
    await until(() => app.connections.length === 1 && transport.connected, 'the engine to dial in');
    // The app shakes hands (else its session would end at 10 s, before any keepalive).
    const frames: string[] = [];
    app.connections[0]!.socket.on('message', (data) => frames.push(String(data)));
    app.connections[0]!.socket.send(handshakeFrame(1, 'app without pongs'));
    await until(() => frames.some((f) => f.includes('ServerInfo')), 'the handshake');
    const pings: number[] = [];
    app.connections[0]!.socket.on('ping', () => pings.push(engine.now()));
    await engine.advance(29_999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pings).toEqual([]);
    await engine.advance(1);
    await until(() => pings.length === 1, 'the keepalive ping');
    expect(pings).toEqual([30_000]);
    await engine.advance(30_000);
    await until(() => app.connections[0]!.closed !== undefined, 'the app that missed a pong to be dropped');
    expect(transport.connected).toBe(false);
  });

  it("simulated hardware's read poll (5 ms): a queued answer is read only when the test clock moves, and the read times out on it", async () => {
    const clock = new TestClock();
    const hardware = new SimulatedHardware({ name: 'polled', address: 'P-1', endpoints: ['tx', 'rx'], clock });
    const answered = settled(hardware.read('rx', { timeoutMs: 60_000 }));
    await new Promise((resolve) => setTimeout(resolve, 1));
    hardware.queueRead('rx', [42]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered.done).toBe(false); // the next look is 5 ms away on the test clock
    await clock.advance(5);
    expect(answered).toEqual({ done: true, value: Uint8Array.from([42]) });
    const unanswered = settled(hardware.read('rx', { timeoutMs: 60_000 }));
    await clock.advance(59_995);
    expect(unanswered.done).toBe(false);
    await clock.advance(5);
    expect(String(unanswered.error)).toMatch(/read on rx timed out/);
  });

  it("the Lovense simulator's reply (1 ms): DeviceType; is answered 1 ms later on the test clock, not before", async () => {
    const clock = new TestClock();
    const hardware = new SimulatedHardware({
      name: 'LVS-Edge',
      address: 'E-1',
      endpoints: ['tx', 'rx'],
      simulator: lovenseSimulator('LVS-Edge'),
      clock,
    });
    const replies: string[] = [];
    hardware.onEvent((event) => {
      if (event.type === 'notification') replies.push(new TextDecoder().decode(event.data));
    });
    await hardware.subscribe('rx');
    await hardware.write('tx', new TextEncoder().encode('DeviceType;'), false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replies).toEqual([]);
    await clock.advance(1);
    expect(replies).toEqual(['P:37:E10000000000;']);
  });
});

/**
 * The real side of the whole-engine model test: an engine with two simulated Lovense toys, reached
 * through a real EmbeddedConnector (the embedding API) or over a real WebSocket, and one raw client
 * at a time that keeps a ledger of every Id it sent and every answer it got. Device acknowledgements
 * and client deliveries go through a fast-check scheduler, so their order is explored too.
 */
import type fc from 'fast-check';
import WebSocket from 'ws';
import { ButtplugServer, type ServerSession } from '../../../actors/engine/buttplugServer.js';
import type { DeviceManagerContext } from '../../../machines/deviceManagerMachine.js';
import { SimulatedDcm } from '../../../hardware/simulated/simulatedDcm.js';
import type { SimulatedHardware } from '../../../hardware/simulated/simulatedHardware.js';
import { lovenseVibrateDecoder, outputEvents } from '../../../hardware/simulated/writeTimeline.js';
import type { TaggedMessage } from '../../../protocols/buttplug/frame.js';
import { EmbeddedConnector } from '../../../transports/embeddedConnector.js';
import type { SafetyEvent } from '../../../protocols/safety/safetyTimeline.js';
import { WebSocketServerTransport } from '../../../transports/websocketServer.js';
import { JumpClock } from './jumpClock.js';

export type Variant = 'embedded' | 'websocket';

export const DEVICES = [
  { name: 'LVS-Edge', address: 'EDGE' },
  { name: 'LVS-Lush', address: 'LUSH' },
] as const;

/** The WebSocket variant's ping watchdog (its client pings in the background, as real clients do). */
export const MAX_PING_TIME_MS = 1_500;
/**
 * The embedded variant's ping watchdog: long, because a lapse is not waited out there: the engine's
 * clock jumps over it (`JumpClock`). Its client pings in the background too.
 */
export const EMBEDDED_MAX_PING_TIME_MS = 10_000;
/**
 * The WebSocket variant's frame limit: above the largest hostile frame (60,000 levels or elements is
 * about 120 KB), so those reach the engine's own bounds, and small enough that oversized frames are cheap.
 */
export const MAX_FRAME_BYTES = 256 * 1024;

export type WireMessage = Record<string, Record<string, unknown>>;

export const bodyOf = (message: WireMessage): Record<string, unknown> => Object.values(message)[0]!;
const nameOf = (message: WireMessage): string => Object.keys(message)[0]!;

const now = () => performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const poll = async (predicate: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const deadline = now() + timeoutMs;
  while (!predicate()) {
    if (now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
};

/** What a sent request becomes in the safety timeline once the engine answers it with Ok. */
type OnOk = (sentAt: number) => SafetyEvent | undefined;

/** One client connection, raw: text frames out, messages in, every Id accounted for. */
export class TestClient {
  readonly messages: WireMessage[] = [];
  /** Frames received (the replies to one frame travel in one). */
  frames = 0;
  closed = false;
  private readonly sent = new Map<number, { readonly at: number; readonly onOk?: OnOk; readonly label: string }>();
  private readonly answers = new Map<number, number>();
  /** Ids answered more than once, or answers to Ids never sent: each is a broken promise. */
  readonly ledgerErrors: string[] = [];
  private delivery: Promise<void> = Promise.resolve();
  private pinger: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly real: EngineUnderTest,
    private readonly deliver: (text: string) => void,
    private readonly hangUp: () => void,
  ) {}

  /** A frame, delivered in order after anything sent before it, at a moment the scheduler picks. */
  sendFrame(text: string): void {
    this.delivery = this.delivery
      .then(() => this.real.scheduled('client frame'))
      .then(() => {
        if (!this.closed) this.deliver(text);
      });
  }

  /** A request with a fresh Id that must be answered exactly once. */
  request(label: string, text: (id: number) => string, onOk?: OnOk): number {
    const id = this.real.nextId++;
    this.sent.set(id, { at: now(), label, ...(onOk ? { onOk } : {}) });
    this.sendFrame(text(id));
    return id;
  }

  /** Ends the connection from the client side (after what it already sent). */
  close(): void {
    this.stopPinging();
    this.delivery = this.delivery
      .then(() => this.real.scheduled('client close'))
      .then(() => {
        if (!this.closed) this.hangUp();
      });
  }

  receive(messages: readonly WireMessage[]): void {
    this.frames++;
    for (const message of messages) {
      this.messages.push(message);
      const id = bodyOf(message)['Id'];
      if (typeof id !== 'number' || id === 0) continue;
      const count = (this.answers.get(id) ?? 0) + 1;
      this.answers.set(id, count);
      const sent = this.sent.get(id);
      if (!sent) this.ledgerErrors.push(`an answer to Id ${id}, which was never sent: ${JSON.stringify(message)}`);
      else if (count > 1) this.ledgerErrors.push(`Id ${id} (${sent.label}) answered ${count} times`);
      else if (nameOf(message) === 'Ok' || nameOf(message) === 'InputReading') {
        const event = sent.onOk?.(sent.at);
        if (event) this.real.timeline.push(event);
      }
    }
  }

  /** Ids sent and not answered yet. */
  unanswered(): string[] {
    return [...this.sent].filter(([id]) => !this.answers.has(id)).map(([id, sent]) => `${id} (${sent.label})`);
  }

  reply(id: number): WireMessage | undefined {
    return this.messages.find((message) => bodyOf(message)['Id'] === id);
  }

  async waitReply(id: number, timeoutMs: number): Promise<WireMessage> {
    await poll(() => this.reply(id) !== undefined, timeoutMs, `the answer to Id ${id}`);
    return this.reply(id)!;
  }

  count(predicate: (message: WireMessage) => boolean): number {
    return this.messages.filter(predicate).length;
  }

  /** Pings in the background, as a client must under a ping watchdog. */
  keepPinging(intervalMs: number): void {
    this.stopPinging();
    this.pinger = setInterval(() => {
      if (!this.closed) this.request('background Ping', (id) => JSON.stringify([{ Ping: { Id: id } }]));
    }, intervalMs);
  }

  stopPinging(): void {
    clearInterval(this.pinger);
    this.pinger = undefined;
  }
}

export class EngineUnderTest {
  readonly timeline: SafetyEvent[] = [];
  nextId = 1;
  client: TestClient | undefined;
  private readonly connections: { hardware: SimulatedHardware; address: string; index?: number }[] = [];
  private readonly paused = new Set<SimulatedHardware>();

  private constructor(
    readonly variant: Variant,
    readonly scheduler: fc.Scheduler,
    readonly server: ButtplugServer,
    readonly dcm: SimulatedDcm,
    readonly transport: WebSocketServerTransport | undefined,
    /** The engine's clock (embedded variant): real time that a ping lapse jumps forward. */
    readonly clock: JumpClock | undefined,
  ) {
    dcm.onConnect((hardware) => this.adopt(hardware));
  }

  static async start(variant: Variant, scheduler: fc.Scheduler): Promise<EngineUnderTest> {
    const dcm = new SimulatedDcm({ devices: DEVICES.map((d) => ({ ...d })) });
    const clock = variant === 'embedded' ? new JumpClock() : undefined;
    const server = new ButtplugServer({
      deviceCommunicationManagers: [dcm],
      maxPingTime: variant === 'websocket' ? MAX_PING_TIME_MS : EMBEDDED_MAX_PING_TIME_MS,
      ...(clock
        ? {
            clock: {
              setTimeout: (fn: (...args: unknown[]) => void, ms: number) => clock.setTimeout(fn, ms),
              clearTimeout: (id: unknown) => clock.clearTimeout(id),
            },
          }
        : {}),
    });
    const transport =
      variant === 'websocket'
        ? await WebSocketServerTransport.listen({ server, port: 0, maxFrameBytes: MAX_FRAME_BYTES, pingIntervalMs: 0 })
        : undefined;
    return new EngineUnderTest(variant, scheduler, server, dcm, transport, clock);
  }

  /** Every connection the engine opens: its acknowledgements go through the scheduler; its departure is noted. */
  private adopt(hardware: SimulatedHardware): void {
    const entry: { hardware: SimulatedHardware; address: string; index?: number } = {
      hardware,
      address: hardware.address,
    };
    this.connections.push(entry);
    const write = hardware.write.bind(hardware);
    hardware.write = (endpoint, data, withResponse) => {
      const written = write(endpoint, data, withResponse);
      if (!this.scheduling) return written;
      // The scheduler hands the outcome on only when it releases it: until then a failed write must
      // not count as an unhandled rejection (the engine sees it through the scheduled promise).
      written.catch(() => {});
      return this.scheduler.schedule(written, `ack of ${hardware.address}`);
    };
    hardware.onEvent((event) => {
      if (event.type !== 'disconnected') return;
      const index = entry.index ?? this.indexOf(hardware.address);
      if (index !== undefined) this.timeline.push({ kind: 'gone', at: now(), device: index });
    });
  }

  /** Whether acknowledgements and deliveries still wait for the scheduler. */
  private scheduling = true;

  /** A moment the scheduler picks (at once once scheduling stopped). */
  scheduled(label: string): Promise<void> {
    return this.scheduling ? this.scheduler.schedule(Promise.resolve(), label) : Promise.resolve();
  }

  stopScheduling(): void {
    this.scheduling = false;
  }

  /** The index the engine gave the device at this address (stable for the engine's life). */
  indexOf(address: string): number | undefined {
    const manager = this.server.actor.getSnapshot().children.deviceManager;
    const context = manager?.getSnapshot().context as DeviceManagerContext | undefined;
    const found = context ? [...context.table].find(([, entry]) => entry.address === address)?.[0] : undefined;
    if (found !== undefined)
      for (const entry of this.connections)
        if (entry.address === address && entry.index === undefined) entry.index = found;
    return found;
  }

  /** The live connection to a device, if any. */
  live(address: string): SimulatedHardware | undefined {
    const hardware = this.dcm.hardware(address);
    return hardware?.connected ? hardware : undefined;
  }

  /** Opens a client connection (not yet handshaken). */
  async connect(): Promise<TestClient> {
    if (this.variant === 'embedded') {
      // A real EmbeddedConnector; the session it opens is kept too, for frames its typed API cannot
      // express (text that is not JSON, elements that are not messages), which a host passes as text.
      let session: ServerSession | undefined;
      const server = this.server;
      const connector = new EmbeddedConnector({
        connect: (host) => (session = server.connect(host)),
      } as Pick<ButtplugServer, 'connect'> as ButtplugServer);
      const client: TestClient = new TestClient(
        this,
        (text) => {
          const messages = asTaggedMessages(text);
          if (messages && connector.connected) connector.send(messages);
          else if (!messages) session?.receive(text);
        },
        () => {
          client.closed = true;
          void connector.disconnect();
        },
      );
      connector.on('frame', (frame) => client.receive(frame as WireMessage[]));
      connector.on('disconnect', () => {
        client.closed = true;
        client.stopPinging();
      });
      await connector.connect();
      return client;
    }
    const socket = new WebSocket(this.transport!.url);
    socket.on('error', () => {});
    const client: TestClient = new TestClient(
      this,
      (text) => {
        if (socket.readyState === WebSocket.OPEN) socket.send(text);
      },
      () => {
        client.closed = true;
        socket.close();
      },
    );
    socket.on('message', (data, isBinary) => {
      if (!isBinary) client.receive(JSON.parse(String(data)) as WireMessage[]);
    });
    socket.on('close', () => {
      client.closed = true;
      client.stopPinging();
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    (client as { socket?: WebSocket }).socket = socket;
    return client;
  }

  /** Sends bytes that are not a text frame (WebSocket only). */
  sendBinary(client: TestClient, bytes: Uint8Array): void {
    (client as { socket?: WebSocket }).socket?.send(bytes, { binary: true });
  }

  pauseWrites(address: string, ms: number): void {
    const hardware = this.live(address);
    if (!hardware) return;
    hardware.pauseWrites();
    this.paused.add(hardware);
    setTimeout(() => {
      hardware.resumeWrites();
      this.paused.delete(hardware);
    }, ms);
  }

  /** Every output each device received, decoded, plus what the test recorded: the whole timeline. */
  fullTimeline(): SafetyEvent[] {
    const outputs = this.connections.flatMap((entry) => {
      const index = entry.index ?? this.indexOf(entry.address);
      return index === undefined ? [] : outputEvents(entry.hardware, index, lovenseVibrateDecoder);
    });
    return [...this.timeline, ...outputs];
  }

  /** The last value decoded on each live output. */
  liveOutputs(): { address: string; feature: number; value: number }[] {
    const last = new Map<string, { address: string; feature: number; value: number }>();
    for (const { address, hardware } of this.connections) {
      if (!hardware.connected) continue;
      for (const command of hardware.commands)
        if (command.type === 'write')
          for (const output of lovenseVibrateDecoder(command.data))
            last.set(`${address}/${output.feature}`, { address, feature: output.feature, value: output.value });
    }
    return [...last.values()];
  }

  async dispose(): Promise<void> {
    for (const hardware of this.paused) hardware.resumeWrites();
    this.client?.stopPinging();
    await this.server.shutdown();
    await this.transport?.close();
  }
}

/** A frame as the typed messages EmbeddedConnector sends, when it is an array of single-key objects. */
const asTaggedMessages = (text: string): TaggedMessage[] | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const messages: TaggedMessage[] = [];
  for (const element of value as unknown[]) {
    if (typeof element !== 'object' || element === null || Array.isArray(element)) return undefined;
    const entries = Object.entries(element);
    const body = entries[0]?.[1];
    if (entries.length !== 1 || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    messages.push({ type: entries[0]![0], ...body });
  }
  return messages;
};

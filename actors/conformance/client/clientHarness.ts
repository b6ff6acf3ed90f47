/**
 * Runs one client-mode sequence: an engine with the three test devices behind a WebSocket listener,
 * one client connection watched from both sides, and the sequence's steps judged in order. Every
 * frame passes through here on its way between the client and the engine, so the record is exactly
 * what the client sent and received.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { ButtplugServer, frameTransport, type ServerSession } from '../../engine/buttplugServer.js';
import { SimulatedDcm } from '../../../hardware/simulated/simulatedDcm.js';
import type { SimulatedHardware } from '../../../hardware/simulated/simulatedHardware.js';
import { messageOf } from '../../../protocols/core/errorText.js';
import { frameOf, messageId, parseFrame, wireMessage, type WireMessage } from '../wire.js';
import {
  CONFORMANCE_DEVICES,
  ConformanceDeviceSide,
  conformanceDeviceSpecs,
  conformanceProtocol,
  conformanceUserConfig,
  decodeOutput,
} from './conformanceDevices.js';
import type { ClientSequence, HarnessControl, SequenceView, TimedOutput, Verdict } from './clientSequences.js';
import { ObservedConnection } from './observedConnection.js';

/** One step's outcome, in upstream's report shape. */
export interface StepResult {
  readonly step_name: string;
  readonly passed: boolean;
  readonly error: string | null;
  readonly duration_ms: number;
}

export interface SequenceResult {
  readonly sequence_name: string;
  readonly steps: readonly StepResult[];
  readonly passed: boolean;
}

export interface ClientHarnessOptions {
  readonly port: number;
  /** Time each step gets (default 5000 ms). */
  readonly timeoutMs: number;
  /** The client sends everything itself; otherwise the harness sends the steps' messages in its name. */
  readonly clientDriven: boolean;
  /** How long to wait for the client to connect (default 10 s, as upstream). */
  readonly connectTimeoutMs?: number;
  /** Told once the listener is up (and again after a rebuild). */
  readonly onListening?: (url: string) => void;
}

const POLL_MS = 50;
/** Ids the harness uses for what it sends in the client's name: far above what clients count to. */
const FIRST_INJECTED_ID = 4_000_000_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Engine {
  readonly server: ButtplugServer;
  readonly dcm: SimulatedDcm;
  readonly sides: readonly ConformanceDeviceSide[];
}

export class ClientSequenceRun implements HarnessControl {
  private engine: Engine | undefined;
  private listener: WebSocketServer | undefined;
  private port: number | undefined;
  private listenerClosed: Promise<void> | undefined;
  private readonly connections: ObservedConnection[] = [];
  private socket: WebSocket | undefined;
  private session: ServerSession | undefined;
  private readonly marks = new Map<string, number>();
  private readonly injectedIds = new Set<number>();
  private nextInjectedId = FIRST_INJECTED_ID;
  private readonly connectionWaiters: (() => void)[] = [];

  constructor(
    private readonly sequence: ClientSequence,
    private readonly options: ClientHarnessOptions,
  ) {}

  static async run(sequence: ClientSequence, options: ClientHarnessOptions): Promise<SequenceResult> {
    const run = new ClientSequenceRun(sequence, options);
    try {
      return await run.execute();
    } finally {
      await run.tearDown();
    }
  }

  // ---- HarnessControl ----

  dropDevice(index: number): void {
    this.marks.set('device-removed', performance.now());
    this.hardware(index)?.drop('removed by the conformance harness');
  }

  async pushSensorReading(device: number, feature: number, value: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const hardware = this.hardware(device);
      if (hardware && this.engine?.sides[device]!.notify(hardware, feature, value)) return;
      if (performance.now() > deadline)
        throw new Error(`the client never subscribed to device ${device}, feature ${feature}`);
      await delay(POLL_MS / 5);
    }
  }

  /** The server goes down: the client's connection closes and nobody can connect until `rebuild()`. */
  closeConnection(): void {
    this.marks.set('server-closed', performance.now());
    const connection = this.connections.at(-1);
    if (connection?.open) connection.closedBy = 'server';
    this.socket?.close(1001, 'the conformance harness closes the connection');
    this.stopListening();
  }

  async rebuild(): Promise<void> {
    await this.tearDown();
    await this.start();
    this.marks.set('rebuilt', performance.now());
  }

  // ---- running ----

  private async execute(): Promise<SequenceResult> {
    await this.start();
    const steps: StepResult[] = [];
    const connectTimeoutMs = this.options.connectTimeoutMs ?? 10_000;
    if (!(await this.waitForConnection(connectTimeoutMs))) {
      steps.push(result('Connection', performance.now(), `no client connected within ${connectTimeoutMs} ms`));
      return { sequence_name: this.sequence.name, steps, passed: false };
    }
    steps.push(result('Connection', performance.now(), null));
    for (const step of this.sequence.steps) {
      const started = performance.now();
      if (!this.options.clientDriven && step.inject) this.inject(step.inject);
      let actError: string | undefined;
      let acting = true;
      void (step.act?.(this, this.options.timeoutMs) ?? Promise.resolve()).then(
        () => (acting = false),
        (error: unknown) => {
          actError = messageOf(error);
          acting = false;
        },
      );
      let verdict: Verdict;
      for (;;) {
        verdict = actError ? { status: 'fail', reason: actError } : step.check(this.view());
        if (verdict.status === 'fail' || (verdict.status === 'pass' && !acting)) break;
        if (performance.now() - started > this.options.timeoutMs) {
          verdict = {
            status: 'fail',
            reason: `${verdict.status === 'waiting' ? verdict.reason : 'the harness did not finish'} (after ${this.options.timeoutMs} ms; the client should ${step.expects})`,
          };
          break;
        }
        await delay(POLL_MS);
      }
      steps.push(result(step.name, started, verdict.status === 'pass' ? null : verdict.reason));
      if (verdict.status !== 'pass' && step.blocking) break;
    }
    return { sequence_name: this.sequence.name, steps, passed: steps.every((step) => step.passed) };
  }

  private view(): SequenceView {
    return {
      now: performance.now(),
      connections: this.connections,
      outputs: (device) => this.outputsOf(device),
      marks: this.marks,
    };
  }

  private hardware(index: number): SimulatedHardware | undefined {
    return this.engine?.dcm.hardware(CONFORMANCE_DEVICES[index]!.address);
  }

  private async start(): Promise<void> {
    const sides = CONFORMANCE_DEVICES.map(() => new ConformanceDeviceSide());
    const dcm = new SimulatedDcm({ devices: conformanceDeviceSpecs(sides) });
    const server = new ButtplugServer({
      serverName: 'buttplug-conformance',
      maxPingTime: this.sequence.maxPingTime,
      protocols: [conformanceProtocol],
      userConfig: conformanceUserConfig,
      deviceCommunicationManagers: [dcm],
    });
    this.engine = { server, dcm, sides };
    // A rebuild listens on the port the first listener got (port 0 picks one).
    const port = this.port ?? this.options.port;
    const listener = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: false, maxPayload: 1 << 20 });
    await new Promise<void>((resolve, reject) => {
      listener.once('listening', resolve);
      listener.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(`port ${port} on 127.0.0.1 is already in use; pick another with --port`)
            : error,
        ),
      );
    });
    listener.on('error', () => {});
    listener.on('connection', (socket) => this.accept(socket));
    this.listener = listener;
    this.port = (listener.address() as AddressInfo).port;
    this.options.onListening?.(`ws://127.0.0.1:${this.port}`);
  }

  /** The output writes a device received from the engine running now, decoded, with their times. */
  private outputsOf(index: number): TimedOutput[] {
    const hardware = this.hardware(index);
    if (!hardware) return [];
    return hardware.commands.flatMap((command, i) => {
      const decoded = command.type === 'write' ? decodeOutput(command.data) : undefined;
      return decoded ? [{ ...decoded, at: hardware.commandTimes[i]! }] : [];
    });
  }

  private accept(socket: WebSocket): void {
    socket.on('error', () => {});
    if (this.connections.at(-1)?.open || !this.engine) {
      socket.close(1013, 'a conformance sequence already has its client');
      return;
    }
    const connection = new ObservedConnection(performance.now());
    this.connections.push(connection);
    this.socket = socket;
    const session = this.engine.server.connect(
      frameTransport(
        (text) => {
          const parsed = parseFrame(text);
          const messages = 'messages' in parsed ? parsed.messages : [];
          const at = performance.now();
          // Replies to what the harness sent are held back one by one (a frame may carry several messages).
          const hidden = (m: (typeof messages)[number]) => this.injectedIds.has(messageId(m) ?? -1);
          const visible = messages.filter((m) => !hidden(m));
          for (const message of messages) connection.toClient.push({ at, message, delivered: !hidden(message) });
          if (socket.readyState !== socket.OPEN || (messages.length > 0 && visible.length === 0)) return;
          socket.send(visible.length === messages.length ? text : JSON.stringify(visible));
        },
        (reason) => {
          if (connection.open) connection.closedBy ??= 'server';
          socket.close(1000, reason.slice(0, 120));
        },
      ),
    );
    this.session = session;
    socket.on('message', (data, isBinary) => {
      const text = String(data);
      const at = performance.now();
      const parsed = isBinary ? { error: 'a binary frame' } : parseFrame(text);
      if ('messages' in parsed)
        for (const message of parsed.messages) connection.fromClient.push({ at, message, injected: false });
      else connection.badFrames.push({ at, text: text.slice(0, 200), reason: parsed.error });
      session.receive(text);
    });
    socket.on('close', () => {
      connection.closedBy ??= 'client';
      connection.closedAt = performance.now();
      session.close('the client closed the connection');
    });
    for (const wake of this.connectionWaiters.splice(0)) wake();
  }

  private async waitForConnection(timeoutMs: number): Promise<boolean> {
    if (this.connections.length > 0) return true;
    await Promise.race([new Promise<void>((resolve) => this.connectionWaiters.push(resolve)), delay(timeoutMs)]);
    return this.connections.length > 0;
  }

  /** Harness-driven mode: the step's messages go to the engine as if the client sent them; their replies stay here. */
  private inject(messages: readonly WireMessage[]): void {
    const connection = this.connections.at(-1);
    if (!connection?.open || !this.session) return;
    const at = performance.now();
    const withIds = messages.map((message) => {
      const [name, body] = Object.entries(message)[0]!;
      const id = this.nextInjectedId++;
      this.injectedIds.add(id);
      return wireMessage(name, { Id: id, ...body });
    });
    for (const message of withIds) connection.fromClient.push({ at, message, injected: true });
    this.session.receive(frameOf(withIds));
  }

  private stopListening(): void {
    const listener = this.listener;
    this.listener = undefined;
    if (listener) this.listenerClosed = new Promise<void>((resolve) => listener.close(() => resolve()));
  }

  private async tearDown(): Promise<void> {
    const { engine, socket } = this;
    this.engine = undefined;
    this.socket = undefined;
    this.session = undefined;
    this.stopListening();
    socket?.terminate();
    await this.listenerClosed;
    await engine?.server.shutdown();
  }
}

const result = (name: string, started: number, error: string | null): StepResult => ({
  step_name: name,
  passed: error === null,
  error,
  duration_ms: Math.max(0, Math.round(performance.now() - started)),
});

/**
 * The embedding API: a Buttplug server engine as one XState actor system. Create as many as you like
 * in one process; each has its own device manager, devices and sessions.
 *
 *   const server = new ButtplugServer({ deviceCommunicationManagers: [new SimulatedDcm(...)] });
 *   const session = server.connect({ send: (messages) => ..., close: (reason) => ... });
 *   session.receive('[{"RequestServerInfo":{"Id":1,"ClientName":"app","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]');
 */
import {
  createActor,
  type Actor,
  type ActorRefFrom,
  type AnyActorRef,
  type InspectionEvent,
  type Observer,
} from 'xstate';
import type { DeviceCommunicationManager } from '../../hardware/deviceCommunicationManager.js';
import { codecFor as defaultCodecFor } from '../../protocols/buttplug/codecs.js';
import { encodeFrame, type TaggedMessage } from '../../protocols/buttplug/frame.js';
import { defaultFrameLimits, type FrameLimits } from '../../protocols/buttplug/frameLimits.js';
import type { DeviceInfo, MessageV4 } from '../../protocols/buttplug/messages.js';
import type { SessionCodec } from '../../protocols/buttplug/sessionCodec.js';
import { createDeviceConfig, type DeviceConfig, type UserConfig } from '../../protocols/config/deviceConfig.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { builtinProtocols, protocolsByName } from '../../protocols/devices/index.js';
import { defaultDeviceTimeouts, type DeviceTimeouts } from '../../machines/device/deviceTypes.js';
import { deviceManagerMachine, type DeviceManagerContext } from '../../machines/deviceManagerMachine.js';
import { deviceGroupMachine } from '../../machines/deviceGroupMachine.js';
import { serverMachine } from '../../machines/serverMachine.js';
import type { SessionTransport } from '../../machines/sessionMachine.js';
import { liveDcmMachine } from './dcmActors.js';
import { liveDeviceMachine } from './deviceActors.js';
import { ClientConnection, type ConnectionEngine, type ServerSession } from './clientConnection.js';
import { failureFields, guardedLogger, silentLogger, type Logger } from '../../protocols/core/logger.js';
import { liveHardware } from '../../hardware/liveHardware.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import type { DeviceIndexStore } from './deviceIndexFile.js';
import { EngineFailure } from './engineFailure.js';
import { EngineEventEmitter, watchDevices, type ButtplugServerEvents, type DeviceWatch } from './engineEvents.js';
import { SafetyMonitor } from './safetyMonitor.js';
import { asClock } from '../../protocols/core/clock.js';

export type { ButtplugServerEvents, EngineDevice, OutputObservation } from './engineEvents.js';

export interface ButtplugServerOptions {
  /** Reported in ServerInfo. */
  readonly serverName?: string;
  /** Ping watchdog in ms; 0 (default) turns it off. */
  readonly maxPingTime?: number;
  /** A connection that does not handshake within this is closed (default 10 s). */
  readonly handshakeTimeoutMs?: number;
  /** Where devices are found: simulated, Bluetooth LE, serial... */
  readonly deviceCommunicationManagers?: readonly DeviceCommunicationManager[];
  /** Device protocol implementations (default: every built-in one). */
  readonly protocols?: readonly AnyDeviceProtocol[];
  /** The device database (default: the one the protocols declare) ... */
  readonly deviceConfig?: DeviceConfig;
  /** ... and the user's settings on top of it. */
  readonly userConfig?: UserConfig;
  readonly deviceTimeouts?: Partial<DeviceTimeouts>;
  readonly logger?: Logger;
  /** Observes every actor of this engine (sessions, ping timers, device manager, DCMs, devices): plug a visualizer here. */
  readonly inspect?: Observer<InspectionEvent> | ((event: InspectionEvent) => void);
  /**
   * A live view of the whole engine, such as the state-visualizer page (`InspectorServer`) or a flight
   * recorder: it sees every actor and may act on the engine as a client would.
   */
  readonly inspector?: EngineInspector;
  /**
   * The clock every timer of the engine runs on (ping timeouts, message gaps, keepalives, device
   * reconnect backoffs, shutdown deadlines, the deadlines around hardware calls, timed motion writes,
   * protocol delays, the safety monitor): xstate's `SimulatedClock`, or `TestClock` from
   * `buttplug-actors/testing`, makes them fire when a test says so. Default: real time.
   */
  readonly clock?: {
    setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
    clearTimeout(id: unknown): void;
    /** The clock's time in ms, when it has one: the safety monitor stamps events with it. */
    now?(): number;
  };
  /** Spec versions the server speaks, by version (default: all implemented). */
  readonly codecFor?: (version: number) => SessionCodec | undefined;
  /** Bounds on every client frame (nesting, messages, string and array lengths); see `frameLimits.ts`. */
  readonly frameLimits?: Partial<FrameLimits>;
  /** A device communication manager that fails is restarted after this (default 1 s), doubling up to 30 s. */
  readonly dcmRestartDelayMs?: number;
  /**
   * Checks the safety rules live (stops reach zero within 1 s, nothing restarts after a stop, values
   * stay in the user's range): a violation is logged at error level and counted in `safetyViolations`.
   */
  readonly safetyMonitor?: boolean;
  /** Told about each device seen for the first time, with its index (e.g. `new DeviceIndexFile('user.json')`). */
  readonly deviceIndexStore?: DeviceIndexStore;
}

/** Something that watches engines: each engine attaches itself once, before its actors start. */
export interface EngineInspector {
  /** Returns where this engine's inspection events go. */
  attach(server: ButtplugServer): (event: InspectionEvent) => void;
}

export type { ServerSession } from './clientConnection.js';

/** A transport that wants text frames: serializes what the session sends (methods, not closures: one small object per session). */
class FrameTransport implements SessionTransport {
  constructor(
    private readonly sendFrame: (text: string) => void,
    private readonly closeConnection: (reason: string) => void,
  ) {}

  send(messages: readonly TaggedMessage[]): void {
    // What the engine says at once (the replies to one frame, errors included) goes out as one frame.
    if (messages.length > 0) this.sendFrame(encodeFrame(messages));
  }

  close(reason: string): void {
    this.closeConnection(reason);
  }
}

/** A transport that wants text frames: serializes what the session sends. */
export const frameTransport = (sendFrame: (text: string) => void, close: (reason: string) => void): SessionTransport =>
  new FrameTransport(sendFrame, close);

const databases = new WeakMap<readonly AnyDeviceProtocol[], DeviceConfig>();

/** The device database the protocols declare, with the user's settings: shared by every engine that has none. */
const deviceConfigOf = (protocols: readonly AnyDeviceProtocol[], userConfig: UserConfig | undefined): DeviceConfig => {
  if (userConfig)
    return createDeviceConfig(
      protocols.map((p) => p.config),
      userConfig,
    );
  let database = databases.get(protocols);
  if (!database) databases.set(protocols, (database = createDeviceConfig(protocols.map((p) => p.config))));
  return database;
};

const liveServerMachine = serverMachine.provide({
  actors: {
    deviceManager: deviceManagerMachine.provide({
      actors: {
        deviceGroup: deviceGroupMachine.provide({ actors: { device: liveDeviceMachine } }),
        dcm: liveDcmMachine,
      },
      actions: {
        // The end of this turn of the event loop, not a timer: a test clock standing still must not hold it.
        scheduleAnnouncement: ({ self }) => {
          setImmediate(() => {
            if (self.getSnapshot().status === 'active') self.send({ type: 'deviceList.announce' });
          });
        },
      },
    }),
  },
});

/** The host's observer and the inspector's, as one. */
const inspectionObserver = (
  inspect: ButtplugServerOptions['inspect'],
  inspector: ((event: InspectionEvent) => void) | undefined,
): ButtplugServerOptions['inspect'] => {
  if (!inspector) return inspect;
  if (!inspect) return inspector;
  const host = typeof inspect === 'function' ? inspect : (event: InspectionEvent) => inspect.next?.(event);
  return (event) => {
    host(event);
    inspector(event);
  };
};

let serverCounter = 0;

/** The host's observer and the safety monitor, both fed every inspection event. */
const inspectWith = (
  host: ButtplugServerOptions['inspect'],
  monitor: SafetyMonitor | undefined,
): ((event: InspectionEvent) => void) | undefined => {
  if (!host && !monitor) return undefined;
  const hostFn = typeof host === 'function' ? host : host?.next?.bind(host);
  return (event) => {
    monitor?.inspect(event);
    hostFn?.(event);
  };
};

/** What a client hears when the engine fails under it (Error looks the same in every spec version). */
const failureNotice = (failure: EngineFailure): MessageV4<'Error'> => ({
  type: 'Error',
  Id: 0,
  ErrorCode: ErrorCode.Unknown,
  ErrorMessage: failure.message,
});

/** Also an event emitter: see `ButtplugServerEvents` for what it reports. */
export class ButtplugServer extends EngineEventEmitter {
  readonly actor: Actor<typeof liveServerMachine>;
  /**
   * Settles when the engine has stopped: resolves after `shutdown()`, rejects with an `EngineFailure`
   * when a failure could not be contained (every device was stopped first). Awaiting it is optional.
   */
  readonly stopped: Promise<void>;
  private sessionCounter = 0;
  private readonly logger: Logger;
  private readonly frameLimits: FrameLimits;
  private failure: EngineFailure | undefined;
  private readonly failureListeners = new Set<(failure: EngineFailure) => void>();
  /** Connections of open sessions: told and closed from here if the actor system itself fails. */
  private readonly openTransports = new Set<SessionTransport>();
  private readonly monitor: SafetyMonitor | undefined;
  private readonly deviceIndexStore: DeviceIndexStore | undefined;
  private readonly deviceWatch: DeviceWatch;
  /** What every connection of this engine shares (clientConnection.ts). */
  private readonly connections: ConnectionEngine;

  constructor(options: ButtplugServerOptions = {}) {
    super();
    const protocols = options.protocols ?? builtinProtocols;
    this.frameLimits = { ...defaultFrameLimits, ...options.frameLimits };
    this.logger = guardedLogger(options.logger ?? silentLogger).child({ server: ++serverCounter });
    const deviceConfig = options.deviceConfig ?? deviceConfigOf(protocols, options.userConfig);
    const clock = asClock(options.clock);
    this.monitor = options.safetyMonitor
      ? new SafetyMonitor(this.logger.child({ monitor: 'safety' }), clock)
      : undefined;
    this.connections = {
      logger: this.logger,
      monitor: this.monitor,
      frameLimits: this.frameLimits,
      openTransports: this.openTransports,
      session: (id) => this.sessionActor(id),
      connected: (sessionId) => {
        const context = this.sessionActor(sessionId)?.getSnapshot().context as { clientName?: string } | undefined;
        this.emit('clientconnected', { sessionId, clientName: context?.clientName ?? '' });
      },
      disconnected: (sessionId, reason) => this.emit('clientdisconnected', { sessionId, reason }),
    };
    const inspect = inspectWith(inspectionObserver(options.inspect, options.inspector?.attach(this)), this.monitor);
    this.actor = createActor(liveServerMachine, {
      input: {
        deviceManager: {
          config: deviceConfig,
          protocols: protocolsByName(protocols),
          dcms: options.deviceCommunicationManagers ?? [],
          deviceTimeouts: { ...defaultDeviceTimeouts, ...options.deviceTimeouts },
          shutdownTimeoutMs: 1_500,
          logger: this.logger,
          liveHardware,
          dcmRestartDelayMs: options.dcmRestartDelayMs ?? 1_000,
          dcmRestartMaxDelayMs: 30_000,
        },
        session: {
          serverName: options.serverName ?? 'Buttplug Actors',
          maxPingTime: options.maxPingTime ?? 0,
          handshakeTimeoutMs: options.handshakeTimeoutMs ?? 10_000,
          cleanupTimeoutMs: 1_000,
        },
        codecFor: options.codecFor ?? defaultCodecFor,
        shutdownTimeoutMs: 1_800,
        logger: this.logger,
        liveHardware,
      },
      ...(inspect ? { inspect } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    this.stopped = new Promise((resolve, reject) => {
      this.actor.subscribe({
        complete: () => {
          const failure = this.actor.getSnapshot().output?.failure;
          if (!failure) return resolve();
          // The root contained it as far as it could (devices stopped, clients told): report it.
          reject(this.fail(new EngineFailure(failure.actor, failure.error)));
        },
        error: (error: unknown) => {
          // The root itself failed: nothing in the actor system can be trusted to stop anything.
          this.logger.error({ actor: 'server', ...failureFields(error) }, 'the engine failed: emergency stop');
          reject(this.fail(new EngineFailure('server', error)));
        },
      });
    });
    // A host need not await it: a failure is also reported to `onFailure` listeners.
    this.stopped.catch(() => {});
    void this.stopped.catch(() => {}).finally(() => this.monitor?.stop());
    this.actor.start();
    this.deviceIndexStore = options.deviceIndexStore;
    const store = options.deviceIndexStore;
    if (store) {
      const manager = this.actor.system.get('deviceManager') as ActorRefFrom<typeof deviceManagerMachine> | undefined;
      manager?.on('device.remembered', (event) => store.remember(event.device));
    }
    this.deviceWatch = watchDevices(
      this.actor.getSnapshot().children.deviceManager as AnyActorRef,
      (deviceId) => this.actor.system.get(deviceId) as AnyActorRef | undefined,
      (event, ...args) => (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args),
    );
    // Also after a failure (`stopped` rejects then).
    void this.stopped
      .catch(() => {})
      .then(() => {
        this.deviceWatch.stop();
        this.emit('stopped');
      });
  }

  /** The session actor with this id while it runs: a child of the root (serverMachine.ts). */
  private sessionActor(id: string): AnyActorRef | undefined {
    return (this.actor.getSnapshot().children as Record<string, AnyActorRef | undefined>)[id];
  }

  /** Device outputs are followed only while somebody listens for them (each device costs a subscription). */
  protected override listenersChanged(event: keyof ButtplugServerEvents): void {
    if (event === 'deviceoutput') this.deviceWatch.followOutputs(this.listenerCount('deviceoutput') > 0);
  }

  /** Safety rule violations the live monitor found (always 0 without `safetyMonitor`). */
  get safetyViolations(): number {
    // Checked now, not only on the monitor's next round: a test on a simulated clock reads it at once.
    this.monitor?.check();
    return this.monitor?.violations ?? 0;
  }

  /** Set once the engine has failed beyond containment. */
  get failed(): EngineFailure | undefined {
    return this.failure;
  }

  /**
   * Hears about a failure the engine could not contain (its device manager or root failed): every
   * device was stopped, every client told and closed, and the engine takes no more sessions. A
   * command line exits here; an app may create a new engine. Returns the function that stops listening.
   */
  onFailure(listener: (failure: EngineFailure) => void): () => void {
    if (this.failure) queueMicrotask(() => listener(this.failure!));
    else this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  private fail(failure: EngineFailure): EngineFailure {
    if (this.failure) return this.failure;
    this.failure = failure;
    // Not through the actors (they may be what failed): straight to the hardware.
    void liveHardware.stopScope(this.actor.system);
    const notice = failureNotice(failure);
    for (const transport of [...this.openTransports]) {
      transport.send([notice]);
      transport.close('the engine failed');
    }
    for (const listener of [...this.failureListeners]) {
      try {
        listener(failure);
      } catch (error) {
        this.logger.error(failureFields(error), 'an engine failure listener threw');
      }
    }
    this.failureListeners.clear();
    return failure;
  }

  /** Opens a session for a new client connection. */
  connect(transport: SessionTransport): ServerSession {
    const connection = new ClientConnection(`session-${++this.sessionCounter}`, transport, this.connections);
    // A stopped (or failed) engine takes no session: say so rather than leave the connection hanging.
    if (this.actor.getSnapshot().status === 'active')
      this.actor.send({ type: 'session.open', sessionId: connection.id, transport: connection });
    else {
      if (this.failure) connection.send([failureNotice(this.failure)]);
      connection.close(this.failure ? 'the engine failed' : 'the engine has stopped');
    }
    return connection.hostSide;
  }

  /** The devices connected now, as DeviceList reports them. */
  get devices(): DeviceInfo[] {
    const manager = this.actor.getSnapshot().children.deviceManager;
    const context = manager?.getSnapshot().context as DeviceManagerContext | undefined;
    return context ? [...context.table.values()].map((entry) => entry.info) : [];
  }

  /**
   * Applies reloaded device settings (e.g. `loadDeviceConfiguration` again after the user's file
   * changed) to the devices already connected: newly denied devices stop and leave, changed names
   * and limits apply at once (outputs stop first), and sessions get a new DeviceList.
   */
  reloadDeviceConfig(deviceConfig: DeviceConfig): void {
    (this.actor.getSnapshot().children.deviceManager as AnyActorRef | undefined)?.send({
      type: 'config.reload',
      config: deviceConfig,
    });
  }

  /**
   * Stops every device, closes every session, disconnects every device. Resolves within ~2 s (a
   * device that stops answering adds its emergency stop's timeout), also when the engine had already
   * stopped or failed (`stopped` and `onFailure` tell a failure).
   */
  async shutdown(): Promise<void> {
    if (this.actor.getSnapshot().status === 'active') this.actor.send({ type: 'shutdown' });
    await this.stopped.catch(() => {});
    this.actor.stop();
    await this.deviceIndexStore?.flush();
    // Hardware that did not close in time (it stopped answering) was stopped from the registry: wait for that too.
    await liveHardware.stopScope(this.actor.system);
    await liveHardware.idle();
  }
}

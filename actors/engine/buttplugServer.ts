/**
 * The embedding API: a Buttplug server engine as one XState actor system. Create as many as you like
 * in one process; each has its own device manager, devices and sessions.
 *
 *   const server = new ButtplugServer({ deviceCommunicationManagers: [new SimulatedDcm(...)] });
 *   const session = server.connect({ send: (messages) => ..., close: (reason) => ... });
 *   session.receive('[{"RequestServerInfo":{"Id":1,"ClientName":"app","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]');
 */
import { EventEmitter } from 'eventemitter3';
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
import type { DeviceInfo } from '../../protocols/buttplug/messages.js';
import type { SessionCodec } from '../../protocols/buttplug/sessionCodec.js';
import { createDeviceConfig, type DeviceConfig, type UserConfig } from '../../protocols/config/deviceConfig.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { builtinProtocols, protocolsByName } from '../../protocols/devices/index.js';
import { defaultDeviceTimeouts, type DeviceTimeouts } from '../../machines/device/deviceTypes.js';
import { deviceManagerMachine, type DeviceManagerContext } from '../../machines/deviceManagerMachine.js';
import { serverMachine } from '../../machines/serverMachine.js';
import type { SessionTransport } from '../../machines/sessionMachine.js';
import { liveDcmMachine } from './dcmActors.js';
import { liveDeviceMachine } from './deviceActors.js';
import { tickOutbox } from './tickOutbox.js';
import type { DeviceIndexStore } from './deviceIndexFile.js';
import { framePreview, silentLogger, type Logger } from '../../protocols/core/logger.js';
import { watchDevices, type ButtplugServerEvents } from './engineEvents.js';

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
  /** Spec versions the server speaks, by version (default: all implemented). */
  readonly codecFor?: (version: number) => SessionCodec | undefined;
  /** Told about each device seen for the first time, with its index (e.g. `new DeviceIndexFile('user.json')`). */
  readonly deviceIndexStore?: DeviceIndexStore;
}

/** Something that watches engines: each engine attaches itself once, before its actors start. */
export interface EngineInspector {
  /** Returns where this engine's inspection events go. */
  attach(server: ButtplugServer): (event: InspectionEvent) => void;
}

/** One client's session as the host sees it: feed it what the client sent, or tell it the client left. */
export interface ServerSession {
  readonly id: string;
  /** A text frame, or an already-parsed frame (an array of `{"Name": {...}}` messages). */
  receive(frame: string | readonly unknown[]): void;
  /** The client's connection is gone: every device stops. */
  close(reason?: string): void;
}

/** A transport that wants text frames: serializes what the session sends. */
export const frameTransport = (
  sendFrame: (text: string) => void,
  close: (reason: string) => void,
): SessionTransport => ({
  send: (messages: readonly TaggedMessage[]) => {
    // What the engine says at once (the replies to one frame, errors included) goes out as one frame.
    if (messages.length > 0) sendFrame(encodeFrame(messages));
  },
  close,
});

const liveServerMachine = serverMachine.provide({
  actors: {
    deviceManager: deviceManagerMachine.provide({
      actors: { device: liveDeviceMachine, dcm: liveDcmMachine },
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

/** Also an event emitter: see `ButtplugServerEvents` for what it reports. */
export class ButtplugServer extends EventEmitter<ButtplugServerEvents> {
  readonly actor: Actor<typeof liveServerMachine>;
  private sessionCounter = 0;
  private readonly logger: Logger;
  private readonly stopped: Promise<void>;
  private readonly deviceIndexStore: DeviceIndexStore | undefined;

  constructor(options: ButtplugServerOptions = {}) {
    super();
    const protocols = options.protocols ?? builtinProtocols;
    this.logger = (options.logger ?? silentLogger).child({ server: ++serverCounter });
    const deviceConfig =
      options.deviceConfig ??
      createDeviceConfig(
        protocols.map((p) => p.config),
        options.userConfig,
      );
    const inspect = inspectionObserver(options.inspect, options.inspector?.attach(this));
    this.actor = createActor(liveServerMachine, {
      input: {
        deviceManager: {
          config: deviceConfig,
          protocols: protocolsByName(protocols),
          dcms: options.deviceCommunicationManagers ?? [],
          deviceTimeouts: { ...defaultDeviceTimeouts, ...options.deviceTimeouts },
          shutdownTimeoutMs: 1_500,
          logger: this.logger,
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
      },
      ...(inspect ? { inspect } : {}),
    });
    this.stopped = new Promise((resolve) => {
      this.actor.subscribe({ complete: () => resolve(), error: () => resolve() });
    });
    this.actor.start();
    this.deviceIndexStore = options.deviceIndexStore;
    const store = options.deviceIndexStore;
    if (store) {
      const manager = this.actor.system.get('deviceManager') as ActorRefFrom<typeof deviceManagerMachine> | undefined;
      manager?.on('device.remembered', (event) => store.remember(event.device));
    }
    const stopWatching = watchDevices(
      this.actor.getSnapshot().children.deviceManager as AnyActorRef,
      (deviceId) => this.actor.system.get(deviceId) as AnyActorRef | undefined,
      (event, ...args) => (this.emit as (event: string, ...args: unknown[]) => boolean)(event, ...args),
    );
    void this.stopped.then(() => {
      stopWatching();
      this.emit('stopped');
    });
  }

  /** Opens a session for a new client connection. */
  connect(transport: SessionTransport): ServerSession {
    const id = `session-${++this.sessionCounter}`;
    let open = true;
    // `--log trace`: every frame in and out, with the session it belongs to.
    const log = this.logger.child({ session: id });
    const tracing = this.logger.isLevelEnabled?.('trace') ?? true;
    let handshaken = false;
    const ended = (reason: string) => {
      if (!handshaken) return;
      handshaken = false;
      this.emit('clientdisconnected', { sessionId: id, reason });
    };
    // What the session says in one turn of the event loop reaches the transport in one send (one frame).
    const outbox = tickOutbox((messages) => {
      if (!open) return;
      if (tracing) log.trace({ direction: 'out', frame: framePreview(encodeFrame(messages)) }, 'frame to client');
      transport.send(messages);
      if (!handshaken && messages.some((message) => message.type === 'ServerInfo')) {
        handshaken = true;
        // The session has stored the client's name by the end of this step.
        queueMicrotask(() => {
          const context = this.actor.system.get(id)?.getSnapshot().context as { clientName?: string } | undefined;
          this.emit('clientconnected', { sessionId: id, clientName: context?.clientName ?? '' });
        });
      }
    });
    // Once closed, the transport must hear nothing more (the socket may already be gone).
    const guarded: SessionTransport = {
      send: (messages) => {
        if (open) outbox.send(messages);
      },
      close: (reason) => {
        if (!open) return;
        outbox.flush();
        open = false;
        transport.close(reason);
        ended(reason);
      },
    };
    // A stopped engine takes no session: say so rather than leave the connection hanging.
    if (this.actor.getSnapshot().status === 'active')
      this.actor.send({ type: 'session.open', sessionId: id, transport: guarded });
    else guarded.close('the engine has stopped');
    const session = () => this.actor.system.get(id);
    return {
      id,
      receive: (frame) => {
        if (!open) return;
        if (tracing) {
          const text = typeof frame === 'string' ? frame : JSON.stringify(frame);
          log.trace({ direction: 'in', frame: framePreview(text) }, 'frame from client');
        }
        session()?.send({ type: 'frame', frame });
      },
      close: (reason) => {
        if (!open) return;
        open = false;
        session()?.send({ type: 'transport.closed', ...(reason ? { reason } : {}) });
        ended(reason ?? 'the client left');
      },
    };
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

  /** Stops every device, closes every session, disconnects every device. Resolves within ~2 s. */
  async shutdown(): Promise<void> {
    if (this.actor.getSnapshot().status === 'active') this.actor.send({ type: 'shutdown' });
    await this.stopped;
    this.actor.stop();
    await this.deviceIndexStore?.flush();
  }
}

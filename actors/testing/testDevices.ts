/**
 * The devices of a test engine: simulated devices given by a database name (`LVS-Edge`) or by a list
 * of features, each with a timestamped log of what the engine wrote, the output values decoded from
 * those writes over time, notifications the test pushes, and faults it injects on the test clock.
 *
 * Devices given by features speak the conformance harness's small protocol (every output type and
 * input type, exact values both ways: actors/conformance/client/conformanceDevices.ts), under a
 * protocol name of their own, so any feature set a generator makes can be driven and read back.
 */
import { ConformanceDeviceSide, conformanceProtocol, decodeOutput } from '../conformance/client/conformanceDevices.js';
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { FeatureDefinition, ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import type { DeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import type { SimulatedDeviceSpec } from '../../hardware/simulated/simulatedDcm.js';
import {
  withAnswersOf,
  type DeviceSimulator,
  type SimulatedHardware,
} from '../../hardware/simulated/simulatedHardware.js';
import { simulatorFor } from '../../hardware/simulated/deviceSimulators.js';
import { resolveSimulatedName } from '../../hardware/simulated/simulatedModels.js';
import { createDeviceConfig, type DeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs, builtinProtocols, protocolsByName } from '../../protocols/devices/index.js';
import type { WriteDecoder } from '../../hardware/simulated/writeTimeline.js';
import type { ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import type { OutputDecoder } from '../../protocols/devices/shared/outputDecoder.js';
import { outputDecoderFor } from '../../protocols/devices/outputDecoders.js';

/**
 * What the engine made of a connection: its protocol, the device it identified (once it did) and
 * the protocol state it holds for it (after the handshake: a session key, a device type).
 */
export type ConnectionResolver = (
  hardware: SimulatedHardware,
) => { readonly protocol: AnyDeviceProtocol; readonly device: ProtocolDevice; readonly state: unknown } | undefined;
import type { TestClock } from './testClock.js';

/** The protocol name devices given by features are configured under (user configs key them by it). */
export const TEST_DEVICE_PROTOCOL = 'test-device';
const SERVICE = '0000c1f0-0000-1000-8000-00805f9b34fb';

/**
 * A device by its advertised name (`'LVS-Edge'`) or product name (`'Satisfyer Hot Spot'`, any case
 * and spacing), or by name and features.
 */
export type TestDeviceSpec =
  | string
  | {
      readonly name: string;
      /**
       * The product a named device is, where its advertised name does not tell (every Hismith
       * advertises `HISMITH`; `{ name: 'HISMITH', model: 'Hismith Capsule' }`): its simulator answers
       * the protocol's questions as that model.
       */
      readonly model?: string;
      /** The device's features; without them, the name is looked up in the device database. */
      readonly features?: readonly FeatureDefinition[];
      readonly address?: string;
      /** The gap the device needs between writes (feature-list devices; default 0). */
      readonly messageGapMs?: number;
      /** The device's link can come back after a drop (the engine keeps it while it reconnects). */
      readonly canReconnect?: boolean;
    };

/** One write the engine made, on the test clock. */
export interface WriteRecord {
  readonly at: number;
  readonly endpoint: Endpoint;
  readonly data: Uint8Array;
}

/** A write to a named device that its decoder could not read as output values, and why. */
export interface UndecodedRecord extends WriteRecord {
  readonly reason: string;
}

/** An output reaching a value, decoded from a write (hardware units, as the protocol encodes them). */
export interface OutputChange {
  readonly at: number;
  readonly feature: number;
  readonly type: OutputType;
  readonly value: number;
}

const featureDecoder: WriteDecoder = (data) => {
  const decoded = decodeOutput(data);
  return decoded ? [{ feature: decoded.featureIndex, type: decoded.type, value: decoded.value }] : [];
};

/** A protocol whose models are exactly these feature-list devices, matched by advertised name. */
export const featureListProtocol = (
  devices: readonly {
    readonly name: string;
    readonly features: readonly FeatureDefinition[];
    readonly messageGapMs?: number;
  }[],
): DeviceProtocol<null> => {
  const config: ProtocolConfig = {
    name: TEST_DEVICE_PROTOCOL,
    communication: [
      {
        transport: 'btle',
        names: devices.map((device) => device.name),
        services: {
          [SERVICE]: { tx: '0000c1f1-0000-1000-8000-00805f9b34fb', rx: '0000c1f2-0000-1000-8000-00805f9b34fb' },
        },
      },
    ],
    defaults: { id: 'test-device-defaults', name: 'Test Device', identifiers: [], features: [] },
    configurations: devices.map((device, i) => ({
      id: `test-device-${i}`,
      name: device.name,
      identifiers: [device.name],
      features: device.features,
      ...(device.messageGapMs !== undefined ? { messageGapMs: device.messageGapMs } : {}),
    })),
  };
  return { ...conformanceProtocol, name: TEST_DEVICE_PROTOCOL, config };
};

let addressCounter = 0;

let builtin: DeviceConfig | undefined;

/**
 * What a named device advertises, and the product it stands for: a product name becomes its
 * advertised name (`Satisfyer Hot Spot` -> `SF HotSpot`) and stays the product; an advertised name
 * stays as it is.
 */
const advertisedAs = (name: string, model: string | undefined): { name: string; product: string | undefined } => {
  builtin ??= createDeviceConfig(builtinProtocolConfigs());
  const advertised = resolveSimulatedName(builtin, protocolsByName(builtinProtocols), name) ?? name;
  return { name: advertised, product: model ?? (advertised === name ? undefined : name) };
};

/** A simulated device as a test sees it: what it received, what it holds, and what can go wrong with it. */
export class TestDevice {
  /** The name the test gave it (an advertised name, a product name, or a feature-list device's). */
  readonly name: string;
  /** What it advertises (`SF HotSpot` for the `Satisfyer Hot Spot` a test asked for). */
  readonly advertisedName: string;
  readonly address: string;
  /** Every write the engine made to it, in order, on the test clock (across reconnects). */
  readonly writes: WriteRecord[] = [];
  /**
   * Every output change decoded from those writes. Named devices are decoded by their protocol's
   * decoder once the engine identified them (protocols/devices/outputDecoders.ts: Lovense and the
   * simulated archetypes by decoders of their own, every other protocol by inverting its encoder).
   */
  readonly outputs: OutputChange[] = [];
  /**
   * The named device's writes its decoder could not read as output values (an init packet, a
   * sensor read, a protocol whose state the decoder cannot follow), with the reason: never guessed.
   */
  readonly undecoded: UndecodedRecord[] = [];
  /** The live connection, once the engine connected (a new one after each reconnect). */
  hardware: SimulatedHardware | undefined;

  private readonly decode: WriteDecoder | undefined;
  /** The named device's decoder for the current connection (made once the engine identified it). */
  private connectionDecoder: OutputDecoder | undefined;
  private readonly side: ConformanceDeviceSide | undefined;
  private readonly inner: DeviceSimulator | undefined;
  private writeDelayMs = 0;
  private handshakeDelayMs = 0;
  private droppingNotifications = false;
  /** Successful writes to let through before the armed failure (undefined: none armed). */
  private failAfter: { writes: number; message: string } | undefined;

  constructor(
    spec: Exclude<TestDeviceSpec, string> & { readonly address: string },
    private readonly clock: TestClock,
    private readonly writeGate?: (device: string) => Promise<void>,
    private readonly resolveConnection?: ConnectionResolver,
  ) {
    this.name = spec.name;
    this.address = spec.address;
    if (spec.features) {
      this.advertisedName = spec.name;
      this.side = new ConformanceDeviceSide();
      this.inner = this.side.simulator;
      this.decode = featureDecoder;
    } else {
      const advertised = spec.name.startsWith('simulated-')
        ? { name: spec.name, product: undefined }
        : advertisedAs(spec.name, spec.model);
      this.advertisedName = advertised.name;
      this.inner = simulatorFor(advertised.name, advertised.product);
      this.decode = undefined;
    }
  }

  static address(spec: TestDeviceSpec): string {
    return typeof spec !== 'string' && spec.address
      ? spec.address
      : `TEST-${(++addressCounter).toString().padStart(4, '0')}`;
  }

  /** How the simulated device manager should offer this device. */
  simulatedSpec(spec: Exclude<TestDeviceSpec, string>): SimulatedDeviceSpec {
    const simulator: DeviceSimulator = withAnswersOf((write, hardware) => {
      const at = this.clock.now();
      this.writes.push({ at, endpoint: write.endpoint, data: Uint8Array.from(write.data) });
      for (const change of this.decode?.(write.data) ?? this.decodeNamed(write, hardware))
        this.outputs.push({ at, ...change });
      if (this.failAfter && --this.failAfter.writes <= 0) {
        hardware.failWrites(1, this.failAfter.message);
        this.failAfter = undefined;
      }
      this.inner?.(write, hardware);
    }, this.inner);
    return {
      name: this.advertisedName,
      ...(this.inner?.manufacturerData ? { manufacturerData: this.inner.manufacturerData } : {}),
      address: this.address,
      simulator,
      // The v5 simulated archetypes are found on a transport of their own.
      ...(spec.features === undefined && spec.name.startsWith('simulated-') ? { transport: 'simulated' as const } : {}),
      ...(spec.canReconnect ? { canReconnect: true } : {}),
      connectDelay: async () => {
        if (this.handshakeDelayMs > 0) await this.clock.sleep(this.handshakeDelayMs);
      },
    };
  }

  /** A named device's write, through its protocol's decoder once the engine says what the device is. */
  private decodeNamed(write: { endpoint: Endpoint; data: Uint8Array }, hardware: SimulatedHardware) {
    this.identified(hardware);
    return this.connectionDecoder?.(write) ?? [];
  }

  /**
   * Makes the decoder for this connection once the engine identified the device (the test engine
   * calls this as the engine adds a device, so the decoder starts from the state the handshake left).
   */
  identified(hardware = this.hardware): void {
    if (this.connectionDecoder || !hardware || this.side) return;
    const found = this.resolveConnection?.(hardware);
    if (found)
      this.connectionDecoder = outputDecoderFor(found.protocol)(
        found.device,
        (undecoded) => this.undecoded.push({ at: this.clock.now(), ...undecoded }),
        found.state,
      );
  }

  /** Called by the test engine for each connection the engine opens to this device. */
  attach(hardware: SimulatedHardware): void {
    this.hardware = hardware;
    this.connectionDecoder = undefined;
    hardware.dropNotifications = this.droppingNotifications;
    hardware.writeDelay = async () => {
      if (this.writeDelayMs > 0) await this.clock.sleep(this.writeDelayMs);
      if (this.writeGate) await this.writeGate(this.name);
    };
  }

  get connected(): boolean {
    return this.hardware?.connected === true;
  }

  /** Whether the test slowed this device down (slow writes, a slow handshake): its waits are the test's. */
  get slowed(): boolean {
    return this.writeDelayMs > 0 || this.handshakeDelayMs > 0;
  }

  /** Connected but not yet listed by the engine (`listed`): the engine and the device are mid-handshake. */
  inHandshake(listed: boolean): boolean {
    return this.connected && !listed;
  }

  /** The value an output holds now (0 before anything was written), from the decoded writes. */
  valueOf(feature: number, type?: OutputType): number {
    return this.valueAt(this.clock.now(), feature, type);
  }

  /** The value an output held at time `at` on the test clock. */
  valueAt(at: number, feature: number, type?: OutputType): number {
    let value = 0;
    for (const change of this.outputs)
      if (change.at <= at && change.feature === feature && (type === undefined || change.type === type))
        value = change.value;
    return value;
  }

  /** Whether any output is non-zero now (positions aside: a position is where it is, not running). */
  get running(): boolean {
    const last = new Map<string, number>();
    for (const change of this.outputs)
      if (change.type !== 'Position' && change.type !== 'HwPositionWithDuration')
        last.set(`${change.feature}/${change.type}`, change.value);
    return [...last.values()].some((value) => value !== 0);
  }

  /** When the device started and stopped running, for the `stoppedWithin` oracle. */
  runningTimeline(): { at: number; running: boolean }[] {
    const last = new Map<string, number>();
    const changes: { at: number; running: boolean }[] = [];
    for (const change of this.outputs) {
      if (change.type === 'Position' || change.type === 'HwPositionWithDuration') continue;
      last.set(`${change.feature}/${change.type}`, change.value);
      const running = [...last.values()].some((value) => value !== 0);
      if (changes.at(-1)?.running !== running) changes.push({ at: change.at, running });
    }
    return changes;
  }

  // ---- the device's own side ----

  /**
   * A sensor reading the device pushes (feature-list devices): delivered only when the engine
   * subscribed to that feature, as real hardware does. False when it was not delivered.
   */
  notify(feature: number, value: number): boolean {
    if (!this.side || !this.hardware) return false;
    return this.side.notify(this.hardware, feature, value);
  }

  /** Raw bytes on an endpoint, for named devices (`notifyRaw('rx', 'Battery:85;')` style answers). */
  notifyRaw(endpoint: Endpoint, data: Uint8Array | readonly number[] | string): boolean {
    return this.hardware?.notify(endpoint, data) ?? false;
  }

  // ---- faults ----

  /** The device goes away (out of range, battery empty). */
  disconnect(reason = 'test: the device went away'): void {
    this.hardware?.drop(reason);
  }

  /** Each write takes `ms` on the test clock before it lands (0: at once). */
  delayWrites(ms: number): void {
    this.writeDelayMs = ms;
  }

  /**
   * The next write fails (the engine reports a device error and carries on); with `after`, the write
   * after that many more successful ones does.
   */
  failNextWrite(options: { after?: number; message?: string } = {}): void {
    const message = options.message ?? 'test: the write failed';
    if (!options.after) this.hardware?.failWrites(1, message);
    else this.failAfter = { writes: options.after, message };
  }

  /** While on, what the device sends (sensor readings, replies) is lost on the way. */
  dropNotifications(on = true): void {
    this.droppingNotifications = on;
    if (this.hardware) this.hardware.dropNotifications = on;
  }

  /** The next connection takes `ms` on the test clock to open (0: at once). */
  slowHandshake(ms: number): void {
    this.handshakeDelayMs = ms;
  }
}

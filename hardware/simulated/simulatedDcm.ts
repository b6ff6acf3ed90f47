/**
 * A device communication manager of virtual devices. Each one advertises like a real BLE device (name,
 * manufacturer data, services), so it goes through the same configuration matching; once connected it
 * is a `SimulatedHardware` that tests can inspect and disturb.
 */
import type { Logger } from '../../protocols/core/logger.js';
import { delay } from '../../protocols/core/timeouts.js';
import { realClock, type Clock } from '../../protocols/core/clock.js';
import type { CommunicationSpecifier, ManufacturerData } from '../../protocols/config/deviceDefinitions.js';
import { isEndpoint, type Endpoint } from '../../protocols/config/endpoints.js';
import type { DcmEvents, DeviceCommunicationManager, PollLook } from '../deviceCommunicationManager.js';
import { HardwareError, type DiscoveredDevice, type Hardware } from '../hardware.js';
import { simulatorFor } from './deviceSimulators.js';
import { SimulatedHardware, type DeviceSimulator } from './simulatedHardware.js';

export interface SimulatedDeviceSpec {
  /** Advertised name, e.g. `LVS-Edge`. */
  readonly name: string;
  /** How the device is found (default: Bluetooth LE): an SDL gamepad, or a v5 simulated archetype by name. */
  readonly transport?: 'btle' | 'sdlGamepad' | 'simulated';
  readonly address?: string;
  /** The device chooses its own definition, as an SDL pad reports its layout (absent selector: the defaults). */
  readonly selection?: { readonly selector?: string };
  readonly manufacturerData?: readonly ManufacturerData[];
  readonly advertisedServices?: readonly string[];
  /** Device-side behaviour; default: a simulator chosen by name (Lovense answers DeviceType; and Battery;). */
  readonly simulator?: DeviceSimulator | null;
  /** Gap the simulated transport asks for between writes. */
  readonly messageGapMs?: number;
  /** The link can come back after a drop, like Bluetooth LE: the engine keeps the device while it reconnects. */
  readonly canReconnect?: boolean;
  /** Awaited before each connection opens: a slow handshake, on whatever clock the test runs. */
  readonly connectDelay?: () => Promise<void>;
}

export interface SimulatedDcmOptions {
  readonly devices?: readonly SimulatedDeviceSpec[];
  /** Delay before devices are reported after StartScanning. */
  readonly scanDelayMs?: number;
  /** How often a scan that does not end by itself looks for devices added meanwhile (default 50 ms). */
  readonly pollIntervalMs?: number;
  /** Finite scans end by themselves after reporting (like a WebBluetooth chooser); else they run until stopped. */
  readonly finiteScan?: boolean;
  /** Fail `start()` with this reason (to test a missing subsystem). */
  readonly unavailableReason?: string;
  /** The clock the scan delay runs on (default: real time). */
  readonly clock?: Clock;
  /** How many recent commands each device's log keeps (default: all); see `SimulatedHardware`. */
  readonly keepCommands?: number;
}

const endpointsOf = (specifier: CommunicationSpecifier): Endpoint[] => {
  if (specifier.transport !== 'btle') return ['rx', 'tx'];
  const endpoints = new Set<Endpoint>();
  for (const service of Object.values(specifier.services)) {
    for (const endpoint of Object.keys(service)) if (isEndpoint(endpoint)) endpoints.add(endpoint);
  }
  return [...endpoints];
};

let addressCounter = 0;

export class SimulatedDcm implements DeviceCommunicationManager {
  readonly name = 'simulated';
  private readonly specs: SimulatedDeviceSpec[];
  private readonly connections = new Map<string, SimulatedHardware>();
  private readonly connectListeners = new Set<(hardware: SimulatedHardware) => void>();
  private readonly unreachable = new Set<string>();
  private events: DcmEvents | undefined;
  /** Devices offered during this scan: each is offered once per scan, like an advertisement heard once. */
  private readonly offered = new Set<SimulatedDeviceSpec>();
  private looks = 0;
  readonly pollIntervalMs: number;

  constructor(private readonly options: SimulatedDcmOptions = {}) {
    this.specs = (options.devices ?? []).map((spec) => this.withAddress(spec));
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
  }

  async start(events: DcmEvents, _logger: Logger): Promise<void> {
    if (this.options.unavailableReason) throw new Error(this.options.unavailableReason);
    this.events = events;
  }

  async startScanning(): Promise<void> {
    this.offered.clear();
    this.looks = 0;
  }

  async stopScanning(): Promise<void> {}

  async stop(): Promise<void> {
    for (const hardware of this.connections.values()) hardware.drop('engine shut down');
    this.events = undefined;
  }

  /** One look: after the scan delay (first look of a scan), every device not offered yet in this scan. */
  async scanOnce({ scanning, signal }: PollLook): Promise<void> {
    if (!scanning) return;
    const delayMs = this.options.scanDelayMs ?? 0;
    if (this.looks++ === 0 && delayMs > 0) await delay(delayMs, this.options.clock ?? realClock);
    if (signal.aborted) return;
    for (const spec of this.specs) {
      if (this.offered.has(spec)) continue;
      this.offered.add(spec);
      this.offer(spec);
    }
    if (this.options.finiteScan ?? true) this.events?.scanningFinished();
  }

  /** Adds a device; found by the next look of a running scan. */
  addDevice(spec: SimulatedDeviceSpec): void {
    this.specs.push(this.withAddress(spec));
  }

  /** Out of range: connecting (and reconnecting) to the device fails until it is reachable again. */
  setReachable(address: string, reachable: boolean): void {
    if (reachable) this.unreachable.delete(address);
    else this.unreachable.add(address);
  }

  /** The simulated subsystem goes away (an adapter switched off) or comes back. */
  setAvailable(available: boolean, reason = 'simulated subsystem unavailable'): void {
    this.events?.availabilityChanged(available, available ? undefined : reason);
  }

  /** The live connection to a device, once the engine has connected to it. */
  hardware(address: string): SimulatedHardware | undefined {
    return this.connections.get(address);
  }

  get addresses(): string[] {
    return this.specs.map((spec) => spec.address!);
  }

  /** Calls back for every connection the engine opens (each reconnect too). */
  onConnect(listener: (hardware: SimulatedHardware) => void): () => void {
    this.connectListeners.add(listener);
    return () => this.connectListeners.delete(listener);
  }

  /** Resolves with the next connection the engine opens to `address` (or any device). */
  nextConnection(address?: string, timeoutMs = 2_000): Promise<SimulatedHardware> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no connection to ${address ?? 'any device'} within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.onConnect((hardware) => {
        if (address !== undefined && hardware.address !== address) return;
        clearTimeout(timer);
        stop();
        resolve(hardware);
      });
    });
  }

  private withAddress(spec: SimulatedDeviceSpec): SimulatedDeviceSpec {
    return spec.address ? spec : { ...spec, address: `SIM-${(++addressCounter).toString().padStart(4, '0')}` };
  }

  private offer(spec: SimulatedDeviceSpec): void {
    const address = spec.address!;
    if (this.connections.get(address)?.connected) return;
    this.events?.deviceFound(this.discovered(spec, address));
  }

  private discovered(spec: SimulatedDeviceSpec, address: string): DiscoveredDevice {
    const selection = spec.selection ? { selection: { ...spec.selection, hardwareName: spec.name } } : {};
    return new SimulatedDiscovery(this, spec, {
      info:
        spec.transport === 'sdlGamepad' || spec.transport === 'simulated'
          ? { transport: spec.transport, name: spec.name, address, ...selection }
          : {
              transport: 'btle',
              name: spec.name,
              address,
              ...selection,
              ...(spec.manufacturerData ? { manufacturerData: spec.manufacturerData } : {}),
              ...(spec.advertisedServices ? { advertisedServices: spec.advertisedServices } : {}),
            },
      ...(spec.canReconnect ? { canReconnect: true } : {}),
    });
  }

  /** Opens a connection to the device `spec` at `address`: what a device this manager offered does on `connect`. */
  async connectTo(
    spec: SimulatedDeviceSpec,
    address: string,
    specifier: CommunicationSpecifier,
  ): Promise<SimulatedHardware> {
    if (!this.events) throw new HardwareError('simulated manager is stopped');
    if (this.unreachable.has(address)) throw new HardwareError(`${spec.name} is out of range`);
    if (spec.connectDelay) {
      await spec.connectDelay();
      if (!this.events) throw new HardwareError('simulated manager is stopped');
    }
    const simulator = spec.simulator === null ? undefined : (spec.simulator ?? simulatorFor(spec.name));
    const hardware = new SimulatedHardware({
      name: spec.name,
      address,
      endpoints: endpointsOf(specifier),
      ...(spec.messageGapMs !== undefined ? { messageGapMs: spec.messageGapMs } : {}),
      ...(simulator ? { simulator } : {}),
      ...(this.options.clock ? { clock: this.options.clock } : {}),
      ...(this.options.keepCommands !== undefined ? { keepCommands: this.options.keepCommands } : {}),
    });
    this.connections.set(address, hardware);
    for (const listener of [...this.connectListeners]) listener(hardware);
    return hardware;
  }
}

/**
 * A device the simulated manager offers. A class, not an object with a `connect` closure: 1,000 devices
 * found would otherwise each hold a closure and its scope for as long as they live.
 */
class SimulatedDiscovery implements DiscoveredDevice {
  readonly info: DiscoveredDevice['info'];
  readonly canReconnect?: boolean;
  // Private fields: a snapshot of the device (the inspector's) shows its info, not the manager behind it.
  readonly #manager: SimulatedDcm;
  readonly #spec: SimulatedDeviceSpec;

  constructor(
    manager: SimulatedDcm,
    spec: SimulatedDeviceSpec,
    described: Pick<DiscoveredDevice, 'info' | 'canReconnect'>,
  ) {
    this.info = described.info;
    if (described.canReconnect) this.canReconnect = true;
    this.#manager = manager;
    this.#spec = spec;
  }

  connect(specifier: CommunicationSpecifier): Promise<Hardware> {
    return this.#manager.connectTo(this.#spec, this.info.address, specifier);
  }
}

/**
 * The Bluetooth LE device communication manager, over `@abandonware/noble`. Scanning reports every
 * peripheral that advertises a name or a service (again when its advertisement changes); the device
 * configuration decides which are toys. Connections can drop and be made again, so devices found here
 * reconnect.
 */
import { silentLogger, type Logger } from '../../protocols/core/logger.js';
import type { DcmEvents, DeviceCommunicationManager } from '../deviceCommunicationManager.js';
import { HardwareError, type DiscoveredDevice } from '../hardware.js';
import { advertisedInfo, isWorthOffering } from './advertisement.js';
import { BluetoothLeHardware } from './bluetoothLeHardware.js';
import { loadNoble, type AdapterState, type Noble, type NobleBindings, type NoblePeripheral } from './noble.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { isMissingPackage, missingPackageSentence } from '../optionalPackage.js';

export interface BluetoothLeDcmOptions {
  /** Noble bindings to drive instead of the platform's (tests pass `FakeBleAdapter`). */
  readonly bindings?: NobleBindings;
  /** How long `start()` waits for the adapter to say what state it is in (default 5 s). */
  readonly adapterTimeoutMs?: number;
  /** Bound for one GATT operation after connecting: a read, a write, a subscription (default 3 s). */
  readonly operationTimeoutMs?: number;
  /** Ask protocols for keepalive traffic (stacks that throttle idle links, as mobile ones do). */
  readonly requiresKeepalive?: boolean;
}

const UNAVAILABLE = 'Bluetooth LE is not available';

const firstLine = (error: unknown): string => messageOf(error).split('\n')[0]!.trim();

/** Why an adapter in this state cannot be used, in words a user can act on. */
const stateProblem = (state: AdapterState): string | undefined => {
  switch (state) {
    case 'unsupported':
      return 'no Bluetooth LE adapter was found';
    case 'unauthorized':
      return 'this process may not use the Bluetooth adapter (on Linux, give node CAP_NET_RAW or run it as root)';
    case 'poweredOff':
      return 'the Bluetooth adapter is turned off';
    default:
      return undefined;
  }
};

/** Peripherals are known by their MAC address where the platform tells it, else by noble's id. */
const addressOf = (peripheral: NoblePeripheral): string =>
  peripheral.address && peripheral.address !== 'unknown' ? peripheral.address : peripheral.id;

export class BluetoothLeDcm implements DeviceCommunicationManager {
  readonly name = 'bluetooth-le';
  private noble: Noble | undefined;
  private events: DcmEvents | undefined;
  private logger: Logger = silentLogger;
  private adapterState: AdapterState = 'unknown';
  /** What each peripheral advertised when it was last offered during this scan. */
  private readonly offered = new Map<string, string>();
  private readonly connections = new Set<BluetoothLeHardware>();

  constructor(private readonly options: BluetoothLeDcmOptions = {}) {}

  async start(events: DcmEvents, logger: Logger): Promise<void> {
    this.logger = logger;
    let noble: Noble;
    try {
      noble = loadNoble(this.options.bindings);
    } catch (error) {
      if (isMissingPackage(error, '@abandonware/noble'))
        throw new Error(missingPackageSentence(UNAVAILABLE, ['@abandonware/noble']));
      throw new Error(`${UNAVAILABLE}: noble could not load its Bluetooth binding (${firstLine(error)}).`);
    }
    // Our listener also keeps noble from printing its warnings to the console.
    noble.on('warning', (message) => logger.debug({ warning: message }, 'noble warning'));
    const state = await this.firstAdapterState(noble);
    this.noble = noble;
    this.events = events;
    this.adapterState = state;
    noble.on('stateChange', this.onStateChange);
    noble.on('discover', this.onDiscover);
    const problem = stateProblem(state);
    if (problem) events.availabilityChanged(false, `${UNAVAILABLE}: ${problem}.`);
  }

  async startScanning(): Promise<void> {
    const noble = this.noble;
    if (!noble) throw new Error('the Bluetooth LE manager is not started');
    const problem = stateProblem(this.adapterState);
    if (problem) throw new Error(problem);
    this.offered.clear();
    await new Promise<void>((resolve, reject) =>
      // Duplicates on: a name that arrives in a later scan response still reaches us.
      noble.startScanning([], true, (error) =>
        error ? reject(new Error(`could not start scanning: ${firstLine(error)}`)) : resolve(),
      ),
    );
  }

  async stopScanning(): Promise<void> {
    this.noble?.stopScanning();
  }

  async stop(): Promise<void> {
    const noble = this.noble;
    this.noble = undefined;
    this.events = undefined;
    if (!noble) return;
    noble.stopScanning();
    noble.removeListener('stateChange', this.onStateChange);
    noble.removeListener('discover', this.onDiscover);
    await Promise.all([...this.connections].map((hardware) => hardware.disconnect()));
  }

  /** Waits for the adapter to settle: usable (on or off) resolves, missing or forbidden rejects. */
  private firstAdapterState(noble: Noble): Promise<AdapterState> {
    const timeoutMs = this.options.adapterTimeoutMs ?? 5_000;
    return new Promise<AdapterState>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        noble.removeListener('stateChange', onState);
        noble.removeListener('warning', onWarning);
        outcome();
      };
      const onState = (state: AdapterState) => {
        if (state === 'poweredOn' || state === 'poweredOff') finish(() => resolve(state));
        else if (state === 'unsupported' || state === 'unauthorized')
          finish(() => reject(new Error(`${UNAVAILABLE}: ${stateProblem(state)}.`)));
      };
      // Noble turns a binding that fails to open the adapter into this warning.
      const onWarning = (message: string) => {
        if (message.startsWith('Initialization')) {
          finish(() =>
            reject(
              new Error(
                `${UNAVAILABLE}: the Bluetooth adapter could not be opened (${message.replace(/^[^:]*:\s*/, '')}).`,
              ),
            ),
          );
        }
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new Error(`${UNAVAILABLE}: the Bluetooth adapter did not report its state within ${timeoutMs} ms.`)),
          ),
        timeoutMs,
      );
      noble.on('warning', onWarning);
      // Listening for the state is what makes noble open the adapter.
      noble.on('stateChange', onState);
    });
  }

  private readonly onStateChange = (state: AdapterState): void => {
    const was = this.adapterState;
    this.adapterState = state;
    if (state === was || !this.events) return;
    this.logger.info({ state }, 'Bluetooth adapter state changed');
    if (state === 'poweredOn') this.events.availabilityChanged(true);
    else
      this.events.availabilityChanged(
        false,
        `${UNAVAILABLE}: ${stateProblem(state) ?? `the Bluetooth adapter is ${state}`}.`,
      );
  };

  private readonly onDiscover = (peripheral: NoblePeripheral): void => {
    const advertised = advertisedInfo(peripheral.advertisement);
    if (!isWorthOffering(advertised)) return;
    const signature = JSON.stringify(advertised);
    if (this.offered.get(peripheral.id) === signature) return;
    this.offered.set(peripheral.id, signature);
    const address = addressOf(peripheral);
    this.logger.debug({ name: advertised.name, address }, 'Bluetooth LE device found');
    this.events?.deviceFound(this.discovered(peripheral, { transport: 'btle', address, ...advertised }));
  };

  private discovered(
    peripheral: NoblePeripheral,
    info: DiscoveredDevice['info'] & { transport: 'btle' },
  ): DiscoveredDevice {
    return {
      info,
      canReconnect: true,
      connect: async (specifier, { timeoutMs, signal }) => {
        if (!this.noble) throw new HardwareError('the Bluetooth LE manager is stopped');
        if (specifier.transport !== 'btle')
          throw new HardwareError(`cannot connect over Bluetooth LE for a ${specifier.transport} protocol`);
        const hardware = await BluetoothLeHardware.connect(peripheral, specifier.services, {
          name: info.name,
          address: info.address,
          timeoutMs,
          operationTimeoutMs: this.options.operationTimeoutMs ?? 3_000,
          requiresKeepalive: this.options.requiresKeepalive ?? false,
          logger: this.logger.child({ address: info.address }),
          ...(signal ? { signal } : {}),
        });
        this.connections.add(hardware);
        hardware.onEvent((event) => {
          if (event.type !== 'disconnected') return;
          this.connections.delete(hardware);
          // Offered again by a running scan when it advertises again.
          this.offered.delete(peripheral.id);
        });
        return hardware;
      },
    };
  }
}

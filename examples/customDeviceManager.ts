/**
 * A device communication manager of your own: how devices on a bus this package does not know are
 * found and connected. Here the "bus" is a list in memory and the hardware prints what it is sent;
 * a real one would open a socket, a port or a radio in `start()` and talk to it in `Hardware`.
 * The engine matches what `deviceFound` reports (a Bluetooth name here) against the device database
 * and drives the device with the protocol that matches, exactly as for built-in managers.
 * Run: npx tsx examples/customDeviceManager.ts
 */
import {
  ButtplugClient,
  ButtplugServer,
  EmbeddedConnector,
  type DcmEvents,
  type DeviceCommunicationManager,
  type Hardware,
  type HardwareEvent,
} from 'buttplug-actors';

type Endpoint = Hardware['endpoints'][number];

/** A link to one device: writes are printed as hex, nothing is ever read back. */
class PrintingHardware implements Hardware {
  readonly messageGapMs = 0;
  readonly requiresKeepalive = false;
  private readonly listeners = new Set<(event: HardwareEvent) => void>();

  constructor(
    readonly name: string,
    readonly address: string,
    readonly endpoints: readonly Endpoint[],
  ) {}

  async write(endpoint: Endpoint, data: Uint8Array): Promise<void> {
    console.log(`${this.name} ${endpoint} <- ${Buffer.from(data).toString('hex')}`);
  }
  async read(): Promise<Uint8Array> {
    throw new Error(`${this.name} cannot be read`);
  }
  async subscribe(): Promise<void> {}
  async unsubscribe(): Promise<void> {}
  async disconnect(): Promise<void> {
    for (const listener of this.listeners) listener({ type: 'disconnected', reason: 'disconnected by the engine' });
  }
  onEvent(listener: (event: HardwareEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Finds the devices in its list when asked to scan; one scan, then it says it is done. */
class InMemoryBus implements DeviceCommunicationManager {
  readonly name = 'in-memory';
  private events: DcmEvents | undefined;

  constructor(private readonly advertisedNames: readonly string[]) {}

  async start(events: DcmEvents): Promise<void> {
    this.events = events;
  }
  async startScanning(): Promise<void> {
    this.advertisedNames.forEach((name, i) =>
      this.events?.deviceFound({
        info: { transport: 'btle', name, address: `MEM-${i}` },
        // The specifier says which endpoints the matched protocol uses (`tx` for this one).
        connect: async (specifier) =>
          new PrintingHardware(
            name,
            `MEM-${i}`,
            specifier.transport === 'btle'
              ? Object.values(specifier.services).flatMap((service) => Object.keys(service) as Endpoint[])
              : ['tx'],
          ),
      }),
    );
    this.events?.scanningFinished();
  }
  async stopScanning(): Promise<void> {}
  async stop(): Promise<void> {
    this.events = undefined;
  }
}

// "Massage Demo" is what an Aneros Vivi advertises: the database knows it, so the engine can drive it.
const server = new ButtplugServer({ deviceCommunicationManagers: [new InMemoryBus(['Massage Demo'])] });
const client = new ButtplugClient('custom manager example');
await client.connect(new EmbeddedConnector(server));
const scanned = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
await client.startScanning();
await scanned;

const [vivi] = client.devices;
console.log(`connected: ${vivi?.name}`);
await vivi?.vibrate([0.5, 1]);
await client.disconnect(); // the engine stops the device: its last writes are the stop
await server.shutdown();

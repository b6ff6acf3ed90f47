import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../protocols/core/logger.js';
import { BluetoothLeDcm, type BluetoothLeDcmOptions } from '../../hardware/bluetoothLe/bluetoothLeDcm.js';
import { FakeBleAdapter, type FakePeripheral } from '../../hardware/bluetoothLe/testing/fakeBleAdapter.js';
import type { DiscoveredDevice, Hardware, HardwareEvent } from '../../hardware/hardware.js';
import type { CommunicationSpecifier } from '../../protocols/config/deviceDefinitions.js';
import { waitFor } from '../support/engine.js';
import { recordingLogger } from '../support/recordingLogger.js';

const SERVICE = '0000fff0-0000-1000-8000-00805f9b34fb';
const TX = '0000fff2-0000-1000-8000-00805f9b34fb';
const RX = '0000fff1-0000-1000-8000-00805f9b34fb';
const BATTERY_SERVICE = '0000180f-0000-1000-8000-00805f9b34fb';
const BATTERY_LEVEL = '00002a19-0000-1000-8000-00805f9b34fb';
const CUSTOM_SERVICE = '50300001-0023-4bd4-bbd5-a6920e4c5653';
const CUSTOM_TX = '50300002-0023-4bd4-bbd5-a6920e4c5653';

const specifier: CommunicationSpecifier = {
  transport: 'btle',
  names: ['TOY-*'],
  services: {
    [SERVICE]: { tx: TX, rx: RX },
    [BATTERY_SERVICE]: { rxblebattery: BATTERY_LEVEL },
    [CUSTOM_SERVICE]: { txvibrate: CUSTOM_TX },
  },
};

const toy = (adapter: FakeBleAdapter, name = 'TOY-1') =>
  adapter.addPeripheral({
    name,
    services: {
      [SERVICE]: [
        { uuid: 'fff1', properties: ['notify'] },
        { uuid: 'fff2', properties: ['write', 'writeWithoutResponse'] },
      ],
      [BATTERY_SERVICE]: [{ uuid: '2a19', properties: ['read', 'notify'], value: [77] }],
      // A write-only characteristic: without-response writes must fall back to with-response.
      [CUSTOM_SERVICE]: [{ uuid: CUSTOM_TX, properties: ['write'] }],
    },
  });

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const startDcm = async (
  adapter: FakeBleAdapter | undefined,
  options: BluetoothLeDcmOptions = {},
  logger = silentLogger,
) => {
  const found: DiscoveredDevice[] = [];
  const availability: [boolean, string | undefined][] = [];
  const dcm = new BluetoothLeDcm({
    ...(adapter ? { bindings: adapter } : {}),
    adapterTimeoutMs: 300,
    operationTimeoutMs: 150,
    ...options,
  });
  await dcm.start(
    {
      deviceFound: (device) => found.push(device),
      scanningFinished: () => {},
      availabilityChanged: (available, reason) => availability.push([available, reason]),
    },
    logger,
  );
  stops.push(() => dcm.stop());
  return { dcm, found, availability };
};

const connected = async (adapter: FakeBleAdapter, peripheral: FakePeripheral = toy(adapter)) => {
  const { dcm, found, availability } = await startDcm(adapter);
  await dcm.startScanning();
  await waitFor(() => found.length > 0, 1_000, 'discovery');
  const hardware = await found[0]!.connect(specifier, { timeoutMs: 500 });
  const events: HardwareEvent[] = [];
  hardware.onEvent((event) => events.push(event));
  return { dcm, found, availability, peripheral, hardware, events };
};

const rejection = async (promise: Promise<unknown>): Promise<Error> => {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(Error);
  return outcome as Error;
};

/** One human sentence: the prefix, no line breaks, a full stop at the end. */
const oneSentence = /^Bluetooth LE is not available: [^\n]+\.$/;

describe('Bluetooth LE manager: a missing or unusable adapter', () => {
  it('rejects start with one sentence when there is no adapter', async () => {
    const error = await rejection(startDcm(new FakeBleAdapter({ state: 'unsupported' })));
    expect(error.message).toMatch(oneSentence);
    expect(error.message).toContain('no Bluetooth LE adapter was found');
  });

  it('rejects start with one sentence when the process may not use the adapter', async () => {
    const error = await rejection(startDcm(new FakeBleAdapter({ state: 'unauthorized' })));
    expect(error.message).toMatch(oneSentence);
    expect(error.message).toContain('CAP_NET_RAW');
  });

  it('rejects start with one sentence when the adapter cannot be opened', async () => {
    const error = await rejection(startDcm(new FakeBleAdapter({ initError: 'ENODEV, No such device' })));
    expect(error.message).toBe(
      'Bluetooth LE is not available: the Bluetooth adapter could not be opened (ENODEV, No such device).',
    );
  });

  it('rejects start with one sentence when the adapter never says its state', async () => {
    const error = await rejection(startDcm(new FakeBleAdapter({ silent: true }), { adapterTimeoutMs: 50 }));
    expect(error.message).toBe(
      'Bluetooth LE is not available: the Bluetooth adapter did not report its state within 50 ms.',
    );
  });

  it("over the platform's own binding, either starts or says in one sentence why not", async () => {
    // On a machine without a built HCI socket binding (like CI) this is the rejection users see.
    const outcome = await startDcm(undefined, { adapterTimeoutMs: 300 }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    if (outcome) expect(outcome.message).toMatch(oneSentence);
  });

  it('starts with the adapter off, reports it unavailable, and becomes available when it is switched on', async () => {
    const adapter = new FakeBleAdapter({ state: 'poweredOff' });
    toy(adapter);
    const { dcm, found, availability } = await startDcm(adapter);
    expect(availability).toEqual([[false, 'Bluetooth LE is not available: the Bluetooth adapter is turned off.']]);
    expect((await rejection(dcm.startScanning())).message).toBe('the Bluetooth adapter is turned off');

    adapter.setState('poweredOn');
    await waitFor(() => availability.length === 2);
    expect(availability[1]).toEqual([true, undefined]);
    await dcm.startScanning();
    await waitFor(() => found.length === 1, 1_000, 'discovery');
  });
});

describe('Bluetooth LE manager: scanning', () => {
  it('offers what advertisements say (name, manufacturer data, services) in the config spelling', async () => {
    const adapter = new FakeBleAdapter();
    adapter.addPeripheral({ name: 'LVS-Edge', address: '11:22:33:44:55:66', services: {} });
    adapter.addPeripheral({
      name: '',
      manufacturerData: { company: 620, data: [255, 33, 7] },
      advertisedServices: ['fff0'],
      services: {},
    });
    adapter.addPeripheral({ name: '', services: {} }); // says nothing useful: not offered
    const { dcm, found } = await startDcm(adapter);
    await dcm.startScanning();
    await waitFor(() => found.length === 2, 1_000, 'two devices');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found.map((d) => d.info)).toEqual([
      { transport: 'btle', name: 'LVS-Edge', address: '11:22:33:44:55:66' },
      {
        transport: 'btle',
        name: '',
        address: expect.any(String),
        manufacturerData: [{ company: 620, data: [255, 33, 7] }],
        advertisedServices: ['0000fff0-0000-1000-8000-00805f9b34fb'],
      },
    ]);
    expect(found.every((d) => d.canReconnect)).toBe(true);
  });

  it('offers a peripheral once per scan unless its advertisement changes', async () => {
    const adapter = new FakeBleAdapter();
    const peripheral = adapter.addPeripheral({ name: 'TOY-1', services: {} });
    const { dcm, found } = await startDcm(adapter);
    await dcm.startScanning();
    await waitFor(() => found.length === 1);
    adapter.advertise(peripheral);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found).toHaveLength(1);

    await dcm.stopScanning();
    await dcm.startScanning();
    await waitFor(() => found.length === 2, 500, 'offered again on a new scan');
  });

  it('stops scanning on the adapter', async () => {
    const adapter = new FakeBleAdapter();
    const { dcm } = await startDcm(adapter);
    await dcm.startScanning();
    expect(adapter.scanning).toBe(true);
    await dcm.stopScanning();
    expect(adapter.scanning).toBe(false);
  });
});

describe('Bluetooth LE hardware', () => {
  it('binds the protocol’s characteristics to endpoints, whatever UUID spelling noble uses', async () => {
    const adapter = new FakeBleAdapter();
    const { hardware } = await connected(adapter);
    expect([...hardware.endpoints].sort()).toEqual(['rx', 'rxblebattery', 'tx', 'txvibrate']);
    expect(hardware.messageGapMs).toBe(75);
    expect(hardware.name).toBe('TOY-1');
  });

  it('logs characteristics the device lacks and fails when none of the protocol’s services exist', async () => {
    const adapter = new FakeBleAdapter();
    const logger = recordingLogger();
    const partial = adapter.addPeripheral({
      name: 'TOY-partial',
      services: { [SERVICE]: [{ uuid: 'fff2', properties: ['write'] }] },
    });
    const stranger = adapter.addPeripheral({
      name: 'TOY-stranger',
      services: { '0000aaaa-0000-1000-8000-00805f9b34fb': [] },
    });
    const { dcm, found } = await startDcm(adapter, {}, logger);
    await dcm.startScanning();
    await waitFor(() => found.length === 2);
    const byName = (name: string) => found.find((d) => d.info.name === name)!;

    const hardware = await byName('TOY-partial').connect(specifier, { timeoutMs: 500 });
    expect(hardware.endpoints).toEqual(['tx']);
    expect(logger.find('warn', 'characteristic not found')).toHaveLength(1);
    expect(partial.connected).toBe(true);

    const error = await rejection(byName('TOY-stranger').connect(specifier, { timeoutMs: 500 }));
    expect(error.message).toContain("offers none of the protocol's services");
    await waitFor(() => !stranger.connected, 500, 'hang up');
  });

  it('writes with and without response, falling back to what the characteristic supports', async () => {
    const adapter = new FakeBleAdapter();
    const { hardware, peripheral } = await connected(adapter);
    await hardware.write('tx', Uint8Array.from([1, 2]), false);
    await hardware.write('tx', Uint8Array.from([3]), true);
    await hardware.write('txvibrate', Uint8Array.from([4]), false);
    expect(peripheral.writes.map((w) => [w.characteristic, [...w.data], w.withoutResponse])).toEqual([
      [TX, [1, 2], true],
      [TX, [3], false],
      [CUSTOM_TX, [4], false],
    ]);
  });

  it('reads a characteristic', async () => {
    const adapter = new FakeBleAdapter();
    const { hardware, peripheral } = await connected(adapter);
    expect([...(await hardware.read('rxblebattery', { timeoutMs: 200 }))]).toEqual([77]);
    peripheral.setValue('2a19', [12]);
    expect([...(await hardware.read('rxblebattery', { timeoutMs: 200 }))]).toEqual([12]);
  });

  it('delivers notifications only while subscribed', async () => {
    const adapter = new FakeBleAdapter();
    const { hardware, peripheral, events } = await connected(adapter);
    expect(peripheral.notify(RX, [1])).toBe(false);
    await hardware.subscribe('rx');
    expect(peripheral.isSubscribed(RX)).toBe(true);
    peripheral.notify(RX, 'P:37;');
    await waitFor(() => events.length === 1);
    expect(events[0]).toEqual({ type: 'notification', endpoint: 'rx', data: new TextEncoder().encode('P:37;') });
    // A read of the same characteristic is no notification.
    await hardware.subscribe('rxblebattery');
    await hardware.read('rxblebattery', { timeoutMs: 200 });
    await hardware.unsubscribe('rx');
    expect(peripheral.isSubscribed(RX)).toBe(false);
    expect(events).toHaveLength(1);
  });

  it('reports a dropped link, fails what was in flight, and refuses later requests', async () => {
    const adapter = new FakeBleAdapter();
    const { hardware, peripheral, events } = await connected(adapter);
    peripheral.ignoreWrites(1);
    const write = hardware.write('tx', Uint8Array.from([1]), true);
    peripheral.drop(0x08);
    expect((await rejection(write)).message).toMatch(/device disconnected: Bluetooth link lost \(reason 8\)/);
    await waitFor(() => events.some((e) => e.type === 'disconnected'));
    expect(events).toEqual([{ type: 'disconnected', reason: 'Bluetooth link lost (reason 8)' }]);
    expect((await rejection(hardware.write('tx', Uint8Array.from([1]), false))).message).toBe('device is disconnected');
  });

  it('fails a write the device never acknowledges within the operation bound', async () => {
    const adapter = new FakeBleAdapter();
    const { hardware, peripheral } = await connected(adapter);
    peripheral.ignoreWrites(1);
    expect((await rejection(hardware.write('tx', Uint8Array.from([9]), true))).message).toBe(
      'write to tx timed out after 150 ms',
    );
    await hardware.write('tx', Uint8Array.from([10]), true);
  });

  it('hangs up when the engine disconnects', async () => {
    const adapter = new FakeBleAdapter();
    const { hardware, peripheral, events } = await connected(adapter);
    await hardware.disconnect();
    expect(peripheral.connected).toBe(false);
    expect(events).toEqual([{ type: 'disconnected', reason: 'disconnected by the engine' }]);
  });

  it('connects again to a peripheral that dropped', async () => {
    const adapter = new FakeBleAdapter();
    const { found, hardware, peripheral } = await connected(adapter);
    peripheral.drop();
    await waitFor(() => !peripheral.connected);
    await rejection(hardware.write('tx', Uint8Array.from([1]), false));
    const again: Hardware = await found[0]!.connect(specifier, { timeoutMs: 500 });
    await again.write('tx', Uint8Array.from([2]), false);
    expect(peripheral.writes.at(-1)!.data).toEqual(Uint8Array.from([2]));
    expect(peripheral.connectAttempts).toBe(2);
  });

  it('gives up on a peripheral out of range and cancels the connection request', async () => {
    const adapter = new FakeBleAdapter();
    const { dcm, found } = await startDcm(adapter);
    const peripheral = toy(adapter);
    await dcm.startScanning();
    await waitFor(() => found.length === 1);
    peripheral.setInRange(false);
    const error = await rejection(found[0]!.connect(specifier, { timeoutMs: 80 }));
    expect(error.message).toBe('connecting to TOY-1 timed out after 80 ms');
    // Coming back later must not complete the abandoned request.
    peripheral.setInRange(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(peripheral.connected).toBe(false);
  });

  it('cancels a connection request the engine no longer wants', async () => {
    const adapter = new FakeBleAdapter();
    const { dcm, found } = await startDcm(adapter);
    const peripheral = toy(adapter);
    await dcm.startScanning();
    await waitFor(() => found.length === 1);
    peripheral.setInRange(false);
    const controller = new AbortController();
    const attempt = found[0]!.connect(specifier, { timeoutMs: 5_000, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect((await rejection(attempt)).message).toMatch(/connecting to TOY-1 failed: connection canceled/);
  });

  it('passes on a refused connection', async () => {
    const adapter = new FakeBleAdapter();
    const { dcm, found } = await startDcm(adapter);
    const peripheral = toy(adapter);
    peripheral.refuseNextConnect('connection rejected (0x3e)');
    await dcm.startScanning();
    await waitFor(() => found.length === 1);
    expect((await rejection(found[0]!.connect(specifier, { timeoutMs: 500 }))).message).toBe(
      'connecting to TOY-1 failed: connection rejected (0x3e)',
    );
  });

  it('loses its connections and its availability when the adapter is switched off', async () => {
    const adapter = new FakeBleAdapter();
    const { dcm, events, availability } = await connected(adapter);
    adapter.setState('poweredOff');
    await waitFor(() => events.some((e) => e.type === 'disconnected') && availability.length === 1);
    expect(availability).toEqual([[false, 'Bluetooth LE is not available: the Bluetooth adapter is turned off.']]);
    expect((await rejection(dcm.startScanning())).message).toBe('the Bluetooth adapter is turned off');
  });
});

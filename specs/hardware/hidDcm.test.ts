import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../protocols/core/logger.js';
import type { DiscoveredDevice } from '../../hardware/hardware.js';
import { HidDcm } from '../../hardware/hid/hidDcm.js';
import { FakeHidLibrary, type FakeHidConnection } from '../../hardware/hid/testing/fakeHid.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { expectDeviceError } from '../support/deviceFailure.js';
import { onCleanup, scanFor, serveWith, waitFor } from '../support/engine.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { TEST_HID_PAIR, testHidProtocol } from '../support/testProtocols.js';

const plugToy = (hid: FakeHidLibrary, serialNumber = 'TOY-0001') =>
  hid.plug({ ...TEST_HID_PAIR, product: 'Pressure Toy', serialNumber });

const startHidEngine = (hid: FakeHidLibrary, logger = silentLogger) =>
  serveWith(
    {
      deviceCommunicationManagers: [new HidDcm({ hid, pollIntervalMs: 20 })],
      protocols: [...builtinProtocols, testHidProtocol],
      logger,
    },
    'hid test',
  );

describe('HID manager', () => {
  it('rejects start with one sentence when node-hid cannot load its native library', async () => {
    const dcm = new HidDcm({
      hid: new FakeHidLibrary({
        loadError: 'libusb-1.0.so.0: cannot open shared object file: No such file or directory',
      }),
    });
    const events = { deviceFound: () => {}, scanningFinished: () => {}, availabilityChanged: () => {} };
    await expect(dcm.start(events, silentLogger)).rejects.toThrow(
      'HID is not available: the node-hid native library could not be loaded (libusb-1.0.so.0: cannot open shared object file: No such file or directory).',
    );
  });

  it('with the real node-hid, either starts or says in one sentence why not', async () => {
    const dcm = new HidDcm();
    const events = { deviceFound: () => {}, scanningFinished: () => {}, availabilityChanged: () => {} };
    const outcome = await dcm.start(events, silentLogger).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    // Here (no libusb) it cannot load; on a machine with HID support it starts.
    if (outcome)
      expect(outcome.message).toMatch(
        /^HID is not available: the node-hid native library could not be loaded \([^\n]+\)\.$/,
      );
    await dcm.stop();
  });

  it('offers every enumerated device once per scan, named by product and addressed by serial number (else path)', async () => {
    const hid = new FakeHidLibrary();
    plugToy(hid);
    hid.plug({ vendorId: 0x046d, productId: 0xc52b, path: '/dev/hidraw9' }); // no product, no serial
    // The same devices' second interfaces: not offered twice.
    hid.plug({ ...TEST_HID_PAIR, product: 'Pressure Toy', serialNumber: 'TOY-0001' });
    hid.plug({ vendorId: 0x046d, productId: 0xc52b, path: '/dev/hidraw10' });
    const found: DiscoveredDevice[] = [];
    const dcm = new HidDcm({ hid, pollIntervalMs: 10 });
    await dcm.start(
      { deviceFound: (d) => found.push(d), scanningFinished: () => {}, availabilityChanged: () => {} },
      silentLogger,
    );
    onCleanup(() => dcm.stop());
    // Looks as the DCM machine's poll loop takes them: two during a scan, one after it.
    const look = (scanning: boolean) => dcm.scanOnce({ scanning, signal: new AbortController().signal });
    await dcm.startScanning();
    await look(true);
    await look(true);
    expect(found.map((d) => d.info)).toEqual([
      {
        transport: 'hid',
        name: 'Pressure Toy',
        address: 'TOY-0001',
        vendorId: TEST_HID_PAIR.vendorId,
        productId: TEST_HID_PAIR.productId,
      },
      { transport: 'hid', name: 'HID device 046d:c52b', address: '/dev/hidraw9', vendorId: 0x046d, productId: 0xc52b },
    ]);
    await dcm.stopScanning();
    plugToy(hid, 'TOY-0002');
    await look(false);
    expect(found).toHaveLength(2);
  });
});

describe('HID end to end: a toy matched by vendor and product id', () => {
  it('is found, driven with output reports, read, and streams input reports while subscribed', async () => {
    const hid = new FakeHidLibrary();
    const toy = plugToy(hid);
    hid.plug({ vendorId: 0x046d, productId: 0xc52b, product: 'Keyboard', serialNumber: 'KB' });
    const { client } = await startHidEngine(hid);
    const [device] = await scanFor(client);
    expect(device!.name).toBe('Test Pressure Vibrator');
    expect(device!.messageTimingGap).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.devices).toHaveLength(1); // the keyboard matches no protocol

    await device!.vibrate(0.5);
    expect(toy.writes).toEqual([[50]]);

    const reading = device!.read('Pressure');
    await new Promise((resolve) => setTimeout(resolve, 10));
    toy.sendReport([0x34, 0x02]);
    expect(await reading).toBe(0x234);

    const values: number[] = [];
    const subscription = await device!.subscribe('Pressure', (value) => values.push(value));
    toy.sendReport([1, 0]);
    toy.sendReport([2, 0]);
    await waitFor(() => values.length === 2);
    await subscription.unsubscribe();
    toy.sendReport([3, 0]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(values).toEqual([1, 2]);
  });

  it('removes a toy that is unplugged, and offers it again when it comes back while scanning', async () => {
    const hid = new FakeHidLibrary();
    const toy = plugToy(hid);
    const { client } = await startHidEngine(hid);
    await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    toy.unplug();
    await removed;
    expect(client.devices).toEqual([]);

    plugToy(hid);
    await waitFor(() => client.devices.length === 1, 1_000, 'replugged toy');
    expect(client.devices[0]!.index).toBe(0);
  });

  it('notices an idle toy unplugged by the enumeration alone', async () => {
    const hid = new FakeHidLibrary();
    const toy = plugToy(hid);
    const { client } = await startHidEngine(hid);
    await scanFor(client);
    await client.stopScanning();
    // No read loop error this time: the device only vanishes from the list.
    toy.plugged = false;
    await waitFor(() => client.devices.length === 0, 1_000, 'removal');
  });
});

describe('HID end to end: failures (issue item 7)', () => {
  it('a write failure answers ERROR_DEVICE and the device leaves the DeviceList, the engine lives on', async () => {
    const hid = new FakeHidLibrary();
    const toy = plugToy(hid);
    const logger = recordingLogger();
    const { client } = await startHidEngine(hid, logger);
    const [device] = await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    toy.failWrites('Cannot write to hid device');
    const error = await expectDeviceError(device!.vibrate(1));
    expect(error.message).toMatch(/HID write failed: Cannot write to hid device/);
    await removed;
    expect(client.devices).toEqual([]);
    await client.requestDeviceList();
  });

  it('an unplug under a read in flight answers ERROR_DEVICE and removes the device', async () => {
    const hid = new FakeHidLibrary();
    const toy = plugToy(hid);
    const { client } = await startHidEngine(hid);
    const [device] = await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    const reading = device!.read('Pressure');
    await new Promise((resolve) => setTimeout(resolve, 10));
    toy.unplug();
    await expectDeviceError(reading);
    await removed;
  });
});

describe('the node-hid stand-in', () => {
  it('emits nothing once closed, even when unplugged just before the close (a late error would be unhandled)', async () => {
    vi.useFakeTimers();
    try {
      const hid = new FakeHidLibrary();
      const toy = plugToy(hid);
      const connection = (await hid.HIDAsync.open(toy.info.path!)) as FakeHidConnection;
      const errors: Error[] = [];
      connection.on('data', () => {});
      connection.on('error', (error) => errors.push(error));
      const emit = vi.spyOn(connection, 'emit');
      toy.unplug();
      toy.sendReport([1, 2]);
      await connection.close();
      await vi.advanceTimersByTimeAsync(10);
      expect(emit).not.toHaveBeenCalled();
      expect(errors).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a read loop still open when its device is unplugged reports the error once', async () => {
    vi.useFakeTimers();
    try {
      const hid = new FakeHidLibrary();
      const toy = plugToy(hid);
      const connection = await hid.HIDAsync.open(toy.info.path!);
      const errors: string[] = [];
      connection.on('data', () => {});
      connection.on('error', (error) => errors.push(error.message));
      toy.unplug();
      await vi.advanceTimersByTimeAsync(10);
      expect(errors).toEqual(['could not read from HID device']);
    } finally {
      vi.useRealTimers();
    }
  });
});

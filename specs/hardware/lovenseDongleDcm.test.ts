import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../protocols/core/logger.js';
import { FakeHidLibrary } from '../../hardware/hid/testing/fakeHid.js';
import { LovenseDongleDcm } from '../../hardware/lovenseDongle/lovenseDongleDcm.js';
import { FakeLovenseDongle } from '../../hardware/lovenseDongle/testing/fakeLovenseDongle.js';
import { expectDeviceError } from '../support/deviceFailure.js';
import { scanFor, serveWith, waitFor } from '../support/engine.js';
import { recordingLogger } from '../support/recordingLogger.js';

const EDGE = { id: 'c44a1d5e9dd0', name: 'LVS-Edge', battery: 42 };

const startDongleEngine = (hid: FakeHidLibrary, logger = silentLogger) =>
  serveWith(
    {
      deviceCommunicationManagers: [new LovenseDongleDcm({ hid, dongleSearchIntervalMs: 20, probeMs: 30 })],
      logger,
    },
    'dongle test',
  );

describe('Lovense dongle manager: availability', () => {
  it('rejects start with one sentence when node-hid cannot load', async () => {
    const dcm = new LovenseDongleDcm({
      hid: new FakeHidLibrary({ loadError: 'libusb-1.0.so.0: cannot open shared object file' }),
    });
    const events = { deviceFound: () => {}, scanningFinished: () => {}, availabilityChanged: () => {} };
    await expect(dcm.start(events, silentLogger)).rejects.toThrow(
      'The Lovense USB dongle is not available: the node-hid native library could not be loaded (libusb-1.0.so.0: cannot open shared object file).',
    );
  });

  it('says once that no dongle is plugged in, and starts working when one is', async () => {
    const hid = new FakeHidLibrary();
    const logger = recordingLogger();
    const { client } = await startDongleEngine(hid, logger);
    await waitFor(() => logger.find('warn', 'is not available').length === 1, 1_000, 'the warning');
    expect(logger.find('warn', 'is not available')[0]!.message).toBe(
      'The Lovense USB dongle is not available: none is plugged in.',
    );

    new FakeLovenseDongle(hid, { toys: [EDGE] });
    await waitFor(() => logger.find('info', 'Lovense USB dongle found').length === 1, 1_000, 'the dongle');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const [edge] = await scanFor(client);
    expect(edge!.name).toBe('Lovense Edge');
    expect(logger.find('warn', 'is not available')).toHaveLength(1);
  });
});

describe('Lovense dongle end to end', () => {
  it('searches, pairs a toy, ends the scan, and carries the Lovense commands in its JSON envelope', async () => {
    const hid = new FakeHidLibrary();
    const dongle = new FakeLovenseDongle(hid, { toys: [EDGE] });
    const { client } = await startDongleEngine(hid);
    const finished = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
    const [edge] = await scanFor(client);
    await finished;
    expect(edge!.name).toBe('Lovense Edge');
    expect(edge!.messageTimingGap).toBe(75);

    await edge!.vibrate(0.5);
    expect(await edge!.battery()).toBeCloseTo(0.42);
    await edge!.stop();
    await waitFor(() => dongle.commandsFor(EDGE.id).includes('Vibrate2:0;'));

    expect(dongle.received.slice(0, 3)).toEqual([
      { type: 'toy', func: 'statuss' },
      { type: 'toy', func: 'search' },
      { type: 'usb', func: 'stopSearch' },
    ]);
    expect(dongle.commandsFor(EDGE.id)).toEqual([
      'DeviceType;',
      'Vibrate1:10;',
      'Vibrate2:10;',
      'Battery;',
      'Vibrate1:0;',
      'Vibrate2:0;',
    ]);
    expect(dongle.received.find((m) => m.func === 'command')).toEqual({
      type: 'toy',
      func: 'command',
      id: EDGE.id,
      cmd: 'DeviceType;',
    });
  });

  it('reports a toy still connected from before without a scan', async () => {
    const hid = new FakeHidLibrary();
    const dongle = new FakeLovenseDongle(hid, { connectedToy: EDGE });
    const { client } = await startDongleEngine(hid);
    await waitFor(() => client.devices.length === 1, 1_000, 'the connected toy');
    expect(dongle.received.map((m) => m.func)).not.toContain('search');
    // The dongle drives one toy at a time: a scan now is over at once.
    const finished = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
    await client.startScanning();
    await finished;
  });

  it('removes the toy when the dongle says it left, and finds it again on the next scan', async () => {
    const hid = new FakeHidLibrary();
    const dongle = new FakeLovenseDongle(hid, { toys: [EDGE] });
    const { client } = await startDongleEngine(hid);
    const [edge] = await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    dongle.dropToy();
    await removed;
    expect((await expectDeviceError(edge!.vibrate(1))).message).toMatch(/no device with index/);

    dongle.placeToy(EDGE);
    const [again] = await scanFor(client);
    expect(again!.index).toBe(edge!.index);
  });
});

describe('Lovense dongle end to end: failures (issue item 7)', () => {
  it('a failed write answers ERROR_DEVICE, the toy leaves the DeviceList and the dongle is looked for again', async () => {
    const hid = new FakeHidLibrary();
    const dongle = new FakeLovenseDongle(hid, { toys: [EDGE] });
    const logger = recordingLogger();
    const { client } = await startDongleEngine(hid, logger);
    const [edge] = await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    dongle.device.failWrites('Cannot write to hid device');
    const error = await expectDeviceError(edge!.vibrate(1));
    expect(error.message).toMatch(/Lovense USB dongle/);
    await removed;
    expect(client.devices).toEqual([]);
    await waitFor(
      () => logger.find('warn', 'The Lovense USB dongle is not available: it was unplugged.').length === 1,
      1_000,
      'unavailable',
    );
    // Still plugged in, so it is found and opened again.
    await waitFor(() => hid.opened.length === 2, 1_000, 'reopened');
    await client.requestDeviceList();
  });

  it('an unplugged dongle takes its toy with it, without crashing anything', async () => {
    const hid = new FakeHidLibrary();
    const dongle = new FakeLovenseDongle(hid, { toys: [EDGE] });
    const { client } = await startDongleEngine(hid);
    const [edge] = await scanFor(client);
    const removed = new Promise<void>((resolve) => client.once('deviceremoved', () => resolve()));
    dongle.unplug();
    await removed;
    await expectDeviceError(edge!.vibrate(1));
    await client.requestDeviceList();
    expect(client.devices).toEqual([]);
  });
});

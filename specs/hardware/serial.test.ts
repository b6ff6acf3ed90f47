/**
 * The serial manager against real pseudo-terminals (specs/support/ptyPair.ts, nothing outside npm): the
 * engine's pty is joined to a simulated TCode device that uses the real serialport library on its end, so
 * every byte crosses the kernel.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeviceConfiguration } from '../../actors/engine/configFiles.js';
import type { DcmEvents } from '../../hardware/deviceCommunicationManager.js';
import type { DiscoveredDevice, HardwareEvent } from '../../hardware/hardware.js';
import { SerialDcm, type SerialDcmOptions } from '../../hardware/serial/serialDcm.js';
import {
  loadSerialPortLibrary,
  type SerialLine,
  type SerialPortLibrary,
  type SerialSettings,
  type SerialSpecifier,
} from '../../hardware/serial/serialPortLibrary.js';
import {
  createDeviceConfig,
  specifiersOf,
  type DeviceConfig,
  type UserConfig,
} from '../../protocols/config/deviceConfig.js';
import type { CommunicationSpecifier } from '../../protocols/config/deviceDefinitions.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { tcodeV03Devices } from '../../protocols/devices/tcodeV03/tcodeV03Devices.js';
import { expectDeviceErrorThenRemoval, outputCmd } from '../support/deviceFailure.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';
import { openPtyPair } from '../support/ptyPair.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { TcodeSerialDevice } from '../support/tcodeSerialDevice.js';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

const serialPort = (port: string, framing: Partial<SerialSpecifier> = {}): SerialSpecifier => ({
  transport: 'serial',
  port,
  baudRate: 115200,
  dataBits: 8,
  stopBits: 1,
  parity: 'N',
  ...framing,
});

const configFor = (ports: CommunicationSpecifier[], user: Omit<UserConfig, 'communication'> = {}): DeviceConfig =>
  createDeviceConfig(builtinProtocolConfigs(), { ...user, communication: { 'tcode-v03': ports } });

const serialEngine = (config: DeviceConfig, options: Partial<SerialDcmOptions> = {}) => {
  const serial = new SerialDcm({ specifiers: () => specifiersOf(config, 'serial'), pollIntervalMs: 20, ...options });
  return { serial, ...startEngine({ server: { deviceCommunicationManagers: [serial], deviceConfig: config } }) };
};

/** The real library, recording how each port was opened. */
const recordingLibrary =
  (opened: { path: string; settings: SerialSettings }[]) => async (): Promise<SerialPortLibrary> => {
    const real = await loadSerialPortLibrary();
    return {
      list: () => real.list(),
      open: (path, settings) => {
        opened.push({ path, settings });
        return real.open(path, settings);
      },
    };
  };

describe('serial devices over real pseudo-terminals', () => {
  it('opens the configured port with its framing, and a client strokes a TCode device end to end', async () => {
    const pty = await openPtyPair();
    const device = await TcodeSerialDevice.open(pty.devicePath);
    const opened: { path: string; settings: SerialSettings }[] = [];
    const engine = serialEngine(
      configFor([serialPort(pty.enginePath, { baudRate: 9600, dataBits: 7, stopBits: 2, parity: 'E' })]),
      {
        library: recordingLibrary(opened),
      },
    );
    const client = await engine.connectClient();
    const [stroker] = await scanFor(client);

    expect(stroker!.name).toBe('TCode v0.3 (Single Linear Axis)');
    expect(opened).toEqual([
      { path: pty.enginePath, settings: { baudRate: 9600, dataBits: 7, stopBits: 2, parity: 'even' } },
    ]);

    await stroker!.positionWithDuration({ steps: 510 }, 200);
    expect(await device.nextLine()).toBe('L0510I200');
    await stroker!.position(1);
    expect(await device.nextLine()).toBe('L0999');
    expect(device.targets.get('L0')).toEqual({ channel: 'L0', magnitude: 0.999 });
    expect(device.garbage).toEqual([]);
  });

  it('drives a stroker with a vibrator declared in a user config file', async () => {
    const pty = await openPtyPair();
    const device = await TcodeSerialDevice.open(pty.devicePath);
    const file = join(tempDir('bp-user-'), 'user.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: { major: 4, minor: 0 },
        user_configs: {
          protocols: {
            'tcode-v03': {
              communication: [
                { serial: { port: pty.enginePath, baud_rate: 115200, data_bits: 8, stop_bits: 1, parity: 'N' } },
              ],
              configurations: [
                {
                  id: '1d4c6fe0-5d0b-4f55-9a4b-0c1e3c9d1a01',
                  identifier: [pty.enginePath],
                  name: 'OSR2 with vibrator',
                  features: [
                    {
                      id: '1d4c6fe0-5d0b-4f55-9a4b-0c1e3c9d1a02',
                      index: 0,
                      output: { hw_position_with_duration: { value: [0, 100], duration: [0, 100000] } },
                    },
                    { id: '1d4c6fe0-5d0b-4f55-9a4b-0c1e3c9d1a03', index: 1, output: { vibrate: { value: [0, 99] } } },
                  ],
                },
              ],
            },
          },
        },
      }),
    );
    const deviceConfig = await loadDeviceConfiguration({ userConfigFile: file });
    const engine = serialEngine(deviceConfig);
    const client = await engine.connectClient();
    const [toy] = await scanFor(client);
    expect(toy!.name).toBe('OSR2 with vibrator');

    await toy!.vibrate(1);
    expect(await device.nextLine()).toBe('V199');
    await toy!.sendOutputs([
      { featureIndex: 0, command: { HwPositionWithDuration: { Value: 51, Duration: 300 } } },
      { featureIndex: 1, command: { Vibrate: { Value: 20 } } },
    ]);
    expect([await device.nextLine(), await device.nextLine()]).toEqual(['L051I300', 'V120']);
    // The client goes away: the vibrator stops (positions stay where they are).
    await client.disconnect();
    expect(await device.nextLine()).toBe('V100');
  });

  it('finds a configured port that appears while scanning, and never opens ports nobody configured', async () => {
    const pty = await openPtyPair();
    const late = join(tempDir('bp-late-'), 'stroker');
    const opened: { path: string; settings: SerialSettings }[] = [];
    const engine = serialEngine(configFor([serialPort(late)]), { library: recordingLibrary(opened) });
    const client = await engine.connectClient();
    await client.startScanning();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(client.devices).toEqual([]);

    // The device is plugged in: its port appears under the configured path.
    symlinkSync(pty.enginePath, late);
    await waitFor(() => client.devices.length === 1, 2_000, 'the late port');
    expect(opened.map((o) => o.path)).toEqual([late]);
  });

  it('delivers what the device sends as rx notifications once subscribed, and to reads before that', async () => {
    const pty = await openPtyPair();
    const device = await TcodeSerialDevice.open(pty.devicePath);
    const serial = new SerialDcm({ specifiers: () => [serialPort(pty.enginePath)], pollIntervalMs: 20 });
    const found: DiscoveredDevice[] = [];
    const events: DcmEvents = {
      deviceFound: (d) => found.push(d),
      scanningFinished: () => {},
      availabilityChanged: () => {},
    };
    await serial.start(events, recordingLogger());
    try {
      // One look of the DCM machine's poll loop.
      await serial.startScanning();
      await serial.scanOnce({ scanning: true, signal: new AbortController().signal });
      await serial.stopScanning();
      expect(found[0]!.info).toEqual({
        transport: 'serial',
        name: `Serial Port Device ${pty.enginePath}`,
        address: pty.enginePath,
        port: pty.enginePath,
      });
      const hardware = await found[0]!.connect(serialPort(pty.enginePath), { timeoutMs: 1_000 });
      expect(hardware.endpoints).toEqual(['rx', 'tx']);

      await device.send('D1 reply\n');
      expect(new TextDecoder().decode(await hardware.read('rx', { timeoutMs: 1_000 }))).toBe('D1 reply\n');

      const notified: HardwareEvent[] = [];
      hardware.onEvent((event) => notified.push(event));
      await hardware.subscribe('rx');
      await device.send('TCode v0.3\n');
      await waitFor(() => notified.length > 0);
      expect(notified[0]).toMatchObject({ type: 'notification', endpoint: 'rx' });
      await expect(hardware.write('rx', Uint8Array.of(1), false)).rejects.toThrow('a serial port writes on tx, not rx');
      await hardware.disconnect();
      expect(notified.at(-1)).toEqual({ type: 'disconnected', reason: 'disconnected by the engine' });
    } finally {
      await serial.stop();
    }
  });

  it('notices at once when the other end hangs up, even right after opening (no spinning on end of file)', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const pty = await openPtyPair();
      const library = await loadSerialPortLibrary();
      const line = await library.open(pty.enginePath, { baudRate: 115200, dataBits: 8, stopBits: 1, parity: 'none' });
      const closed = new Promise<string>((resolve) => line.onClose(resolve));
      await pty.unplug();
      const reason = await Promise.race([
        closed,
        new Promise((resolve) => setTimeout(() => resolve('still open'), 1_000)),
      ]);
      expect(reason).toMatch(/^port disconnected: /);
    }
  });

  it('unplugged mid-command: ERROR_DEVICE for the waiting command, a DeviceList without the device, the same index when it is back', async () => {
    const pty = await openPtyPair();
    const device = await TcodeSerialDevice.open(pty.devicePath);
    // A long message gap keeps the second command waiting on the engine side.
    const config = configFor([serialPort(pty.enginePath)], {
      devices: [
        {
          key: { protocol: 'tcode-v03', identifier: pty.enginePath, address: pty.enginePath },
          baseId: tcodeV03Devices.defaults.id,
          allow: false,
          deny: false,
          index: 3,
          messageGapMs: 5_000,
        },
      ],
    });
    const engine = serialEngine(config);
    const client = await engine.connectClient();
    const [stroker] = await scanFor(client);
    expect(stroker!.index).toBe(3);
    const raw = rawSession(engine.server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send(outputCmd(2, 3, 0, { Position: { Value: 100 } }));
    expect(await raw.reply(2)).toEqual({ Ok: { Id: 2 } });
    expect(await device.nextLine()).toBe('L0100');

    raw.send(outputCmd(3, 3, 0, { Position: { Value: 900 } }));
    await pty.unplug();
    await device.close();
    expect(await expectDeviceErrorThenRemoval(raw, 3, 3)).toMatch(/disconnected: port disconnected/);
    expect(engine.server.devices).toEqual([]);
    expect(device.lines).toEqual(['L0100']);

    // The engine keeps serving; the same stroker comes back on a new pty pair at the same path.
    await client.requestDeviceList();
    expect(client.devices).toEqual([]);
    const again = await openPtyPair();
    rmSync(pty.enginePath, { force: true });
    symlinkSync(again.enginePath, pty.enginePath);
    await waitFor(() => client.devices.length === 1, 3_000, 'the stroker to come back');
    expect(client.devices[0]!.index).toBe(3);
  });
});

describe('serial write failures', () => {
  /** A library with one port whose writes fail (a real pty cannot be made to fail a write on cue). */
  const failingLibrary = (closed: string[]): SerialPortLibrary => ({
    list: async () => ['/dev/ttyFAKE0'],
    open: async (): Promise<SerialLine> => {
      let onClose: (reason: string) => void = () => {};
      return {
        write: () => Promise.reject(new Error('EIO: i/o error, write')),
        close: async () => {
          closed.push('closed');
          onClose('port closed');
        },
        onData: () => {},
        onClose: (listener) => {
          onClose = listener;
        },
      };
    },
  });

  it('a failed write answers the command with ERROR_DEVICE, closes the port and removes the device; the engine goes on', async () => {
    const closed: string[] = [];
    const config = configFor([serialPort('/dev/ttyFAKE0')]);
    const engine = serialEngine(config, { library: async () => failingLibrary(closed) });
    const client = await engine.connectClient();
    await scanFor(client);
    await client.stopScanning();
    const raw = rawSession(engine.server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send(outputCmd(2, 0, 0, { Position: { Value: 500 } }));
    expect(await expectDeviceErrorThenRemoval(raw, 2, 0)).toContain('EIO');
    expect(closed).toEqual(['closed']);
    expect(engine.server.devices).toEqual([]);
    expect(client.connected).toBe(true);
  });

  it('start() rejects with one sentence when the library cannot load, and the engine serves without serial', async () => {
    const logger = recordingLogger();
    const reason =
      'Serial port support is not available: the serialport native binding could not be loaded (no binary).';
    const serial = new SerialDcm({ specifiers: () => [], library: () => Promise.reject(new Error(reason)) });
    await expect(
      serial.start({ deviceFound: () => {}, scanningFinished: () => {}, availabilityChanged: () => {} }, logger),
    ).rejects.toThrow(reason);
    const engine = startEngine({ server: { deviceCommunicationManagers: [serial], logger } });
    const client = await engine.connectClient();
    await client.startScanning();
    await waitFor(() => logger.find('warn', reason).length > 0);
    expect(logger.find('warn', '')).toHaveLength(1);
    expect(client.connected).toBe(true);
  });
});

/**
 * Fault injection (issue 9, Must have 1 and 6): each kind of actor is made to throw. Each case ends
 * with the devices stopped and the engine serving the next client, or, where a failure cannot be
 * contained (the device manager, the root), with every device stopped from the hardware registry,
 * every client told, and the failure reported to the host.
 */
import type { AnyActorRef } from 'xstate';
import { describe, expect, it } from 'vitest';
import { ButtplugServer, type ButtplugServerOptions } from '../../actors/engine/buttplugServer.js';
import { EngineFailure } from '../../actors/engine/engineFailure.js';
import type { DeviceCommunicationManager, DcmEvents } from '../../hardware/deviceCommunicationManager.js';
import type { DiscoveredDevice } from '../../hardware/hardware.js';
import { liveHardware } from '../../hardware/liveHardware.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import type { SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import { codecFor } from '../../protocols/buttplug/codecs.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import type { SessionCodec } from '../../protocols/buttplug/sessionCodec.js';
import type { Logger } from '../../protocols/core/logger.js';
import { builtinProtocols } from '../../protocols/devices/index.js';
import { lovenseProtocol } from '../../protocols/devices/lovense/lovenseProtocol.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { onCleanup, waitFor } from '../support/engine.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { handshakeV4, rawSession, type RawSession } from '../support/rawSession.js';

const EDGE = { name: 'LVS-Edge', address: 'EDGE' };
const NORA = { name: 'LVS-Nora', address: 'NORA' };

/** The last level written to one Lovense motor (`Vibrate1:12;` -> 12). */
const lastLevel = (hardware: SimulatedHardware, motor = 1): number | undefined => {
  const written = hardware.writtenText
    .filter((text) => text.startsWith(`Vibrate${motor}:`) || text.startsWith('Vibrate:'))
    .at(-1);
  return written === undefined ? undefined : Number(/:(\d+);/.exec(written)?.[1]);
};

const body = (message: Record<string, Record<string, unknown>>) => Object.values(message)[0]!;

const engineWith = (options: ButtplugServerOptions & { devices?: (typeof EDGE)[] }) => {
  const dcm = new SimulatedDcm({ devices: options.devices ?? [EDGE] });
  const server = new ButtplugServer({
    ...options,
    deviceCommunicationManagers: [dcm, ...(options.deviceCommunicationManagers ?? [])],
  });
  onCleanup(() => server.shutdown());
  return { server, dcm };
};

/** A raw v4 client that scanned until `count` devices are listed. */
const scannedClient = async (server: ButtplugServer, count = 1): Promise<RawSession> => {
  const raw = rawSession(server);
  raw.send(handshakeV4());
  await raw.reply(1);
  raw.send('[{"StartScanning":{"Id":2}}]');
  await waitFor(() => server.devices.length === count, 2_000, `${count} devices`);
  return raw;
};

const vibrate = (raw: RawSession, id: number, value: number, deviceIndex = 0) =>
  raw.send(
    `[{"OutputCmd":{"Id":${id},"DeviceIndex":${deviceIndex},"FeatureIndex":0,"Command":{"Vibrate":{"Value":${value}}}}}]`,
  );

/** The engine still serves: a new client handshakes, scans and drives a device. */
const expectServingNextClient = async (server: ButtplugServer, dcm: SimulatedDcm, address: string | null = 'EDGE') => {
  const next = rawSession(server);
  next.send(handshakeV4(1, 'next client'));
  expect(await next.reply(1, 1_000)).toHaveProperty('ServerInfo');
  next.send('[{"StartScanning":{"Id":2}}]');
  await waitFor(() => server.devices.length > 0, 2_000, 'a device for the next client');
  if (address === null) return next.session.close('done');
  vibrate(next, 3, 5, server.devices[0]!.DeviceIndex);
  expect(await next.reply(3, 1_000)).toEqual({ Ok: { Id: 3 } });
  expect(lastLevel(dcm.hardware(address)!)).toBe(5);
  next.session.close('done');
};

/** Exactly one error-level entry for the failed actor, carrying its stack. */
const expectLoggedOnce = (logger: ReturnType<typeof recordingLogger>, actor: RegExp) => {
  const entries = logger.entries.filter(
    (entry) => entry.level === 'error' && actor.test(String(entry.fields['actor'])) && entry.fields['err'],
  );
  expect(entries).toHaveLength(1);
  expect(String((entries[0]!.fields['err'] as { stack?: string }).stack)).toMatch(/at /);
};

describe('a device actor that throws', () => {
  it('(its protocol encoder throws): its stop is written from the registry, it leaves the list, its request is answered, and it comes back', async () => {
    const throwing: AnyDeviceProtocol = {
      ...lovenseProtocol,
      encodeOutputs: (state, outputs, device) => {
        if (outputs.some((output) => output.value === 7)) throw new Error('encoder bug at 7');
        return lovenseProtocol.encodeOutputs(state as never, outputs, device);
      },
    } as AnyDeviceProtocol;
    const logger = recordingLogger();
    const { server, dcm } = engineWith({
      logger,
      protocols: [throwing, ...builtinProtocols.filter((p) => p.name !== 'lovense')],
    });
    const raw = await scannedClient(server);
    const hardware = dcm.hardware('EDGE')!;
    vibrate(raw, 3, 12);
    await raw.reply(3);
    expect(lastLevel(hardware)).toBe(12);
    vibrate(raw, 4, 7);
    expect(body(await raw.reply(4))).toMatchObject({
      ErrorCode: ErrorCode.Device,
      ErrorMessage: expect.stringMatching(/failed and was stopped/),
    });
    await waitFor(() => lastLevel(hardware) === 0 && lastLevel(hardware, 2) === 0, 1_000, 'the emergency stop');
    await raw.waitFor((m) => 'DeviceList' in m && Object.keys(body(m)['Devices'] as object).length === 0);
    expect(hardware.connected).toBe(false);
    expect(liveHardware.isLive(hardware)).toBe(false);
    // The failed actor ran no exit action: its hardware listener ended itself when the hardware hung up.
    expect((hardware as unknown as { events: { listeners: Set<unknown> } }).events.listeners.size).toBe(0);
    expectLoggedOnce(logger, /^device-/);
    // Found again on the next scan, with its index.
    raw.send('[{"StartScanning":{"Id":5}}]');
    await waitFor(() => server.devices.length === 1, 2_000, 'the device to come back');
    expect(server.devices[0]!.DeviceIndex).toBe(0);
    raw.session.close('client left');
    await expectServingNextClient(server, dcm);
  });

  it('(its hardware write throws synchronously): the command fails, the engine serves on, and the stop reaches the device', async () => {
    const { server, dcm } = engineWith({});
    const raw = await scannedClient(server);
    const hardware = dcm.hardware('EDGE')!;
    vibrate(raw, 3, 12);
    await raw.reply(3);
    const write = hardware.write.bind(hardware);
    let throwNext = true;
    hardware.write = (endpoint, data, withResponse) => {
      if (throwNext) {
        throwNext = false;
        throw new Error('synchronous write failure');
      }
      return write(endpoint, data, withResponse);
    };
    vibrate(raw, 4, 9);
    expect(body(await raw.reply(4))).toMatchObject({ ErrorCode: ErrorCode.Device });
    raw.session.close('client left');
    await waitFor(() => lastLevel(hardware) === 0, 1_000, 'the stop after the client left');
    await expectServingNextClient(server, dcm);
  });

  it('(a timed motion write throws synchronously): no uncaught exception, the device still stops', async () => {
    const { server, dcm } = engineWith({ devices: [{ name: 'LVS-SolacePro', address: 'SOLACE' }] });
    const raw = await scannedClient(server);
    const hardware = dcm.hardware('SOLACE')!;
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    onCleanup(async () => void process.off('uncaughtException', onUncaught));
    const write = hardware.write.bind(hardware);
    hardware.write = (endpoint, data, withResponse) => {
      if (new TextDecoder().decode(data).startsWith('FSetSite')) throw new Error('synchronous motion write failure');
      return write(endpoint, data, withResponse);
    };
    const device = server.devices[0]!;
    const stroke = Object.entries(device.DeviceFeatures).find(([, feature]) => feature.Output?.HwPositionWithDuration);
    expect(stroke).toBeDefined();
    raw.send(
      JSON.stringify([
        {
          OutputCmd: {
            Id: 3,
            DeviceIndex: device.DeviceIndex,
            FeatureIndex: Number(stroke![0]),
            Command: { HwPositionWithDuration: { Value: 50, Duration: 400 } },
          },
        },
      ]),
    );
    await raw.reply(3);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(uncaught).toEqual([]);
    raw.session.close('client left');
    await waitFor(() => hardware.writtenText.some((text) => /^Mply:0:/.test(text)), 1_000, 'a stop');
    await expectServingNextClient(server, dcm, null);
  });
});

describe('a device group that throws (issue 11: devices live in groups under the device manager)', () => {
  it('stops every device it held: their actors end, their stops are written from the registry, they leave the list, and they come back', async () => {
    const logger = recordingLogger();
    const { server, dcm } = engineWith({ logger, devices: [EDGE, NORA] });
    const raw = await scannedClient(server, 2);
    const hardware = [dcm.hardware('EDGE')!, dcm.hardware('NORA')!];
    for (const [i, device] of server.devices.entries()) vibrate(raw, 3 + i, 12, device.DeviceIndex);
    await raw.reply(3);
    await raw.reply(4);
    expect(hardware.map((h) => lastLevel(h))).toEqual([12, 12]);
    const indexes = server.devices.map((device) => device.DeviceIndex);
    const manager = server.actor.system.get('deviceManager') as AnyActorRef;
    const children = () => (manager.getSnapshot() as { children: Record<string, AnyActorRef | undefined> }).children;
    const group = children()['deviceGroup-1']!;
    const devices = ['device-1', 'device-2'].map((id) => server.actor.system.get(id) as AnyActorRef);
    expect(devices.map((device) => (device as unknown as { _parent: AnyActorRef })._parent)).toEqual([group, group]);
    // The fault: the group is told to spawn a device whose id is taken, and XState throws inside its transition.
    group.send({ type: 'group.spawnDevice', input: { deviceId: 'device-1' } } as never);
    expect(group.getSnapshot().status).toBe('error');
    await waitFor(() => hardware.every((h) => lastLevel(h) === 0), 1_000, 'the emergency stops');
    await raw.waitFor((m) => 'DeviceList' in m && Object.keys(body(m)['Devices'] as object).length === 0);
    // XState leaves a failed actor's children running: the manager stopped them itself.
    expect(devices.map((device) => device.getSnapshot().status)).toEqual(['stopped', 'stopped']);
    expect(children()['deviceGroup-1']).toBeUndefined();
    for (const h of hardware) {
      expect(h.connected).toBe(false);
      expect(liveHardware.isLive(h)).toBe(false);
      expect((h as unknown as { events: { listeners: Set<unknown> } }).events.listeners.size).toBe(0);
    }
    expectLoggedOnce(logger, /^deviceGroup-/);
    // Found again on the next scan, with their indexes, in a new group.
    expect(indexes).toHaveLength(2);
    raw.send('[{"StartScanning":{"Id":5}}]');
    await waitFor(() => server.devices.length === 2, 2_000, 'the devices to come back');
    expect(server.devices.map((device) => device.DeviceIndex).sort()).toEqual(indexes.sort());
    vibrate(raw, 6, 3, server.devices[0]!.DeviceIndex);
    expect(await raw.reply(6)).toEqual({ Ok: { Id: 6 } });
    raw.session.close('client left');
    await expectServingNextClient(server, dcm);
  });
});

describe('a device communication manager that throws', () => {
  it('when asked to scan: logged once, restarted with backoff; the scan finishes and other devices carry on', async () => {
    let starts = 0;
    const broken: DeviceCommunicationManager = {
      name: 'broken',
      start: async (_events: DcmEvents) => void starts++,
      startScanning: () => {
        throw new Error('scan exploded');
      },
      stopScanning: async () => {},
      stop: async () => {},
    };
    const logger = recordingLogger();
    const { server, dcm } = engineWith({ logger, deviceCommunicationManagers: [broken], dcmRestartDelayMs: 50 });
    const raw = await scannedClient(server);
    await raw.waitFor((m) => 'ScanningFinished' in m, 2_000).catch(() => undefined);
    vibrate(raw, 3, 12);
    expect(await raw.reply(3)).toEqual({ Ok: { Id: 3 } });
    raw.send('[{"StopScanning":{"Id":4}}]');
    await raw.waitFor((m) => 'ScanningFinished' in m);
    expectLoggedOnce(logger, /^dcm:broken$/);
    await waitFor(() => starts === 2, 1_000, 'the restart');
    expect(lastLevel(dcm.hardware('EDGE')!)).toBe(12);
    // Scanning again fails again: logged again, restarted later (the delay doubles).
    raw.send('[{"StartScanning":{"Id":5}}]');
    await waitFor(() => starts === 3, 1_000, 'the second restart');
    const restarts = logger.entries.filter((e) => e.level === 'error' && e.fields['actor'] === 'dcm:broken');
    expect(restarts.map((e) => e.fields['restartInMs'])).toEqual([50, 100]);
    raw.session.close('client left');
    await waitFor(() => lastLevel(dcm.hardware('EDGE')!) === 0, 1_000, 'the stop');
    await expectServingNextClient(server, dcm);
  });
});

describe('a logger that throws', () => {
  it('loses log lines, never devices: the session works, the devices stop when it leaves, the next client is served', async () => {
    const explode = () => {
      throw new Error('logger exploded');
    };
    const throwing: Logger = {
      trace: explode,
      debug: explode,
      info: explode,
      warn: explode,
      error: explode,
      child: explode,
    };
    const { server, dcm } = engineWith({ logger: throwing });
    const raw = await scannedClient(server);
    vibrate(raw, 3, 12);
    expect(await raw.reply(3)).toEqual({ Ok: { Id: 3 } });
    raw.send('[{"Bogus":{"Id":4}}]');
    expect(body(await raw.reply(4))).toMatchObject({ ErrorCode: ErrorCode.Message });
    raw.session.close('client left');
    await waitFor(() => lastLevel(dcm.hardware('EDGE')!) === 0, 1_000, 'the stop');
    await expectServingNextClient(server, dcm);
  });
});

describe('a session that throws', () => {
  it('(its codec throws): the client gets Error code 0 and is closed, its devices stop, the next client is served', async () => {
    const v4 = codecFor(4)!;
    const throwingCodec: SessionCodec = {
      ...v4,
      inbound: (message, state) => {
        if ((message as { Id?: number }).Id === 13) throw new Error('codec bug at 13');
        return v4.inbound(message, state);
      },
    };
    const logger = recordingLogger();
    const { server, dcm } = engineWith({
      logger,
      codecFor: (version) => (version === 4 ? throwingCodec : codecFor(version)),
    });
    const raw = await scannedClient(server);
    vibrate(raw, 3, 12);
    await raw.reply(3);
    raw.send('[{"Ping":{"Id":13}}]');
    const notice = await raw.waitFor((m) => 'Error' in m && body(m)['ErrorCode'] === ErrorCode.Unknown);
    expect(body(notice)).toMatchObject({ Id: 0, ErrorMessage: expect.stringMatching(/session failed/) });
    await waitFor(() => raw.closed.reason !== undefined, 1_000, 'the connection to close');
    await waitFor(() => lastLevel(dcm.hardware('EDGE')!) === 0, 1_000, 'the stop');
    expectLoggedOnce(logger, /^session-/);
    expect(server.actor.getSnapshot().status).toBe('active');
    await expectServingNextClient(server, dcm);
  });

  it('before its handshake: the connected client and its devices are untouched', async () => {
    const v4 = codecFor(4)!;
    const throwingCodec: SessionCodec = {
      ...v4,
      serverInfo: (fields) => {
        if (fields.id === 66) throw new Error('serverInfo bug');
        return v4.serverInfo(fields);
      },
    };
    const { server, dcm } = engineWith({ codecFor: (version) => (version === 4 ? throwingCodec : codecFor(version)) });
    const raw = await scannedClient(server);
    vibrate(raw, 3, 12);
    await raw.reply(3);
    const other = rawSession(server);
    other.send(handshakeV4(66));
    await waitFor(() => other.closed.reason !== undefined, 1_000, 'the failed session to close');
    expect(lastLevel(dcm.hardware('EDGE')!)).toBe(12);
    raw.send('[{"Ping":{"Id":4}}]');
    expect(await raw.reply(4)).toEqual({ Ok: { Id: 4 } });
  });
});

describe('a failure that cannot be contained', () => {
  /** A DCM that reports a device whose description throws when the device manager reads it. */
  const poisonDcm = (): DeviceCommunicationManager & { poison(): void } => {
    let events: DcmEvents | undefined;
    return {
      name: 'poison',
      start: async (e) => void (events = e),
      startScanning: async () => {},
      stopScanning: async () => {},
      stop: async () => {},
      poison: () =>
        events?.deviceFound({
          get info(): never {
            throw new Error('poisoned device description');
          },
          connect: () => Promise.reject(new Error('unreachable')),
        } as DiscoveredDevice),
    };
  };

  it('the device manager fails: every device is stopped from the registry, clients are told, the host hears it', async () => {
    const poison = poisonDcm();
    const logger = recordingLogger();
    const { server, dcm } = engineWith({ logger, devices: [EDGE, NORA], deviceCommunicationManagers: [poison] });
    const failures: EngineFailure[] = [];
    server.onFailure((failure) => failures.push(failure));
    const raw = await scannedClient(server, 2);
    vibrate(raw, 3, 12, 0);
    vibrate(raw, 4, 12, 1);
    await raw.reply(3);
    await raw.reply(4);
    poison.poison();
    await expect(server.stopped).rejects.toBeInstanceOf(EngineFailure);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.actor).toBe('deviceManager');
    await waitFor(
      () => lastLevel(dcm.hardware('EDGE')!) === 0 && lastLevel(dcm.hardware('NORA')!) === 0,
      1_000,
      'the emergency stop of both devices',
    );
    const notice = await raw.waitFor((m) => 'Error' in m && body(m)['ErrorCode'] === ErrorCode.Unknown);
    expect(body(notice)).toMatchObject({ Id: 0, ErrorMessage: expect.stringMatching(/engine failed/) });
    expect(raw.closed.reason).toBeDefined();
    expect(logger.entries.filter((e) => e.level === 'error' && e.fields['actor'] === 'deviceManager')).toHaveLength(1);
    // No more sessions: a newcomer is told why and closed, never left hanging.
    const late = rawSession(server);
    expect(body(await late.waitFor((m) => 'Error' in m))).toMatchObject({
      ErrorMessage: expect.stringMatching(/engine failed/),
    });
    expect(late.closed.reason).toBeDefined();
    await server.shutdown();
  });

  it('the root fails: the host stops every device without the actor system and tells every client', async () => {
    const { server, dcm } = engineWith({});
    const raw = await scannedClient(server);
    vibrate(raw, 3, 12);
    await raw.reply(3);
    const failures: EngineFailure[] = [];
    server.onFailure((failure) => failures.push(failure));
    // Inject a fault into the root itself: an event its own action throws on.
    server.actor.send({
      type: 'session.open',
      get sessionId(): string {
        throw new Error('root bug');
      },
      transport: { send: () => {}, close: () => {} },
    });
    await expect(server.stopped).rejects.toMatchObject({ actor: 'server' });
    expect(failures).toHaveLength(1);
    await waitFor(() => lastLevel(dcm.hardware('EDGE')!) === 0, 1_000, 'the emergency stop');
    expect(body(await raw.waitFor((m) => 'Error' in m && body(m)['Id'] === 0))).toMatchObject({
      ErrorCode: ErrorCode.Unknown,
    });
    expect(raw.closed.reason).toBeDefined();
  });
});

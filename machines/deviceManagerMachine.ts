/**
 * The device manager: owns the communication managers (DCMs), the device table and scanning.
 *
 *   scanning:  idle -> active -> settling -> idle
 *              (every scanning DCM has stopped; then ScanningFinished once the devices found since the scan
 *              started have connected or failed, or after the connect timeout, so an app that awaits it
 *              sees what the scan found)
 *   lifecycle: running -> shuttingDown -> stopped
 *
 * Discovered devices are matched against the device configuration and get a device actor, spawned
 * into a device group (deviceGroupMachine.ts: manager -> group -> device, no group over 64 devices); the
 * configuration (an immutable value in context) assigns each device its index, stable for the
 * engine's life. Adds and removes are announced as one DeviceList per session on the next tick, however
 * many happened in between (deviceList.ts), and always before a ScanningFinished.
 */
import { assign, enqueueActions, raise, sendParent, setup, type AnyActorRef, type AnyEventObject } from 'xstate';
import { messageOf } from '../protocols/core/errorText.js';
import type { DiscoveredDevice } from '../hardware/hardware.js';
import { failureFields, type Logger } from '../protocols/core/logger.js';
import type { DeviceCommunicationManager } from '../hardware/deviceCommunicationManager.js';
import { deviceListOf } from './deviceList.js';
import { NO_DEVICES, indexOfDevice, withEntry, withoutEntry, type DeviceTable } from './deviceTable.js';
import type { EmergencyStopReport, LiveHardwareRegistry } from '../hardware/liveHardware.js';
import { withTimeout } from '../protocols/core/timeouts.js';
import { PersistentMap } from '../protocols/core/persistentMap.js';
import { clockOf } from '../protocols/core/clock.js';
import { childFailure, failedActorId } from './childFailures.js';
import { ErrorCode } from '../protocols/buttplug/errorCodes.js';
import type { EngineRequest } from '../protocols/buttplug/engineRequests.js';
import type { ServerMessageV4 } from '../protocols/buttplug/messages.js';
import {
  connectionSpecifier,
  isAddressAllowed,
  matchProtocols,
  resolveDevice,
  type DeviceConfig,
} from '../protocols/config/deviceConfig.js';
import { deviceKeyString, type DeviceKey } from '../protocols/config/deviceDefinitions.js';
import type { AnyDeviceProtocol } from '../protocols/devices/shared/deviceProtocol.js';
import { planReload } from './configReload.js';
import { dcmMachine, type DcmToManagerEvent } from './dcmMachine.js';
import { stopAllMachine, type StopAllContext } from './stopAllMachine.js';
import {
  DEVICE_GROUP_CAPACITY,
  deviceGroupMachine,
  discoveredOf,
  type DeviceGroupToManagerEvent,
  type SpawnDeviceEvent,
} from './deviceGroupMachine.js';
import {
  NO_ROSTERS,
  groupWithRoom,
  withMember,
  withoutGroup,
  withoutMember,
  type DeviceRosters,
} from './deviceRosters.js';
import { deviceEventOf, isOneDeviceRequest } from './device/requestEvents.js';
import { type DeviceEvent, type DeviceTimeouts, type DeviceToManagerEvent } from './device/deviceTypes.js';
import type { SessionToManagerEvent } from './sessionMachine.js';

export interface DeviceManagerInput {
  readonly config: DeviceConfig;
  readonly protocols: ReadonlyMap<string, AnyDeviceProtocol>;
  readonly dcms: readonly DeviceCommunicationManager[];
  readonly deviceTimeouts: DeviceTimeouts;
  readonly shutdownTimeoutMs: number;
  readonly logger: Logger;
  /** Where every device's hardware and stop are registered: a failed device is stopped from there. */
  readonly liveHardware: LiveHardwareRegistry;
  /** A failed DCM is restarted after this, doubling with each failure up to `dcmRestartMaxDelayMs`. */
  readonly dcmRestartDelayMs: number;
  readonly dcmRestartMaxDelayMs: number;
}

export type { TableEntry } from './deviceTable.js';

export interface DeviceManagerContext extends DeviceManagerInput {
  readonly dcmIds: readonly string[];
  readonly sessions: ReadonlySet<AnyActorRef>;
  /** Last status each DCM reported (a DCM still starting has none yet). */
  readonly dcmStatus: ReadonlyMap<string, { readonly available: boolean; readonly reason?: string }>;
  readonly scanningDcms: ReadonlySet<string>;
  /** Ready devices by index: exactly what DeviceList reports. */
  readonly table: DeviceTable;
  /**
   * Device actors not yet ready, by id, with the address they are connecting to. Persistent (each change
   * shares the rest): 1,000 devices found at once would otherwise copy it a million entries' worth. A
   * `PersistentMap`, not effect's HashMap: its hashing and tries were 3-5% of a cold 1,000-device scan.
   */
  readonly connecting: PersistentMap<string, string>;
  /**
   * The address of every device actor connecting or listed, to the actor's id: whether a device found is
   * already taken is one lookup, not a walk over every device (this is asked once per device found).
   */
  readonly addressesInUse: PersistentMap<string, string>;
  /** The table the sessions last heard of in a DeviceList; another one is due while it is not `table`. */
  readonly announcedTable: DeviceTable;
  /** Device actors spawned since the current scan started: ScanningFinished waits for those still connecting. */
  readonly foundDuringScan: PersistentMap<string, true>;
  /** How many of `foundDuringScan` are still connecting: the scan is settled at 0 (asked after every event). */
  readonly scanFindsConnecting: number;
  /**
   * The device groups (children `deviceGroup-<n>`) and the device actors each holds: devices live in
   * groups of at most DEVICE_GROUP_CAPACITY, never directly under the manager (deviceGroupMachine.ts).
   */
  readonly rosters: DeviceRosters;
  readonly nextGroupNumber: number;
  readonly nextDeviceNumber: number;
  readonly nextStopAllNumber: number;
  /** Failures of each DCM so far (its restart backoff). */
  readonly dcmFailures: ReadonlyMap<string, number>;
}

export type DeviceManagerEvent =
  | SessionToManagerEvent
  | DcmToManagerEvent
  | DeviceToManagerEvent
  | DeviceGroupToManagerEvent
  | { type: 'scan.requested' }
  | { type: 'scan.stopRequested' }
  | { type: 'scan.allStopped' }
  /** The table changed: an announcement is due (scheduleAnnouncement), and then goes out (deviceList.announce). */
  | { type: 'deviceList.due' }
  | { type: 'deviceList.announce' }
  | { type: 'dcm.restart'; dcmId: string }
  /** The user's settings were reloaded: apply them to connected devices (see configReload.ts). */
  | { type: 'config.reload'; config: DeviceConfig }
  | { type: 'shutdown' };

/** A device the configuration did not know got its index: hosts that keep settings on disk write it back. */
export interface DeviceRememberedEvent {
  readonly type: 'device.remembered';
  readonly device: RememberedDevice;
}

export interface RememberedDevice {
  readonly key: DeviceKey;
  /** The database model's id (`base_id` in a user config file). */
  readonly baseId: string;
  /** The model's name, for people reading the file. */
  readonly name: string;
  readonly index: number;
  /** The model's feature ids, in order (a user config file lists every feature). */
  readonly featureIds: readonly string[];
}

const NONE: ReadonlySet<never> = new Set<never>();
const NO_ADDRESSES = PersistentMap.of(new Map<string, string>());
const NO_FINDS = PersistentMap.of(new Map<string, true>());
const NO_ENTRIES: ReadonlyMap<never, never> = new Map<never, never>();

const reply = (message: ServerMessageV4) => ({ type: 'server.message', message }) as const;

const unknownDevice = (request: EngineRequest & { deviceIndex?: number }): ServerMessageV4 => ({
  type: 'Error',
  Id: request.id,
  ErrorCode: ErrorCode.Device,
  ErrorMessage: `no device with index ${request.deviceIndex}`,
});

interface Enqueue {
  assign(values: Partial<DeviceManagerContext>): void;
  sendTo(session: AnyActorRef, event: ReturnType<typeof reply>): void;
  raise(event: DeviceManagerEvent): void;
}

/**
 * Tells the device actor `deviceId` something. Devices are found by their system id (they are the
 * groups' children, not the manager's); one that has already stopped has nothing left to hear.
 */
const tellDevice = (
  enqueue: { sendTo(actor: AnyActorRef, event: DeviceEvent): void },
  system: AnyActorRef['system'],
  deviceId: string,
  event: DeviceEvent,
): void => {
  const device = system.get(deviceId) as AnyActorRef | undefined;
  if (device) enqueue.sendTo(device, event);
};

interface FailureEnqueue extends Enqueue {
  (effect: () => void): void;
  sendTo(actor: AnyActorRef, event: AnyEventObject): void;
}

/** The table is about to change: unless an announcement is due already, one goes out on the next tick. */
const announceSoon = (context: DeviceManagerContext, enqueue: Enqueue) => {
  if (context.announcedTable === context.table) enqueue.raise({ type: 'deviceList.due' });
};

/** Every session hears the table as it is now, if it has not yet. */
const announceNow = (context: DeviceManagerContext, enqueue: Enqueue) => {
  if (context.announcedTable === context.table) return;
  enqueue.assign({ announcedTable: context.table });
  const list = deviceListOf(context.table);
  for (const session of context.sessions) enqueue.sendTo(session, reply(list));
};

/** `addresses` without `address` if the device actor `deviceId` holds it (another one may have taken it since). */
const releaseAddress = (
  addresses: PersistentMap<string, string>,
  address: string | undefined,
  deviceId: string,
): PersistentMap<string, string> =>
  address !== undefined && addresses.get(address) === deviceId ? addresses.without(address) : addresses;

/** `scanFindsConnecting` once the device actor `deviceId` is no longer connecting. */
const findsConnectingWithout = (context: DeviceManagerContext, deviceId: string): number =>
  context.connecting.has(deviceId) && context.foundDuringScan.has(deviceId)
    ? context.scanFindsConnecting - 1
    : context.scanFindsConnecting;

/** The address the device actor `deviceId` connects to or is listed with. */
const addressOf = (context: DeviceManagerContext, deviceId: string, index: number | undefined): string | undefined =>
  index !== undefined ? context.table.get(index)?.address : context.connecting.get(deviceId);

const logStopReport = (log: Logger, report: EmergencyStopReport): void => {
  if (report.failed.length > 0)
    log.error({ failed: report.failed }, 'emergency stop: some hardware could not be stopped');
  else log.info({ stopped: report.stopped }, 'emergency stop written');
};

/** The records without the device actor `deviceId` (gone or failed), and the index it was listed at. */
const withoutDevice = (context: DeviceManagerContext, deviceId: string) => {
  const index = indexOfDevice(context.table, deviceId);
  const records = {
    table: index !== undefined ? withoutEntry(context.table, index) : context.table,
    connecting: context.connecting.without(deviceId),
    addressesInUse: releaseAddress(context.addressesInUse, addressOf(context, deviceId, index), deviceId),
    scanFindsConnecting: findsConnectingWithout(context, deviceId),
  };
  return { index, records };
};

/** The rosters once `deviceId` left `groupId`; a group left empty is stopped. */
const leaveGroup = (
  context: DeviceManagerContext,
  enqueue: { stopChild(actorId: string): void },
  groupId: string,
  deviceId: string,
): DeviceRosters => {
  const rosters = withoutMember(context.rosters, groupId, deviceId);
  if (context.rosters.has(groupId) && !rosters.has(groupId)) enqueue.stopChild(groupId);
  return rosters;
};

/**
 * The device actor `deviceId` failed (and is stopped): its hardware is stopped from the registry, it
 * leaves the records, and the sessions that may wait on it are told. Returns the records as they are
 * after it, for the next device when a group's devices fail together.
 */
const failDevice = (
  context: DeviceManagerContext,
  enqueue: FailureEnqueue,
  deviceId: string,
  error: unknown,
  discovered: DiscoveredDevice | undefined,
): DeviceManagerContext => {
  const { index, records } = withoutDevice(context, deviceId);
  const log = context.logger.child({ actor: deviceId, ...(index !== undefined ? { deviceIndex: index } : {}) });
  log.error(failureFields(error), 'device actor failed: stopping its hardware and removing it');
  enqueue(() => {
    if (!discovered) return log.error('the failed device left no trace of its hardware: it could not be stopped');
    void context.liveHardware.stopOwner(discovered).then((report) => logStopReport(log, report));
  });
  if (index !== undefined) announceSoon(context, enqueue);
  enqueue.assign(records);
  if (index !== undefined) {
    // Its requests get their Error now; the sessions hear the smaller DeviceList with the tick's other changes.
    const reason = messageOf(error);
    for (const session of context.sessions)
      enqueue.sendTo(session, { type: 'device.failed', deviceIndex: index, reason });
  }
  return { ...context, ...records };
};

/** Actor ids for the DCMs: `dcm:<name>`, numbered when two managers share a name. */
const dcmIds = (dcms: readonly DeviceCommunicationManager[]): string[] =>
  dcms.map((manager) => {
    const same = dcms.filter((other) => other.name === manager.name);
    return same.length > 1 ? `dcm:${manager.name}#${same.indexOf(manager) + 1}` : `dcm:${manager.name}`;
  });

export const deviceManagerMachine = setup({
  types: {
    input: {} as DeviceManagerInput,
    context: {} as DeviceManagerContext,
    events: {} as DeviceManagerEvent,
    emitted: {} as DeviceRememberedEvent,
  },
  actors: {
    dcm: dcmMachine,
    deviceGroup: deviceGroupMachine,
    stopAll: stopAllMachine,
  },
  delays: {
    shutdownTimeout: ({ context }) => context.shutdownTimeoutMs,
    scanSettleTimeout: ({ context }) => context.deviceTimeouts.connectMs,
  },
  guards: {
    noDeviceLeft: ({ context }) => context.table.size === 0 && context.connecting.size === 0,
    isDeviceGroupFailure: ({ event }) => failedActorId(event)?.startsWith('deviceGroup-') === true,
    isDcmFailure: ({ context, event }) => context.dcmIds.includes(failedActorId(event) ?? ''),
    isStopAllFailure: ({ event }) => failedActorId(event)?.startsWith('stopAll-') === true,
    // Checked after every event while settling: a count kept as devices connect, not a walk.
    scanFindsSettled: ({ context }) => context.scanFindsConnecting === 0,
  },
  actions: {
    spawnDcms: enqueueActions(({ context, enqueue }) => {
      context.dcms.forEach((manager, i) => {
        const id = context.dcmIds[i]!;
        enqueue.spawnChild('dcm', {
          id,
          systemId: id,
          input: { dcmId: id, manager, logger: context.logger.child({ dcm: id }) },
        });
      });
    }),
    /** A finished child (a device gone for good, a StopCmd answered) stays among the children until stopped. */
    forgetFinishedChild: enqueueActions(({ event, enqueue }) => {
      const id = (event as { actorId?: unknown }).actorId;
      if (typeof id === 'string') enqueue.stopChild(id);
    }),
    restartDcm: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'dcm.restart') return;
      const manager = context.dcms[context.dcmIds.indexOf(event.dcmId)];
      if (!manager) return;
      context.logger.info({ dcm: event.dcmId }, 'restarting the device communication manager');
      enqueue.spawnChild('dcm', {
        id: event.dcmId,
        systemId: event.dcmId,
        input: { dcmId: event.dcmId, manager, logger: context.logger.child({ dcm: event.dcmId }) },
      });
    }),
    /**
     * A device actor failed (its group stopped it and says so): its stop goes straight to its hardware
     * from the registry (not through the failed actor), the hardware is disconnected, and the device
     * leaves the DeviceList. Whoever waited on it gets an Error. It may come back, with its index, when
     * its DCM offers it again.
     */
    containDeviceFailure: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'group.deviceFailed') return;
      const { deviceId, error, discovered, groupId } = event;
      enqueue.assign({ rosters: leaveGroup(context, enqueue, groupId, deviceId) });
      failDevice(context, enqueue, deviceId, error, discovered);
    }),
    /**
     * A device group failed. XState leaves the children of an actor that throws running, so its
     * devices are stopped here, each as its failure would be: its actor stopped (with the stop signal
     * its parent would have sent), its hardware stopped from the registry, the sessions told.
     */
    containDeviceGroupFailure: enqueueActions(({ context, event, enqueue, self, system }) => {
      const { actorId: groupId, error } = childFailure(event, self);
      const members = context.rosters.get(groupId) ?? NONE;
      context.logger.error(
        { actor: groupId, devices: members.size, ...failureFields(error) },
        'device group failed: stopping its devices and their hardware',
      );
      enqueue.stopChild(groupId);
      enqueue.assign({ rosters: withoutGroup(context.rosters, groupId) });
      let state = context;
      for (const deviceId of members) {
        const device = system.get(deviceId) as AnyActorRef | undefined;
        const discovered = discoveredOf(device);
        if (device) enqueue.sendTo(device, { type: 'xstate.stop' });
        state = failDevice(
          state,
          enqueue,
          deviceId,
          new Error(`its device group failed: ${messageOf(error)}`),
          discovered,
        );
      }
    }),
    /** A DCM failed: logged once, restarted with backoff; its devices and the other DCMs carry on. */
    containDcmFailure: enqueueActions(({ context, event, enqueue, self, system }) => {
      const { actorId, error } = childFailure(event, self);
      const failures = (context.dcmFailures.get(actorId) ?? 0) + 1;
      const delayMs = Math.min(context.dcmRestartDelayMs * 2 ** (failures - 1), context.dcmRestartMaxDelayMs);
      context.logger.error(
        { actor: actorId, failures, restartInMs: delayMs, ...failureFields(error) },
        'device communication manager failed: restarting it',
      );
      enqueue.stopChild(actorId);
      const manager = context.dcms[context.dcmIds.indexOf(actorId)];
      // Its bus may not have been stopped with it: release what it holds before it starts again.
      enqueue(() => {
        if (!manager) return;
        withTimeout(
          Promise.resolve().then(() => manager.stop()),
          context.dcmRestartDelayMs,
          `stopping ${manager.name}`,
          clockOf(system),
        ).catch(() => {});
      });
      const scanning = new Set(context.scanningDcms);
      const wasScanning = scanning.delete(actorId);
      enqueue.assign({
        dcmFailures: new Map(context.dcmFailures).set(actorId, failures),
        dcmStatus: new Map(context.dcmStatus).set(actorId, { available: false, reason: 'failed; restarting' }),
        scanningDcms: scanning,
      });
      if (wasScanning && scanning.size === 0) enqueue.raise({ type: 'scan.allStopped' });
      enqueue.raise({ type: 'dcm.restart', dcmId: actorId }, { delay: delayMs, id: `restart:${actorId}` });
    }),
    /** The StopCmd for every device lost its tally: stop every device again and say so. */
    containStopAllFailure: enqueueActions(({ context, event, enqueue, self, system }) => {
      const { actorId, error, lastContext } = childFailure(event, self);
      context.logger.error({ actor: actorId, ...failureFields(error) }, 'stopping every device failed: stopping again');
      enqueue.stopChild(actorId);
      for (const entry of context.table.values())
        tellDevice(enqueue, system, entry.deviceId, { type: 'device.stop', outputs: true, inputs: false });
      const stopAll = lastContext as Partial<StopAllContext> | undefined;
      if (stopAll?.session && stopAll.id !== undefined)
        enqueue.sendTo(
          stopAll.session,
          reply({
            type: 'Error',
            Id: stopAll.id,
            ErrorCode: ErrorCode.Unknown,
            ErrorMessage: 'stopping every device failed; every device was told to stop again',
          }),
        );
    }),
    attachSession: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'session.attach') return;
      enqueue.assign({ sessions: new Set(context.sessions).add(event.session) });
      enqueue.sendTo(event.session, { type: 'devices.snapshot', deviceList: deviceListOf(context.table) });
    }),
    /** The session is over: stop every device, end its sensor streams, and stop scanning if nobody is left. */
    endSession: enqueueActions(({ context, event, enqueue, system }) => {
      if (event.type !== 'session.end') return;
      const sessions = new Set(context.sessions);
      // A session that never attached (it failed before its handshake) has no devices to stop.
      if (!sessions.delete(event.session)) return enqueue.sendTo(event.session, { type: 'cleanup.done' });
      enqueue.assign({ sessions });
      for (const entry of context.table.values()) {
        tellDevice(enqueue, system, entry.deviceId, { type: 'device.stop', outputs: true, inputs: false });
        tellDevice(enqueue, system, entry.deviceId, { type: 'session.ended', session: event.session });
      }
      if (sessions.size === 0) enqueue.raise({ type: 'scan.stopRequested' });
      context.logger.info({ session: event.sessionId, devices: context.table.size }, 'session ended: devices stopped');
      enqueue.sendTo(event.session, { type: 'cleanup.done' });
    }),
    routeRequest: enqueueActions(({ context, event, enqueue, system }) => {
      if (event.type !== 'client.request') return;
      const { request, session } = event;
      const answer = (message: ServerMessageV4) => enqueue.sendTo(session, reply(message));
      switch (request.kind) {
        case 'startScanning':
          enqueue.raise({ type: 'scan.requested' });
          return answer({ type: 'Ok', Id: request.id });
        case 'stopScanning':
          enqueue.raise({ type: 'scan.stopRequested' });
          return answer({ type: 'Ok', Id: request.id });
        case 'requestDeviceList':
          return answer({ ...deviceListOf(context.table), Id: request.id });
        case 'output':
        case 'input':
        case 'stop': {
          // Sessions send these straight to the device when they can (deviceRoutes.ts); what comes here has no route there.
          if (isOneDeviceRequest(request)) {
            const entry = context.table.get(request.deviceIndex);
            if (!entry) return answer(unknownDevice(request));
            tellDevice(enqueue, system, entry.deviceId, deviceEventOf(request, session));
            return;
          }
          // Answered once every device has written its stop.
          enqueue.assign({ nextStopAllNumber: context.nextStopAllNumber + 1 });
          enqueue.spawnChild('stopAll', {
            id: `stopAll-${context.nextStopAllNumber}`,
            input: {
              devices: [...context.table.values()].flatMap((entry): AnyActorRef[] => system.get(entry.deviceId) ?? []),
              outputs: request.outputs,
              inputs: request.inputs,
              session,
              id: request.id,
              timeoutMs: context.deviceTimeouts.writeMs,
            },
          });
          return;
        }
      }
    }),
    refuseRequest: enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'client.request') return;
      enqueue.sendTo(
        event.session,
        reply({
          type: 'Error',
          Id: event.request.id,
          ErrorCode: ErrorCode.Unknown,
          ErrorMessage: 'the engine is shutting down',
        }),
      );
    }),
    noteDcmStatus: assign({
      dcmStatus: ({ context, event }) =>
        event.type === 'dcm.status'
          ? new Map(context.dcmStatus).set(event.dcmId, {
              available: event.available,
              ...(event.reason !== undefined ? { reason: event.reason } : {}),
            })
          : context.dcmStatus,
    }),
    connectDevice: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'dcm.deviceFound') return;
      const { info } = event.device;
      const log = context.logger.child({ address: info.address, name: info.name });
      if (!isAddressAllowed(context.config, info.address)) return log.debug('ignored: address not allowed');
      if (context.addressesInUse.has(info.address)) return;
      const matches = matchProtocols(context.config, info);
      if (matches.length === 0) return log.debug('ignored: no protocol matches');
      // A device database may list protocols this engine cannot drive: use the first match it can.
      const match = matches.find((candidate) => context.protocols.has(candidate.protocol));
      const protocol = match && context.protocols.get(match.protocol);
      if (!match || !protocol)
        return log.warn(
          { protocols: matches.map((m) => m.protocol) },
          'ignored: no matching protocol has an implementation',
        );
      if (matches.length > 1)
        log.debug(
          { protocols: matches.map((m) => m.protocol) },
          'several protocols match; using the first implemented one',
        );
      const deviceId = `device-${context.nextDeviceNumber}`;
      log.info({ protocol: match.protocol, deviceId }, 'connecting to device');
      // The device actor goes into a group with room, or a new one (deviceGroupMachine.ts).
      const openGroup = groupWithRoom(context.rosters, DEVICE_GROUP_CAPACITY);
      const groupId = openGroup ?? `deviceGroup-${context.nextGroupNumber}`;
      if (!openGroup) enqueue.spawnChild('deviceGroup', { id: groupId, input: { groupId } });
      enqueue.assign({
        nextDeviceNumber: context.nextDeviceNumber + 1,
        nextGroupNumber: context.nextGroupNumber + (openGroup ? 0 : 1),
        rosters: withMember(context.rosters, groupId, deviceId),
        connecting: context.connecting.with(deviceId, info.address),
        addressesInUse: context.addressesInUse.with(info.address, deviceId),
        foundDuringScan: context.foundDuringScan.with(deviceId, true),
        scanFindsConnecting: context.scanFindsConnecting + 1,
      });
      enqueue.sendTo(groupId, {
        type: 'group.spawnDevice',
        input: {
          deviceId,
          discovered: event.device,
          protocol,
          specifier: connectionSpecifier(context.config, match),
          timeouts: context.deviceTimeouts,
          logger: log.child({ deviceId, protocol: match.protocol }),
        },
      } satisfies SpawnDeviceEvent);
    }),
    resolveDefinition: enqueueActions(({ context, event, enqueue, system }) => {
      if (event.type !== 'device.identified') return;
      const resolution = resolveDevice(context.config, event.key, event.selection);
      if (!resolution) {
        tellDevice(enqueue, system, event.deviceId, {
          type: 'device.rejected',
          reason:
            event.selection?.selector !== undefined
              ? `no "${event.key.protocol}" configuration for the layout the hardware reported (${event.selection.selector})`
              : 'no configuration for this device',
        } satisfies DeviceEvent);
        return;
      }
      enqueue.assign({ config: resolution.config });
      const remembered = resolution.config.devices.get(deviceKeyString(event.key));
      if (remembered?.baseId !== undefined && !context.config.devices.has(deviceKeyString(event.key))) {
        enqueue.emit({
          type: 'device.remembered',
          device: {
            key: event.key,
            baseId: remembered.baseId,
            name: resolution.device.name,
            index: remembered.index,
            featureIds: resolution.device.features.map((feature) => feature.id),
          },
        } satisfies DeviceRememberedEvent);
      }
      tellDevice(enqueue, system, event.deviceId, {
        type: 'device.definition',
        definition: resolution.device,
        key: event.key,
      } satisfies DeviceEvent);
    }),
    addDevice: enqueueActions(({ context, event, enqueue, system }) => {
      if (event.type !== 'device.ready') return;
      const stale = context.table.get(event.index);
      if (stale?.deviceId === event.deviceId) {
        // Back from reconnecting (it never left the DeviceList), or redefined by a config reload.
        if (JSON.stringify(stale.info) === JSON.stringify(event.info)) {
          context.logger.info({ deviceIndex: event.index, device: event.info.DeviceName }, 'device reconnected');
          return;
        }
        announceSoon(context, enqueue);
        enqueue.assign({ table: withEntry(context.table, event.index, { ...stale, info: event.info }) });
        context.logger.info({ deviceIndex: event.index, device: event.info.DeviceName }, 'device settings changed');
        return;
      }
      let addressesInUse = context.addressesInUse;
      if (stale) {
        // The same index on a live connection means that connection is stale: the new one wins.
        tellDevice(enqueue, system, stale.deviceId, { type: 'disconnect' });
        addressesInUse = releaseAddress(addressesInUse, stale.address, stale.deviceId);
      }
      const table = withEntry(context.table, event.index, {
        deviceId: event.deviceId,
        address: event.address,
        info: event.info,
      });
      const connecting = context.connecting.without(event.deviceId);
      const scanFindsConnecting = findsConnectingWithout(context, event.deviceId);
      const announced = context.announcedTable.get(event.index);
      if (announced && announced.deviceId !== event.deviceId && !stale) {
        // Its index was freed and is taken again within one tick (a failed device found again): the
        // sessions hear the removal first, or a device that failed would seem never to have left.
        announceNow(context, enqueue);
        enqueue.raise({ type: 'deviceList.due' });
      } else announceSoon(context, enqueue);
      enqueue.assign({
        table,
        connecting,
        scanFindsConnecting,
        addressesInUse: addressesInUse.with(event.address, event.deviceId),
      });
      context.logger.info({ deviceIndex: event.index, device: event.info.DeviceName }, 'device added');
    }),
    /** A device actor ended (its group stopped it): its device is gone for good. */
    removeDevice: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'group.deviceGone') return;
      const { deviceId, groupId, discovered } = event;
      // Its hardware is closed: the emergency stop has nothing left to do for it.
      if (discovered) enqueue(() => context.liveHardware.releaseOwner(discovered));
      const rosters = leaveGroup(context, enqueue, groupId, deviceId);
      const { index, records } = withoutDevice(context, deviceId);
      if (index !== undefined) announceSoon(context, enqueue);
      enqueue.assign({ ...records, rosters });
      if (index === undefined) return;
      context.logger.info({ deviceIndex: index, reason: event.output?.reason }, 'device removed');
    }),
    announceDeviceList: enqueueActions(({ context, enqueue }) => announceNow(context, enqueue)),
    /**
     * `deviceList.announce` on the next tick. Here a 0 ms timer on the actor system's clock (tests step it);
     * the live engine provides one that never waits for a test clock (actors/engine/buttplugServer.ts), so
     * a client hears devices come and go even while the clock stands still.
     */
    scheduleAnnouncement: raise({ type: 'deviceList.announce' }, { delay: 0 }),
    reloadConfig: enqueueActions(({ context, event, enqueue, system }) => {
      if (event.type !== 'config.reload') return;
      const plan = planReload(
        context.config,
        event.config,
        [...context.table].map(([index, entry]) => ({ deviceId: entry.deviceId, index, address: entry.address })),
        context.connecting,
      );
      enqueue.assign({ config: plan.config });
      for (const deviceId of plan.disconnect) tellDevice(enqueue, system, deviceId, { type: 'disconnect' });
      for (const { deviceId, definition } of plan.redefine)
        tellDevice(enqueue, system, deviceId, { type: 'device.redefine', definition });
      context.logger.info(
        { disconnected: plan.disconnect.length, redefined: plan.redefine.length },
        'user device settings reloaded',
      );
    }),
    startScanningDcms: enqueueActions(({ context, enqueue }) => {
      // Every DCM is asked; one that cannot scan (unavailable, or still starting and then failing) says so at once.
      const scanning = new Set(context.dcmIds);
      enqueue.assign({ scanningDcms: scanning });
      for (const id of scanning) enqueue.sendTo(id, { type: 'scan.start' });
      context.logger.info({ dcms: [...scanning] }, 'scanning started');
      if (scanning.size === 0) enqueue.raise({ type: 'scan.allStopped' });
    }),
    forgetScanFinds: assign({ foundDuringScan: NO_FINDS, scanFindsConnecting: 0 }),
    logScanSettleTimeout: ({ context }) =>
      context.logger.warn(
        { devices: [...context.foundDuringScan.keys()].filter((id) => context.connecting.has(id)) },
        'scanning finished with devices still connecting',
      ),
    stopScanningDcms: enqueueActions(({ context, enqueue }) => {
      for (const id of context.scanningDcms) enqueue.sendTo(id, { type: 'scan.stop' });
    }),
    noteDcmStopped: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'dcm.scanningStopped' || !context.scanningDcms.has(event.dcmId)) return;
      const scanning = new Set(context.scanningDcms);
      scanning.delete(event.dcmId);
      enqueue.assign({ scanningDcms: scanning });
      if (scanning.size === 0) enqueue.raise({ type: 'scan.allStopped' });
    }),
    announceScanningFinished: enqueueActions(({ context, enqueue }) => {
      // What the scan found is listed before it is said to be over.
      announceNow(context, enqueue);
      context.logger.info('scanning finished');
      for (const session of context.sessions) enqueue.sendTo(session, reply({ type: 'ScanningFinished', Id: 0 }));
    }),
    disconnectAll: enqueueActions(({ context, enqueue, system }) => {
      context.logger.info(
        { devices: context.table.size + context.connecting.size },
        'shutting down: disconnecting devices',
      );
      for (const id of [...context.connecting.keys(), ...[...context.table.values()].map((e) => e.deviceId)]) {
        tellDevice(enqueue, system, id, { type: 'disconnect' });
      }
    }),
    stopDcms: enqueueActions(({ context, enqueue }) => {
      for (const id of context.dcmIds) enqueue.stopChild(id);
    }),
    reportStopped: sendParent({ type: 'deviceManager.stopped' }),
    logShutdownTimeout: ({ context }) =>
      context.logger.error(
        { devices: context.table.size + context.connecting.size },
        'devices did not disconnect in time: stopping them from the hardware registry',
      ),
    /** Devices that did not close in time (hardware that stopped answering) are stopped without their actors. */
    emergencyStopRemaining: ({ context, system }) => {
      void context.liveHardware.stopScope(system).then((report) => logStopReport(context.logger, report));
    },
  },
}).createMachine({
  id: 'deviceManager',
  // Every collection here is replaced on change, never changed in place: engines start out sharing empty ones.
  context: ({ input }) => ({
    ...input,
    dcmIds: dcmIds(input.dcms),
    sessions: NONE,
    dcmStatus: NO_ENTRIES,
    scanningDcms: NONE,
    table: NO_DEVICES,
    connecting: NO_ADDRESSES,
    addressesInUse: NO_ADDRESSES,
    announcedTable: NO_DEVICES,
    foundDuringScan: NO_FINDS,
    scanFindsConnecting: 0,
    rosters: NO_ROSTERS,
    nextGroupNumber: 1,
    nextDeviceNumber: 1,
    nextStopAllNumber: 1,
    dcmFailures: NO_ENTRIES,
  }),
  entry: 'spawnDcms',
  type: 'parallel',
  on: {
    'session.attach': { actions: 'attachSession' },
    'session.end': { actions: 'endSession' },
    'dcm.status': { actions: 'noteDcmStatus' },
    'device.identified': { actions: 'resolveDefinition' },
    'device.ready': { actions: 'addDevice' },
    'deviceList.due': { actions: 'scheduleAnnouncement' },
    'deviceList.announce': { actions: 'announceDeviceList' },
    // Device actors live in groups: a group stops a device that ended or failed, and says so.
    'group.deviceGone': { actions: 'removeDevice' },
    'group.deviceFailed': { actions: 'containDeviceFailure' },
    'xstate.done.actor.*': { actions: 'forgetFinishedChild' },
    // Each kind of child has its policy; a failure none of them contains fails the device manager.
    'xstate.error.actor.*': [
      { guard: 'isDeviceGroupFailure', actions: 'containDeviceGroupFailure' },
      { guard: 'isDcmFailure', actions: 'containDcmFailure' },
      { guard: 'isStopAllFailure', actions: 'containStopAllFailure' },
    ],
  },
  states: {
    scanning: {
      initial: 'idle',
      states: {
        idle: {
          on: { 'scan.requested': { target: 'active', actions: ['forgetScanFinds', 'startScanningDcms'] } },
        },
        active: {
          on: {
            'scan.stopRequested': { actions: 'stopScanningDcms' },
            'dcm.scanningStopped': { actions: 'noteDcmStopped' },
            'scan.allStopped': { target: 'settling' },
          },
        },
        /** Every bus has stopped; the devices this scan found finish connecting (or fail) first. */
        settling: {
          // What the scan found is forgotten once it is over (1,000 devices found: 1,000 entries kept for nothing).
          always: {
            guard: 'scanFindsSettled',
            target: 'idle',
            actions: ['announceScanningFinished', 'forgetScanFinds'],
          },
          after: {
            scanSettleTimeout: {
              target: 'idle',
              actions: ['logScanSettleTimeout', 'announceScanningFinished', 'forgetScanFinds'],
            },
          },
          // Scanning again before this one finished: one scan goes on, with one ScanningFinished at its end.
          on: { 'scan.requested': { target: 'active', actions: 'startScanningDcms' } },
        },
      },
    },
    lifecycle: {
      initial: 'running',
      states: {
        running: {
          on: {
            'client.request': { actions: 'routeRequest' },
            'dcm.deviceFound': { actions: 'connectDevice' },
            'dcm.restart': { actions: 'restartDcm' },
            'config.reload': { actions: 'reloadConfig' },
            shutdown: { target: 'shuttingDown' },
          },
        },
        shuttingDown: {
          entry: ['stopScanningDcms', 'disconnectAll'],
          always: { guard: 'noDeviceLeft', target: 'stopped' },
          after: { shutdownTimeout: { target: 'stopped', actions: ['logShutdownTimeout', 'emergencyStopRemaining'] } },
          on: { 'client.request': { actions: 'refuseRequest' } },
        },
        stopped: {
          entry: ['stopDcms', 'reportStopped'],
          on: { 'client.request': { actions: 'refuseRequest' } },
        },
      },
    },
  },
});

/**
 * A group of device actors under the device manager: manager -> group -> device (issue 11).
 *
 * XState copies a parent's whole `children` object each time it spawns or stops a child, so 1,000
 * device actors directly under the device manager cost a quadratic number of copies while a scan finds
 * them. The manager spawns each device into a group holding at most `DEVICE_GROUP_CAPACITY`, so no
 * `children` object ever grows past a few dozen keys. A group holds no state of its own: which devices
 * it holds is the manager's record (`rosters`), so a group that fails loses nothing the manager needs.
 *
 *   open: spawns the devices the manager hands it and handles each child's end (a device reports to the
 *         manager itself, by the manager's system id):
 *         a device gone for good, or failed, is stopped here and reported to the manager, which
 *         updates its table and (for a failure) stops the hardware from the registry.
 */
import { enqueueActions, setup, type AnyActorRef } from 'xstate';
import type { DiscoveredDevice } from '../hardware/hardware.js';
import { childFailure } from './childFailures.js';
import { deviceMachine } from './device/deviceMachine.js';
import type { DeviceContext, DeviceInput, DeviceOutput } from './device/deviceTypes.js';

/**
 * The most devices one group holds. A spawn copies at most this many keys (1,000 devices under the
 * manager copied 500 on average, 8.8% of a cold scan's CPU, now under 1%); fewer, larger groups cost
 * less heap (heapGrowth, 1,000 devices, warm: 8.14-8.25 KiB a device with 32, 8.04-8.08 with 64,
 * 8.02-8.04 with 128), and 64 keeps both the groups and the manager's children at a few dozen keys.
 */
export const DEVICE_GROUP_CAPACITY = 64;

export interface DeviceGroupInput {
  readonly groupId: string;
}

export type DeviceGroupContext = DeviceGroupInput;

/** From the device manager. */
export interface SpawnDeviceEvent {
  readonly type: 'group.spawnDevice';
  readonly input: DeviceInput;
}

/** To the device manager: these about a device's end (a device's own reports go to the manager directly). */
export type DeviceGroupToManagerEvent =
  /** The device actor ended (its device is gone for good); `discovered` is the hardware it held. */
  | {
      type: 'group.deviceGone';
      groupId: string;
      deviceId: string;
      output?: DeviceOutput;
      discovered?: DiscoveredDevice;
    }
  /** The device actor failed and was stopped; its hardware was not (the manager stops it from the registry). */
  | { type: 'group.deviceFailed'; groupId: string; deviceId: string; error: unknown; discovered?: DiscoveredDevice };

type DeviceGroupEvent = SpawnDeviceEvent;

/** The hardware a device actor was given (read from its snapshot, which a failed actor may not have). */
export const discoveredOf = (device: AnyActorRef | undefined): DiscoveredDevice | undefined => {
  try {
    return (device?.getSnapshot() as { context?: Partial<DeviceContext> } | undefined)?.context?.discovered;
  } catch {
    return undefined;
  }
};

export const deviceGroupMachine = setup({
  types: {
    input: {} as DeviceGroupInput,
    context: {} as DeviceGroupContext,
    events: {} as DeviceGroupEvent,
  },
  actors: {
    device: deviceMachine,
  },
  actions: {
    spawnDevice: enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'group.spawnDevice') return;
      const { deviceId } = event.input;
      enqueue.spawnChild('device', { id: deviceId, systemId: deviceId, input: event.input });
    }),
    /** The device actor is done: its output, with the hardware it held, goes up; it leaves the group. */
    reportGone: enqueueActions(({ context, event, enqueue, self }) => {
      const output = (event as { output?: DeviceOutput }).output;
      const actorId = (event as { actorId?: unknown }).actorId;
      if (typeof actorId !== 'string') return;
      const child = (self.getSnapshot() as { children: Record<string, AnyActorRef | undefined> }).children[actorId];
      enqueue.stopChild(actorId);
      const discovered = discoveredOf(child);
      enqueue.sendParent({
        type: 'group.deviceGone',
        groupId: context.groupId,
        deviceId: actorId,
        ...(output ? { output } : {}),
        ...(discovered ? { discovered } : {}),
      } satisfies DeviceGroupToManagerEvent);
    }),
    /** The device actor failed: stopped here at once; the manager stops its hardware and tells its sessions. */
    reportFailure: enqueueActions(({ context, event, enqueue, self }) => {
      const { actorId, error, lastContext } = childFailure(event, self);
      const discovered = (lastContext as Partial<DeviceContext> | undefined)?.discovered;
      enqueue.stopChild(actorId);
      enqueue.sendParent({
        type: 'group.deviceFailed',
        groupId: context.groupId,
        deviceId: actorId,
        error,
        ...(discovered ? { discovered } : {}),
      } satisfies DeviceGroupToManagerEvent);
    }),
  },
}).createMachine({
  id: 'deviceGroup',
  context: ({ input }) => ({ groupId: input.groupId }),
  initial: 'open',
  states: {
    open: {
      on: {
        'group.spawnDevice': { actions: 'spawnDevice' },
        'xstate.done.actor.*': { actions: 'reportGone' },
        // Every child here is a device: each failure is stopped and reported, never fatal to the group.
        'xstate.error.actor.*': { actions: 'reportFailure' },
      },
    },
  },
});

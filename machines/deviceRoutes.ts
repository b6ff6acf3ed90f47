/**
 * The short way from a session to a device (issue 11). A request that names one device (an output, an
 * input, a StopDeviceCmd) goes from the session straight to the device's actor, one event instead of two,
 * when the device manager is running and lists the device as ready; anything else (no such device, the
 * engine shutting down, a StopCmd for every device) still goes through the manager, which answers it.
 *
 * Order: XState delivers an event at once unless its receiver is busy with another, and when a frame
 * arrives no actor is busy, so a frame's requests reach their devices in the frame's order, whichever
 * way each went (specs/engine/routingOrder.test.ts). Were the manager ever busy, what goes through it
 * (a StopCmd) could only arrive late, after newer outputs: the device would stop, never run on an older value.
 */
import type { AnyActorRef } from 'xstate';
import type { DeviceManagerContext } from './deviceManagerMachine.js';

/** The device actor a session can hand a request for `deviceIndex` to, if there is one. */
export type DeviceRoute = (deviceIndex: number) => AnyActorRef | undefined;

interface ManagerSnapshot {
  readonly status: string;
  readonly value: { readonly lifecycle?: string };
  readonly context: Pick<DeviceManagerContext, 'table'>;
}

const routesByManager = new WeakMap<AnyActorRef, DeviceRoute>();

/**
 * Routes read from the device manager's snapshot: the table as the manager last left it, always current.
 * One function per manager, shared by its sessions.
 */
export const deviceRoutes = (deviceManager: AnyActorRef): DeviceRoute => {
  let route = routesByManager.get(deviceManager);
  if (!route) routesByManager.set(deviceManager, (route = routeThrough(deviceManager)));
  return route;
};

const routeThrough =
  (deviceManager: AnyActorRef): DeviceRoute =>
  (deviceIndex) => {
    const manager = deviceManager.getSnapshot() as ManagerSnapshot;
    if (manager.status !== 'active' || manager.value.lifecycle !== 'running') return undefined;
    const entry = manager.context.table.get(deviceIndex);
    // Device actors live in the manager's device groups; each is registered in the system by its id.
    const device = entry && (deviceManager.system.get(entry.deviceId) as AnyActorRef | undefined);
    return device?.getSnapshot().status === 'active' ? device : undefined;
  };

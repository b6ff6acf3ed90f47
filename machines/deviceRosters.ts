/**
 * Which device group holds which device actors: the device manager's record (deviceGroupMachine.ts).
 * A value, replaced on change; each change copies one group's members and the map of groups, both a
 * few dozen entries at most, never every device.
 */
export type DeviceRosters = ReadonlyMap<string, ReadonlySet<string>>;

export const NO_ROSTERS: DeviceRosters = new Map<never, never>();

/** The first group with room for another device, if there is one. */
export const groupWithRoom = (rosters: DeviceRosters, capacity: number): string | undefined => {
  for (const [groupId, members] of rosters) if (members.size < capacity) return groupId;
  return undefined;
};

/** `rosters` with `deviceId` in `groupId` (a group not yet there starts with it). */
export const withMember = (rosters: DeviceRosters, groupId: string, deviceId: string): DeviceRosters =>
  new Map(rosters).set(groupId, new Set(rosters.get(groupId)).add(deviceId));

/** `rosters` without `deviceId`; a group left empty is dropped (the manager stops it). */
export const withoutMember = (rosters: DeviceRosters, groupId: string, deviceId: string): DeviceRosters => {
  const members = rosters.get(groupId);
  if (!members?.has(deviceId)) return rosters;
  const next = new Map(rosters);
  if (members.size === 1) next.delete(groupId);
  else {
    const rest = new Set(members);
    rest.delete(deviceId);
    next.set(groupId, rest);
  }
  return next;
};

/** `rosters` without `groupId` and every device it held. */
export const withoutGroup = (rosters: DeviceRosters, groupId: string): DeviceRosters => {
  if (!rosters.has(groupId)) return rosters;
  const next = new Map(rosters);
  next.delete(groupId);
  return next;
};

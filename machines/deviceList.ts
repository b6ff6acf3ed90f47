/**
 * The DeviceList of a device table, made once per table: the device manager's table is immutable (every
 * change makes a new one), so the message for a table is kept beside it and RequestDeviceList, session
 * snapshots and announcements all share it instead of rebuilding the list each time.
 */
import type { DeviceInfo, DeviceListV4 } from '../protocols/buttplug/messages.js';
import { deviceListMessage } from '../protocols/config/deviceInfo.js';
import { unchangingJson } from '../protocols/buttplug/frameEnvelope.js';

const lists = new WeakMap<ReadonlyMap<number, { readonly info: DeviceInfo }>, DeviceListV4>();

/** The DeviceList (Id 0) naming every device of `table`. */
export const deviceListOf = (table: ReadonlyMap<number, { readonly info: DeviceInfo }>): DeviceListV4 => {
  let list = lists.get(table);
  if (!list) {
    list = deviceListMessage(
      0,
      Array.from(table.values(), (entry) => entry.info),
    );
    // The table never changes, so neither does its list: every frame it goes in shares one JSON text.
    unchangingJson(list.Devices);
    lists.set(table, list);
  }
  return list;
};

/** The standard BLE battery characteristic (`rxblebattery`): its first byte is the charge in percent. */
import { read, type ProtocolScript } from './hardwareRequests.js';

export function* readBleBattery(length = 1): ProtocolScript<number> {
  const data = yield* read('rxblebattery', length);
  if (data.length === 0) throw new Error('the battery characteristic answered with nothing');
  return data[0]!;
}

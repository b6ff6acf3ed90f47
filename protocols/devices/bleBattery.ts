/** The standard BLE Battery Service level (one byte, percent) that many toys expose on `rxblebattery`. */
import type { InputRequest } from './deviceProtocol.js';
import { read, type ProtocolScript } from './hardwareRequests.js';

export function* readBleBattery(request: InputRequest): ProtocolScript<number> {
  if (request.type !== 'Battery') throw new Error(`no ${request.type} sensor to read`);
  const data = yield* read('rxblebattery', 1);
  if (data.length === 0) throw new Error('the battery level read was empty');
  return data[0]!;
}

/**
 * The standard Bluetooth LE battery service: the charge in percent, one byte read from
 * `rxblebattery`. Protocols whose devices carry that service read their battery this way.
 */
import type { InputRequest } from './deviceProtocol.js';
import { read, type ProtocolScript } from './hardwareRequests.js';
import { requireInput } from './inputRefusal.js';

export function* readBleBattery(_state: unknown, request: InputRequest): ProtocolScript<number> {
  requireInput(request, 'Battery');
  const data = yield* read('rxblebattery', 1);
  if (data.length === 0) throw new Error('the battery service answered with no data');
  return data[0]!;
}

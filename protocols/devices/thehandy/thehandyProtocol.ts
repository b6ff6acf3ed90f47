/**
 * The Handy (firmware before 4): "handyplug" protobuf messages on `tx`, each asking a response. A
 * stroke is `Payload { Message { LinearCmd { Id: 2, DeviceIndex: 0, Vectors: [{ Index: 0, Duration,
 * Position: position / 100 }] } } }`. When the hardware layer demands keepalive, a `Ping { Id: 999 }`
 * payload is sent.
 */
import { encoded, type DeviceProtocol, type ProtocolWrite } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { encodeMessage, type ProtoField } from './protobufWire.js';
import { thehandyDevices } from './thehandyDevices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

const PING = 102;
const LINEAR_CMD = 403;

/** A handyplug Payload carrying one Message whose oneof member `kind` holds `body`. */
const payload = (kind: number, body: readonly ProtoField[]): number[] =>
  encodeMessage([{ kind: 'message', field: 1, value: [{ kind: 'message', field: kind, value: body }] }]);

export const linearPayload = (position: number, durationMs: number): number[] =>
  payload(LINEAR_CMD, [
    { kind: 'varint', field: 1, value: 2 },
    { kind: 'varint', field: 2, value: 0 },
    {
      kind: 'message',
      field: 3,
      value: [
        { kind: 'varint', field: 1, value: 0 },
        { kind: 'varint', field: 2, value: durationMs },
        { kind: 'double', field: 3, value: position / 100 },
      ],
    },
  ]);

export const pingPayload = (): number[] => payload(PING, [{ kind: 'varint', field: 1, value: 999 }]);

export const thehandyProtocol: DeviceProtocol<null> = {
  name: 'thehandy',
  config: thehandyDevices,
  createState: () => null,
  encodeOutputs: drivesOnly(['HwPositionWithDuration'], (state, outputs) => {
    const writes: ProtocolWrite[] = [];
    for (const { value, duration = 0 } of outputs) {
      writes.push(write('tx', linearPayload(value, duration), true));
    }
    return encoded(state, writes);
  }),
  keepalive: { kind: 'whenHardwareRequires', write: write('tx', pingPayload(), true), intervalMs: 5_000 },
};

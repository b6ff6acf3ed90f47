/**
 * The Handy (firmware 4+) and The Oh!: "hdy_rpc" protobuf messages on `tx`; answers on `rx`.
 *
 * - The model is the second part of the advertised name (`OHD_hw4_...` -> `hw4`), `unknown` without one.
 * - After connecting: subscribe `rx`, ask the battery (`Request { id: 1, RequestBatteryGet }`) and the
 *   capabilities (`Request { id: 2, RequestCapabilitiesGet }`), each as `RpcMessage { type: Request }`
 *   without response, waiting a while for each answer (which only informs).
 * - A stroke is `RequestHdspXpTSet { xp: position / 100, t: duration, stop_on_target: true }`, a
 *   vibration `RequestHvpSet { amplitude: speed / 100, frequency: 100 }` or `RequestHvpStop` for 0,
 *   each wrapped in a Request numbered by a sequence, in an RpcMessage, with response.
 *
 * The reference draws ids 0..2 of that sequence while it sets the device up (for its keepalive
 * packet), so its first command carries id 3; so does ours. When the hardware layer demands
 * keepalive, the reference's keepalive packet is sent: a bare `Request { id: 1,
 * RequestCapabilitiesGet }` (not wrapped in an RpcMessage).
 */
import { encoded, type DeviceProtocol, type ProtocolWrite } from '../shared/deviceProtocol.js';
import { nextNotification, send, subscribe, write } from '../shared/hardwareRequests.js';
import { encodeMessage, type ProtoField } from './protobufWire.js';
import { thehandyV3Devices } from './thehandyV3Devices.js';
import { drivesOnly } from '../shared/outputEncoders.js';

export interface TheHandyV3State {
  /** The id of the next request. */
  readonly seq: number;
}

const MESSAGE_TYPE_REQUEST = 1;
const PARAMS = { batteryGet: 710, capabilitiesGet: 713, hdspXpTSet: 744, hvpSet: 900, hvpStop: 901 } as const;
const FIRST_COMMAND_ID = 3;
const REPLY_TIMEOUT_MS = 1_000;
const VIBRATION_FREQUENCY_HZ = 100;

/** A Request with its id and one params member. */
const request = (id: number, params: number, body: readonly ProtoField[] = []): ProtoField[] => [
  { kind: 'varint', field: 2, value: id },
  { kind: 'message', field: params, value: body },
];

/** An RpcMessage of type Request carrying `request`. */
export const rpcRequest = (fields: readonly ProtoField[]): number[] =>
  encodeMessage([
    { kind: 'varint', field: 1, value: MESSAGE_TYPE_REQUEST },
    { kind: 'message', field: 2, value: fields },
  ]);

export const strokeRequest = (id: number, position: number, durationMs: number): number[] =>
  rpcRequest(
    request(id, PARAMS.hdspXpTSet, [
      { kind: 'float', field: 1, value: Math.fround(position / 100) },
      { kind: 'varint', field: 2, value: durationMs },
      { kind: 'varint', field: 3, value: 1 },
    ]),
  );

export const vibrationRequest = (id: number, speed: number): number[] =>
  rpcRequest(
    speed === 0
      ? request(id, PARAMS.hvpStop)
      : request(id, PARAMS.hvpSet, [
          { kind: 'float', field: 1, value: Math.fround(speed / 100) },
          { kind: 'varint', field: 2, value: VIBRATION_FREQUENCY_HZ },
          { kind: 'float', field: 3, value: 0 },
        ]),
  );

/** `OHD_hw4_xxxx` -> `hw4`. */
export const handyModel = (hardwareName: string): string => {
  const parts = hardwareName.split('_');
  return parts.length > 2 ? parts[1]! : 'unknown';
};

export const thehandyV3Protocol: DeviceProtocol<TheHandyV3State> = {
  name: 'thehandy-v3',
  config: thehandyV3Devices,
  *identify(context) {
    return handyModel(context.hardwareName);
  },
  createState: () => ({ seq: FIRST_COMMAND_ID }),
  *initialize(_device, state) {
    yield* subscribe('rx');
    yield* send(write('tx', rpcRequest(request(1, PARAMS.batteryGet))));
    yield* nextNotification('rx', REPLY_TIMEOUT_MS);
    yield* send(write('tx', rpcRequest(request(2, PARAMS.capabilitiesGet))));
    yield* nextNotification('rx', REPLY_TIMEOUT_MS);
    return state;
  },
  encodeOutputs: drivesOnly(['HwPositionWithDuration', 'Vibrate'], (state, outputs) => {
    let seq = state.seq;
    const writes: ProtocolWrite[] = [];
    for (const { type, value, duration = 0 } of outputs) {
      if (type === 'HwPositionWithDuration') writes.push(write('tx', strokeRequest(seq, value, duration), true));
      else writes.push(write('tx', vibrationRequest(seq, value), true));
      seq = (seq + 1) >>> 0;
    }
    return encoded({ seq }, writes);
  }),
  keepalive: {
    kind: 'whenHardwareRequires',
    write: write('tx', encodeMessage(request(1, PARAMS.capabilitiesGet)), true),
    intervalMs: 5_000,
  },
};

/**
 * The Handy (firmware 4) and The Oh!: protobuf `RpcMessage`s ("hdy_rpc") on `tx`, answered on `rx`.
 * Every request gets a response with its id (`RpcMessage { type: Response, response { id, ... } }`):
 * the battery and the capabilities with their values, anything else with an empty result. Bytes that
 * are not a request message get no answer.
 */
import { encodeMessage, type ProtoField } from '../../protocols/devices/thehandy/protobufWire.js';
import { answer, deviceSimulator, type SimulatorFamily } from './simulatorSupport.js';

const MESSAGE_TYPE_REQUEST = 1;
const MESSAGE_TYPE_RESPONSE = 3;
const BATTERY_GET = 710;
const CAPABILITIES_GET = 713;

interface WireField {
  readonly field: number;
  readonly wireType: number;
  /** The number of a varint; the bytes of a length-delimited field. */
  readonly value: number | Uint8Array;
}

/** The fields of a protobuf message, or undefined when the bytes are not one. */
const decodeFields = (bytes: Uint8Array): WireField[] | undefined => {
  const fields: WireField[] = [];
  let at = 0;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = bytes[at++];
      if (byte === undefined) return undefined;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return undefined;
  };
  while (at < bytes.length) {
    const key = varint();
    if (key === undefined) return undefined;
    const wireType = key & 7;
    const field = Math.floor(key / 8);
    if (wireType === 0) {
      const value = varint();
      if (value === undefined) return undefined;
      fields.push({ field, wireType, value });
    } else if (wireType === 2) {
      const length = varint();
      if (length === undefined || at + length > bytes.length) return undefined;
      fields.push({ field, wireType, value: bytes.subarray(at, at + length) });
      at += length;
    } else if (wireType === 5 || wireType === 1) {
      const size = wireType === 5 ? 4 : 8;
      if (at + size > bytes.length) return undefined;
      fields.push({ field, wireType, value: bytes.subarray(at, at + size) });
      at += size;
    } else return undefined;
  }
  return fields;
};

/** The id and the params field of an `RpcMessage` of type Request, when the bytes are one. */
const requestOf = (bytes: Uint8Array): { id: number; params: number } | undefined => {
  const message = decodeFields(bytes);
  const type = message?.find((f) => f.field === 1)?.value;
  const body = message?.find((f) => f.field === 2 && f.wireType === 2)?.value;
  if (type !== MESSAGE_TYPE_REQUEST || !(body instanceof Uint8Array)) return undefined;
  const request = decodeFields(body);
  const id = request?.find((f) => f.field === 2 && f.wireType === 0)?.value;
  const params = request?.find((f) => f.field !== 2 && f.wireType === 2);
  return typeof id === 'number' && params ? { id, params: params.field } : undefined;
};

const resultOf = (params: number): ProtoField[] => {
  // ResponseBatteryGet { state: BatteryState { level: 87 } }.
  if (params === BATTERY_GET) return [{ kind: 'message', field: 1, value: [{ kind: 'varint', field: 1, value: 87 }] }];
  // Battery: yes; one slider.
  if (params === CAPABILITIES_GET)
    return [
      { kind: 'varint', field: 2, value: 1 },
      { kind: 'varint', field: 3, value: 1 },
    ];
  return [];
};

export const thehandySimulator: SimulatorFamily = () =>
  deviceSimulator({
    write: ({ endpoint, data }, device) => {
      if (endpoint !== 'tx') return;
      const request = requestOf(data);
      if (!request) return;
      answer(
        device,
        'rx',
        encodeMessage([
          { kind: 'varint', field: 1, value: MESSAGE_TYPE_RESPONSE },
          {
            kind: 'message',
            field: 4,
            value: [
              { kind: 'varint', field: 1, value: request.id },
              { kind: 'message', field: request.params, value: resultOf(request.params) },
            ],
          },
        ]),
      );
    },
  });

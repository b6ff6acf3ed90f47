/**
 * Intiface Engine's frontend protocol: what the engine tells a supervising GUI (`EngineMessage`) and
 * what the GUI may ask (`IntifaceMessage`), as serde's externally tagged JSON: `{"Name":{...fields}}`,
 * every message an object even when it has no fields. Fields are snake_case, in Intiface's order.
 */
import { Either, Schema } from 'effect';
import type { ButtplugServerEvents, EngineDevice, OutputObservation } from '../engine/engineEvents.js';

export type EngineMessage =
  | { readonly EngineVersion: { readonly version: string } }
  | { readonly EngineStarted: Record<string, never> }
  | { readonly EngineError: { readonly error: string } }
  | { readonly EngineServerCreated: Record<string, never> }
  | { readonly EngineStopped: Record<string, never> }
  | { readonly ClientConnected: { readonly client_name: string } }
  | { readonly ClientDisconnected: Record<string, never> }
  | {
      readonly DeviceConnected: {
        readonly name: string;
        readonly index: number;
        readonly identifier: {
          readonly protocol: string;
          readonly identifier: string | null;
          readonly address: string;
        };
        readonly display_name?: string;
        readonly needs_keepalive: boolean;
      };
    }
  | { readonly DeviceDisconnected: { readonly index: number } }
  | { readonly ClientRejected: { readonly reason: string } }
  | {
      readonly DeviceOutputObservation: {
        readonly device_index: number;
        readonly feature_index: number;
        readonly output_type: string;
        readonly value: number;
      };
    };

export const deviceConnected = (device: EngineDevice): EngineMessage => ({
  DeviceConnected: {
    name: device.name,
    index: device.index,
    identifier: {
      protocol: device.identifier.protocol,
      identifier: device.identifier.identifier ?? null,
      address: device.identifier.address,
    },
    ...(device.displayName !== undefined ? { display_name: device.displayName } : {}),
    needs_keepalive: device.needsKeepalive,
  },
});

export const outputObservation = (observation: OutputObservation): EngineMessage => ({
  DeviceOutputObservation: {
    device_index: observation.deviceIndex,
    feature_index: observation.featureIndex,
    output_type: observation.type,
    value: observation.value,
  },
});

/** The engine event as the frontend message Intiface sends for it (none for events Intiface does not report). */
export const engineMessageOf = <K extends keyof ButtplugServerEvents>(
  event: K,
  ...args: ButtplugServerEvents[K]
): EngineMessage | undefined => {
  const [payload] = args as unknown[];
  switch (event) {
    case 'clientconnected':
      return { ClientConnected: { client_name: (payload as { clientName: string }).clientName } };
    case 'clientdisconnected':
      return { ClientDisconnected: {} };
    case 'clientrejected':
      return { ClientRejected: { reason: (payload as { reason: string }).reason } };
    case 'deviceadded':
      return deviceConnected(payload as EngineDevice);
    case 'deviceremoved':
      return { DeviceDisconnected: { index: (payload as { index: number }).index } };
    case 'deviceoutput':
      return outputObservation(payload as OutputObservation);
    default:
      return undefined;
  }
};

/** serde writes an f64 with a fractional part even when it is whole (`10.0`); JSON.stringify would write `10`. */
const f64 = (value: number): string => (Number.isInteger(value) ? `${value}.0` : JSON.stringify(value));

/** The JSON text Intiface Engine writes for this message. */
export const encodeEngineMessage = (message: EngineMessage): string => {
  if ('DeviceOutputObservation' in message) {
    const body = message.DeviceOutputObservation;
    return (
      `{"DeviceOutputObservation":{"device_index":${body.device_index},"feature_index":${body.feature_index},` +
      `"output_type":${JSON.stringify(body.output_type)},"value":${f64(body.value)}}}`
    );
  }
  return JSON.stringify(message);
};

const IntifaceMessageSchema = Schema.Union(
  Schema.Struct({
    RequestEngineVersion: Schema.Struct({ expected_version: Schema.Int.pipe(Schema.between(0, 2 ** 32 - 1)) }),
  }),
  Schema.Struct({ Stop: Schema.Record({ key: Schema.String, value: Schema.Never }) }),
);

export type IntifaceMessage = Schema.Schema.Type<typeof IntifaceMessageSchema>;

/** A frame from the frontend, or why it is not one. */
export const decodeIntifaceMessage = (
  text: string,
): { readonly ok: true; readonly message: IntifaceMessage } | { readonly ok: false; readonly reason: string } => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const decoded = Schema.decodeUnknownEither(IntifaceMessageSchema)(value, { onExcessProperty: 'error' });
  return Either.isRight(decoded)
    ? { ok: true, message: decoded.right }
    : { ok: false, reason: 'expected {"RequestEngineVersion":{"expected_version":N}} or {"Stop":{}}' };
};

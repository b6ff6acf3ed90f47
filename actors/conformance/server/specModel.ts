/**
 * A small model of what a spec v4 server must answer, built from the DeviceList it sent: which
 * requests get Ok, which an Error of which code, and what each output holds afterwards (the last
 * value accepted; a stop zeroes what can stop). Pure, so generated sequences and scripted checks ask
 * it the same questions.
 */
import { Schema } from 'effect';
import { STOPPABLE_OUTPUTS, isOutputType, type OutputType } from '../../../protocols/buttplug/featureTypes.js';
import { messageBodiesV4, type DeviceInfo } from '../../../protocols/buttplug/messages.js';

export interface ModelOutput {
  readonly device: number;
  readonly feature: number;
  readonly type: OutputType;
  readonly range: readonly [number, number];
  readonly duration?: readonly [number, number];
}

export interface ModelInput {
  readonly device: number;
  readonly feature: number;
  readonly type: string;
  readonly commands: readonly string[];
}

export interface ModelDevice {
  readonly index: number;
  readonly name: string;
  readonly gapMs: number;
  readonly featureIndexes: readonly number[];
  readonly outputs: readonly ModelOutput[];
  readonly inputs: readonly ModelInput[];
}

/** A request the model can judge. */
export type ModelRequest =
  | { readonly kind: 'output'; readonly output: ModelOutput; readonly value: number; readonly duration?: number }
  | { readonly kind: 'outputOutOfRange'; readonly output: ModelOutput; readonly value: number }
  | { readonly kind: 'negativeValue'; readonly output: ModelOutput }
  | { readonly kind: 'wrongOutputType'; readonly output: ModelOutput; readonly type: OutputType }
  | { readonly kind: 'unknownDevice'; readonly device: number }
  | { readonly kind: 'unknownFeature'; readonly device: number; readonly feature: number }
  | { readonly kind: 'stop'; readonly device?: number }
  | { readonly kind: 'stopUnknownDevice'; readonly device: number }
  | { readonly kind: 'read'; readonly input: ModelInput }
  | { readonly kind: 'ping' }
  | { readonly kind: 'deviceList' }
  | { readonly kind: 'hostile'; readonly frame: 'unparseable' | 'notArray' | 'unknownMessage' | 'reservedId' };

/** What may answer a request: one of these message types, an Error only with one of these codes. */
export interface Expectation {
  readonly replies: readonly ('Ok' | 'DeviceList' | 'InputReading' | 'Error')[];
  readonly errorCodes: readonly number[];
  /** Hostile frames: the Error may carry Id 0 (the server could not read the Id). */
  readonly idZero?: boolean;
}

const ok: Expectation = { replies: ['Ok'], errorCodes: [] };
const deviceError: Expectation = { replies: ['Error'], errorCodes: [4] };
const messageError: Expectation = { replies: ['Error'], errorCodes: [3], idZero: true };

/** The devices of a v4 DeviceList (reply or event), or undefined when it does not decode. */
export const devicesOf = (body: unknown): DeviceInfo[] | undefined => {
  const decoded = Schema.decodeUnknownEither(messageBodiesV4.DeviceList)(body);
  return decoded._tag === 'Right' ? Object.values(decoded.right.Devices) : undefined;
};

export const modelDevice = (info: DeviceInfo): ModelDevice => {
  const features = Object.values(info.DeviceFeatures);
  return {
    index: info.DeviceIndex,
    name: info.DeviceName,
    gapMs: info.DeviceMessageTimingGap,
    featureIndexes: features.map((f) => f.FeatureIndex),
    outputs: features.flatMap((feature) =>
      Object.entries(feature.Output ?? {}).flatMap(([type, properties]) => {
        if (!isOutputType(type) || !properties) return [];
        const duration = 'Duration' in properties ? properties.Duration : undefined;
        return [
          {
            device: info.DeviceIndex,
            feature: feature.FeatureIndex,
            type,
            range: properties.Value,
            ...(duration ? { duration } : {}),
          },
        ];
      }),
    ),
    inputs: features.flatMap((feature) =>
      Object.entries(feature.Input ?? {}).flatMap(([type, properties]) =>
        properties
          ? [{ device: info.DeviceIndex, feature: feature.FeatureIndex, type, commands: properties.Command }]
          : [],
      ),
    ),
  };
};

export const isStoppable = (type: OutputType): boolean => STOPPABLE_OUTPUTS.includes(type);

export const outputKey = (output: Pick<ModelOutput, 'device' | 'feature' | 'type'>): string =>
  `device ${output.device} feature ${output.feature} ${output.type}`;

/** What the server must answer. `maxPingTime` 0: a Ping may get Ok (written spec) or Error 2 (reference). */
export const expectationOf = (request: ModelRequest, maxPingTime: number): Expectation => {
  switch (request.kind) {
    case 'output':
    case 'stop':
      return ok;
    case 'outputOutOfRange':
    case 'negativeValue':
    case 'wrongOutputType':
    case 'unknownDevice':
    case 'unknownFeature':
    case 'stopUnknownDevice':
      return deviceError;
    case 'read':
      // A device that does not answer is an I/O failure, reported as a device error.
      return { replies: ['InputReading', 'Error'], errorCodes: [4] };
    case 'ping':
      return maxPingTime > 0 ? ok : { replies: ['Ok', 'Error'], errorCodes: [2] };
    case 'deviceList':
      return { replies: ['DeviceList'], errorCodes: [] };
    case 'hostile':
      return messageError;
  }
};

/** What each stoppable output holds after a request the server accepted (keyed by `outputKey`). */
export const applyRequest = (
  held: ReadonlyMap<string, number>,
  request: ModelRequest,
  devices: readonly ModelDevice[],
): Map<string, number> => {
  const next = new Map(held);
  if (request.kind === 'output' && isStoppable(request.output.type)) next.set(outputKey(request.output), request.value);
  if (request.kind === 'stop')
    for (const device of devices)
      if (request.device === undefined || request.device === device.index)
        for (const output of device.outputs) if (isStoppable(output.type)) next.set(outputKey(output), 0);
  return next;
};

/** Judges a reply against an expectation; undefined when it fits. */
export const judgeReply = (
  expectation: Expectation,
  reply: { readonly name: string; readonly body: Readonly<Record<string, unknown>> } | undefined,
): string | undefined => {
  if (!reply) return `no reply (expected ${expectation.replies.join(' or ')})`;
  if (!(expectation.replies as readonly string[]).includes(reply.name))
    return `answered ${reply.name}${reply.name === 'Error' ? ` ${String(reply.body['ErrorCode'])} (${String(reply.body['ErrorMessage'])})` : ''}, expected ${expectation.replies.join(' or ')}${expectation.errorCodes.length ? ` (code ${expectation.errorCodes.join('/')})` : ''}`;
  if (reply.name === 'Error' && !expectation.errorCodes.includes(reply.body['ErrorCode'] as number))
    return `answered Error code ${String(reply.body['ErrorCode'])} (${String(reply.body['ErrorMessage'])}), expected code ${expectation.errorCodes.join(' or ')}`;
  return undefined;
};

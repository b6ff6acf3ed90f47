/**
 * The pure decisions behind a device's outputs: whether a client's request can be done, what a stop
 * covers, what one batch writes, and the last words to the hardware before the device hangs up.
 * The device machine's guards and actions call these; the output queue (outputQueue.ts) keeps the state.
 */
import { deviceFailure, isFailure, type ButtplugFailure } from '../../protocols/buttplug/errorCodes.js';
import type { EngineRequest } from '../../protocols/buttplug/engineRequests.js';
import { checkOutputCommand, stopOutputs } from '../../protocols/config/commandChecks.js';
import type { ResolvedFeature } from '../../protocols/config/resolvedDevice.js';
import type {
  AnyDeviceProtocol,
  FeatureOutput,
  ProtocolDevice,
  ProtocolWrite,
} from '../../protocols/devices/shared/deviceProtocol.js';
import type { WriteRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { outputKey, type Batch, type OutputQueue } from './outputQueue.js';

export type OutputRequest = Extract<EngineRequest, { kind: 'output' }>;

/** A protocol with its current state, driving one device. */
export interface Encoder {
  readonly protocol: AnyDeviceProtocol;
  readonly state: unknown;
  readonly device: ProtocolDevice;
}

export type OutputCheck =
  | { readonly ok: true; readonly outputs: readonly FeatureOutput[] }
  | { readonly ok: false; readonly failure: ButtplugFailure };

/**
 * Checks every command of a request against the device's features and ranges, then asks the encoder
 * for a dry run: a command the protocol cannot express is refused while the client still waits.
 */
export const checkOutputRequest = (encoder: Encoder, request: OutputRequest): OutputCheck => {
  if (last && last.request === request && last.state === encoder.state && last.device === encoder.device)
    return last.check;
  return checkAfresh(encoder, request);
};

type EncodedOutputs = ReturnType<AnyDeviceProtocol['encodeOutputs']>;

/**
 * The guards that choose a request's way through the chart and the action that queues it ask the same
 * question of the same request, one after the other: the last answer is kept, for that request, encoder
 * state and device (all immutable), and any other question is answered afresh. The dry run's encoding is
 * kept with it: a batch of exactly those outputs from that state (a command to an idle device) is
 * encoded once, not twice (encoders are pure).
 */
let last:
  | { request: OutputRequest; state: unknown; device: ProtocolDevice; check: OutputCheck; trial?: EncodedOutputs }
  | undefined;

const checkAfresh = (encoder: Encoder, request: OutputRequest): OutputCheck => {
  const { state, device } = encoder;
  const outputs = new Array<FeatureOutput>(request.commands.length);
  let i = 0;
  for (const { featureIndex, command } of request.commands) {
    const checked = checkOutputCommand(device.definition, featureIndex, command);
    if (isFailure(checked)) {
      last = { request, state, device, check: { ok: false, failure: checked } };
      return last.check;
    }
    outputs[i++] = checked;
  }
  const trial = encoder.protocol.encodeOutputs(state, outputs, device);
  const check: OutputCheck = trial.ok ? { ok: true, outputs } : { ok: false, failure: deviceFailure(trial.reason) };
  last = { request, state, device, check, trial };
  return check;
};

/** The encoding of `outputs` from the encoder's state, if the last dry run was exactly that. */
const dryRunOf = (encoder: Encoder, outputs: readonly FeatureOutput[]): EncodedOutputs | undefined => {
  if (!last?.trial || !last.check.ok || last.state !== encoder.state || last.device !== encoder.device) return;
  const tried = last.check.outputs;
  if (tried.length !== outputs.length) return;
  for (let i = 0; i < tried.length; i++) if (tried[i] !== outputs[i]) return;
  return last.trial;
};

/** The features a stop covers: the one it names, or all; empty when it names a feature the device lacks. */
export const stoppedFeatures = (device: ProtocolDevice, featureIndex: number | undefined): ResolvedFeature[] =>
  device.definition.features.filter((feature) => featureIndex === undefined || feature.index === featureIndex);

/** A stop that names a feature the device does not have is refused. */
export const missingFeature = (
  device: ProtocolDevice,
  featureIndex: number | undefined,
): ButtplugFailure | undefined =>
  featureIndex !== undefined && stoppedFeatures(device, featureIndex).length === 0
    ? deviceFailure(`device ${device.definition.index} has no feature ${featureIndex}`)
    : undefined;

/** The zero of every stoppable output of these features. */
export const stopCommands = (features: readonly ResolvedFeature[]): FeatureOutput[] => features.flatMap(stopOutputs);

export type EncodedBatch =
  | {
      readonly ok: true;
      readonly state: unknown;
      /** Written now, in order. */
      readonly writes: readonly WriteRequest[];
      /** Written later at their offsets (the rest of a timed motion). */
      readonly delayed: readonly ProtocolWrite[];
    }
  | { readonly ok: false; readonly reason: string };

/** No write waits for later (most batches): shared rather than made per batch. */
const noDelayedWrites: readonly ProtocolWrite[] = Object.freeze([]);

export const encodeBatch = (encoder: Encoder, batch: Batch): EncodedBatch => {
  const result =
    dryRunOf(encoder, batch.outputs) ?? encoder.protocol.encodeOutputs(encoder.state, batch.outputs, encoder.device);
  if (!result.ok) return result;
  const { state, writes } = result;
  if (!writes.some((write) => !!write.delayMs)) return { ok: true, state, writes, delayed: noDelayedWrites };
  return {
    ok: true,
    state,
    writes: writes.filter((write) => !write.delayMs),
    delayed: writes.filter((write) => !!write.delayMs),
  };
};

/**
 * What a device writes before it hangs up: zero on every stoppable output, except outputs already
 * written as 0. Delayed writes (the rest of a stroke) are not played.
 */
export const finalStopWrites = <R>(encoder: Encoder, queue: OutputQueue<R>): readonly WriteRequest[] => {
  const zeros = stopCommands(encoder.device.definition.features).filter(
    (zero) => queue.written.get(outputKey(zero.feature.index, zero.type))?.value !== 0,
  );
  if (zeros.length === 0) return [];
  const stop = encoder.protocol.encodeOutputs(encoder.state, zeros, encoder.device);
  return stop.ok ? stop.writes.filter((write) => !write.delayMs) : [];
};

/** Test helpers for device protocol modules: their models as resolved devices, scripts driven by hand. */
import fc from 'fast-check';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import type { ModelDefinition } from '../../protocols/config/deviceDefinitions.js';
import { isEndpoint, type Endpoint } from '../../protocols/config/endpoints.js';
import type {
  AnyDeviceProtocol,
  DeviceProtocol,
  FeatureOutput,
  ProtocolDevice,
} from '../../protocols/devices/shared/deviceProtocol.js';
import type { HardwareRequest, ProtocolScript } from '../../protocols/devices/shared/hardwareRequests.js';

/** Every endpoint the protocol's BLE services name (what a connection to its devices can reach). */
export const declaredEndpoints = (protocol: AnyDeviceProtocol): Endpoint[] => {
  const endpoints = new Set<Endpoint>();
  for (const specifier of protocol.config.communication) {
    if (specifier.transport !== 'btle') continue;
    for (const service of Object.values(specifier.services))
      for (const name of Object.keys(service)) if (isEndpoint(name)) endpoints.add(name);
  }
  return endpoints.size > 0 ? [...endpoints] : ['rx', 'tx'];
};

export const models = (protocol: AnyDeviceProtocol): ModelDefinition[] => [
  protocol.config.defaults,
  ...protocol.config.configurations,
];

/** A model of the protocol as the engine would hand it to the protocol. */
export const protocolDevice = (
  protocol: AnyDeviceProtocol,
  model: ModelDefinition,
  hardwareName?: string,
): ProtocolDevice => {
  const identifier = model.identifiers[0];
  const config = createDeviceConfig([
    { ...protocol.config, configurations: protocol.config.configurations.filter((m) => m.id === model.id) },
  ]);
  const resolution = resolveDevice(config, {
    protocol: protocol.name,
    ...(identifier !== undefined ? { identifier } : {}),
    address: 'test',
  })!;
  return {
    definition: resolution.device,
    ...(identifier !== undefined ? { identifier } : {}),
    hardwareName: hardwareName ?? identifier ?? model.name,
    endpoints: declaredEndpoints(protocol),
  };
};

/** Output changes the engine could hand the encoder in one batch: distinct outputs, values in range. */
export const outputBatch = (device: ProtocolDevice): fc.Arbitrary<FeatureOutput[]> => {
  const outputs = device.definition.features.flatMap((feature) =>
    feature.outputs.filter((o) => !o.disabled).map((output) => ({ feature, output })),
  );
  return fc.shuffledSubarray(outputs, { minLength: 1 }).chain((chosen) =>
    fc.tuple(
      ...chosen.map(({ feature, output }) =>
        fc
          .record({
            value: fc.integer({ min: output.base[0], max: output.base[1] }),
            duration: fc.integer({ min: output.duration?.[0] ?? 0, max: output.duration?.[1] ?? 0 }),
          })
          .map(({ value, duration }): FeatureOutput => ({
            feature,
            type: output.type,
            value,
            ...(output.type === 'HwPositionWithDuration' ? { duration } : {}),
          })),
      ),
    ),
  );
};

/** Bytes 0, 1, 2... : what `driveScript` answers a script's `randomBytes` request with unless told otherwise. */
export const countingBytes = (length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => i);

/**
 * Runs a protocol script, answering each request with `answer`; returns the requests and the result.
 * An `answer` that throws is a hardware failure, thrown into the script as the device actor does.
 * A `randomBytes` request `answer` leaves unanswered gets `countingBytes`, so runs are deterministic.
 */
export const driveScript = <T>(
  script: ProtocolScript<T>,
  answer: (request: HardwareRequest) => unknown = () => undefined,
): { requests: HardwareRequest[]; result: T } => {
  const requests: HardwareRequest[] = [];
  let step = script.next();
  while (!step.done) {
    requests.push(step.value);
    let reply: unknown;
    try {
      reply = answer(step.value);
      if (reply === undefined && step.value.op === 'randomBytes') reply = countingBytes(step.value.length);
    } catch (error) {
      step = script.throw(error);
      continue;
    }
    step = script.next(reply);
  }
  return { requests, result: step.value };
};

export const bytes = (request: HardwareRequest | undefined): number[] | undefined =>
  request?.op === 'write' ? [...request.data] : undefined;

/** The bytes of every write among the requests, in order. */
export const writtenBytes = (requests: readonly HardwareRequest[]): (number[] | undefined)[] =>
  requests.filter((r) => r.op === 'write').map(bytes);

/** An answer to a script's `notification` request: bytes arriving on `rx`. */
export const rxNotification = (data: readonly number[]) => ({ endpoint: 'rx' as const, data: Uint8Array.from(data) });

/** The model of the protocol with this name, as the engine would hand it to the protocol. */
export const modelNamed = (protocol: AnyDeviceProtocol, name: string): ProtocolDevice => {
  const model = models(protocol).find((candidate) => candidate.name === name);
  if (!model) throw new Error(`${protocol.name} has no model named ${name}`);
  return protocolDevice(protocol, model);
};

/** An output change for the feature at `index` of the device. */
export const featureOutput = (
  device: ProtocolDevice,
  index: number,
  type: FeatureOutput['type'],
  value: number,
  duration?: number,
): FeatureOutput => ({
  feature: device.definition.features[index]!,
  type,
  value,
  ...(duration !== undefined ? { duration } : {}),
});

/** Encodes from `state` (default: a fresh one); throws if the protocol refuses. */
export const encodeOrThrow = <S>(
  protocol: DeviceProtocol<S>,
  device: ProtocolDevice,
  outputs: readonly FeatureOutput[],
  state?: S,
) => {
  const result = protocol.encodeOutputs(state ?? protocol.createState(device), outputs, device);
  if (!result.ok) throw new Error(result.reason);
  return { state: result.state, writes: result.writes, bytes: result.writes.map((write) => [...write.data]) };
};

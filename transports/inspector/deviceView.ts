/**
 * The device panel's facts, read from a device actor's snapshot through the device machine's own
 * context type (a change to that type fails the typecheck here, not silently on the page): the level
 * last written to each output, and the bytes last written to each endpoint, taken from the device's
 * write actors as they finish.
 */
import type { AnyActorLogic } from 'xstate';
import { deviceMachine } from '../../machines/device/deviceMachine.js';
import type { DeviceContext, WriteBatchInput } from '../../machines/device/deviceTypes.js';
import { outputKey } from '../../machines/device/outputQueue.js';
import type { EndpointWrite, OutputLevel } from './inspectionRecords.js';

/** Runs the device machine (as provided by the live system or a test). */
export const isDeviceLogic = (logic: AnyActorLogic | undefined): boolean =>
  (logic as { config?: unknown } | undefined)?.config === deviceMachine.config;

export const outputLevels = (context: DeviceContext): OutputLevel[] =>
  (context.link?.protocolDevice.definition.features ?? []).flatMap((feature) =>
    feature.outputs
      .filter((output) => !output.disabled)
      .map((output) => ({
        feature: feature.index,
        type: output.type,
        value: context.queue.written.get(outputKey(feature.index, output.type))?.value ?? 0,
        max: Math.max(Math.abs(output.base[0]), Math.abs(output.base[1])),
        ...(feature.description ? { description: feature.description } : {}),
      })),
  );

export const deviceIndex = (context: DeviceContext): number | undefined =>
  context.link?.protocolDevice.definition.index;

export const deviceName = (context: DeviceContext): string =>
  context.link?.protocolDevice.definition.displayName ??
  context.link?.protocolDevice.definition.name ??
  context.discovered.info.name;

/** The writes an actor's input carries (a device's write batch, its closing stop, a timed motion). */
export const writesOf = (input: unknown): WriteBatchInput['writes'] | undefined => {
  const writes = (input as { writes?: unknown } | undefined)?.writes;
  if (!Array.isArray(writes)) return undefined;
  const valid = writes.every(
    (write: unknown) =>
      typeof (write as { endpoint?: unknown }).endpoint === 'string' &&
      (write as { data?: unknown }).data instanceof Uint8Array,
  );
  return valid ? (writes as WriteBatchInput['writes']) : undefined;
};

const hex = (data: Uint8Array): string =>
  Array.from(data.subarray(0, 256), (byte) => byte.toString(16).padStart(2, '0')).join('') +
  (data.length > 256 ? `…(${data.length} bytes)` : '');

export const endpointWrites = (writes: WriteBatchInput['writes'], t: number): EndpointWrite[] =>
  writes.map((write) => {
    const delayMs = (write as { delayMs?: unknown }).delayMs;
    return {
      endpoint: write.endpoint,
      hex: hex(write.data),
      t,
      ...(typeof delayMs === 'number' && delayMs > 0 ? { delayMs } : {}),
    };
  });

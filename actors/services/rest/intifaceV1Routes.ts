/**
 * `/api/v1`: Intiface Engine's REST API, as its clients see it. Verbs and paths (the feature-info
 * route is a PUT ending in a slash), status codes (200 with an empty body on success, 400 `Invalid URL:
 * ...` for an unreadable path value, 500 with the error text otherwise, 404 and 405 with empty bodies),
 * the JSON of devices and features (snake_case devices keyed by index, spec v4 features in Intiface's
 * field order), levels as fractions -1..1 rounded as Intiface's client rounds them, and the
 * `/events` stream whose `data:` lines are the Rust client's event names.
 *
 * One difference that only shows when something is wrong: a device or feature that lacks the output
 * type gets 200 and nothing happens, as upstream (its whole-device route skips such features).
 */
import { Hono, type Context } from 'hono';
import { OUTPUT_TYPES, type OutputType } from '../../../protocols/buttplug/featureTypes.js';
import type { DeviceFeatureInfo, DeviceInfo, OutputCommand } from '../../../protocols/buttplug/messages.js';
import type { ButtplugClient } from '../../client/buttplugClient.js';
import type { ButtplugClientDevice } from '../../client/clientDevice.js';
import { ButtplugError } from '../../client/clientErrors.js';
import type { RestEvent } from './restEvents.js';
import { busyResponse, type RestContext } from './restContext.js';
import { EngineBusyError } from './restSession.js';

/** Intiface's `OutputType` names (serde also takes the snake_case aliases). */
const V1_OUTPUT_TYPES = [
  'Unknown',
  'Vibrate',
  'Rotate',
  'Oscillate',
  'Constrict',
  'Temperature',
  'Led',
  'Position',
  'HwPositionWithDuration',
  'Spray',
] as const;
const OUTPUT_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  V1_OUTPUT_TYPES.filter((name) => name !== 'Unknown').map((name) => [
    name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(),
    name,
  ]),
);

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

class V1Failure extends Error {
  constructor(
    readonly status: 400 | 500,
    message: string,
  ) {
    super(message);
  }
}

const invalidUrl = (message: string) => new V1Failure(400, `Invalid URL: ${message}`);
const libraryError = (message: string) => new V1Failure(500, `Library Error: ${message}`);

/** Path values are read as Rust reads them; `index` is the value's position among the route's parameters. */
const readU32 = (text: string, index: number, single: boolean): number => {
  const value = /^\+?\d{1,10}$/.test(text) ? Number(text.replace(/^\+/, '')) : Number.NaN;
  if (Number.isInteger(value) && value <= 0xffff_ffff) return value;
  throw invalidUrl(
    single
      ? `Cannot parse \`${text}\` to a \`u32\``
      : `Cannot parse value at index ${index} with value \`${text}\` to a \`u32\``,
  );
};

const readF64 = (text: string, index: number): number => {
  const lower = text.toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(lower)) return lower.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(lower)) return Number.NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  throw invalidUrl(`Cannot parse value at index ${index} with value \`${text}\` to a \`f64\``);
};

const readOutputType = (text: string): string => {
  if ((V1_OUTPUT_TYPES as readonly string[]).includes(text)) return text;
  const alias = OUTPUT_ALIASES[text];
  if (alias) return alias;
  throw invalidUrl(
    `unknown variant \`${text}\`, expected one of ${V1_OUTPUT_TYPES.map((name) => `\`${name}\``).join(', ')}`,
  );
};

/** Rust's `{}` for an f64. */
const rustFloat = (value: number): string =>
  Number.isNaN(value) ? 'NaN' : value === Infinity ? 'inf' : value === -Infinity ? '-inf' : String(value);

/** Rust's `{:?}` for a string. */
export const rustDebugString = (text: string): string =>
  '"' +
  [...text]
    .map((char) => {
      const code = char.codePointAt(0)!;
      if (char === '"' || char === '\\') return `\\${char}`;
      if (char === '\n') return '\\n';
      if (char === '\r') return '\\r';
      if (char === '\t') return '\\t';
      if (char === '\0') return '\\0';
      if (code < 0x20 || code === 0x7f) return `\\u{${code.toString(16)}}`;
      return char;
    })
    .join('') +
  '"';

/** The `data:` of Intiface's `/api/v1/events`: the Rust client's event, as `{:?}` prints it. */
export const v1EventData = (event: RestEvent): string | undefined => {
  const device = (d: ButtplugClientDevice) =>
    `ButtplugClientDevice { name: ${rustDebugString(d.name)}, index: ${d.index} }`;
  switch (event.kind) {
    case 'connected':
      return 'ServerConnect';
    case 'deviceadded':
      return `DeviceAdded(${device(event.device)})`;
    case 'deviceremoved':
      return `DeviceRemoved(${device(event.device)})`;
    case 'scanningfinished':
      return 'ScanningFinished';
    case 'error':
      return `Error(ButtplugUnknownError(UntypedDeserializedError(${rustDebugString(event.message)})))`;
    case 'disconnected':
      return 'ServerDisconnect';
    case 'inputreading':
      return undefined;
  }
};

/** A spec v4 feature with Intiface's field order (serde writes struct fields in declaration order). */
const OUTPUT_ORDER = [
  'Vibrate',
  'Rotate',
  'Oscillate',
  'Constrict',
  'Temperature',
  'Led',
  'Position',
  'HwPositionWithDuration',
  'Spray',
] as const;
const INPUT_ORDER = ['Battery', 'Rssi', 'Pressure', 'Button', 'Depth', 'Position'] as const;

const ordered = <T extends object>(value: T | undefined, order: readonly string[]) => {
  if (!value) return undefined;
  const entries = order.flatMap((key) => {
    const item = (value as Record<string, unknown>)[key];
    return item === undefined ? [] : [[key, item] as const];
  });
  return Object.fromEntries(entries);
};

export const v1Feature = (feature: DeviceFeatureInfo) => {
  const output = ordered(feature.Output, OUTPUT_ORDER);
  const input = ordered(feature.Input, INPUT_ORDER);
  return {
    FeatureIndex: feature.FeatureIndex,
    FeatureDescription: feature.FeatureDescription,
    ...(output ? { Output: output } : {}),
    ...(input ? { Input: input } : {}),
  };
};

const featuresOf = (info: DeviceInfo) =>
  Object.fromEntries(
    Object.values(info.DeviceFeatures)
      .sort((a, b) => a.FeatureIndex - b.FeatureIndex)
      .map((feature) => [String(feature.FeatureIndex), v1Feature(feature)]),
  );

export const v1Device = (info: DeviceInfo) => ({
  index: info.DeviceIndex,
  name: info.DeviceName,
  display_name: info.DeviceDisplayName ?? null,
  features: featuresOf(info),
});

/** Intiface's client: a fraction times the feature's top step, up when positive, down otherwise; then the range check. */
const toSteps = (level: number, range: readonly [number, number]): number => {
  if (!(level >= -1 && level <= 1)) {
    throw libraryError(
      `Error converting output command: Float values must be between 0.0 and 1.0, received value was ${rustFloat(level)}`,
    );
  }
  const scaled = level * range[1];
  const steps = scaled > 0.000001 ? Math.ceil(scaled) : Math.floor(scaled);
  if (steps < range[0] || steps > range[1]) {
    throw libraryError(
      `Error converting output command: ${steps} is larger than the maximum number of steps (${range[1]}).`,
    );
  }
  return steps;
};

const commandFor = (feature: DeviceFeatureInfo, type: string, level: number): OutputCommand => {
  const output = (feature.Output as Record<string, { Value: readonly [number, number] } | undefined> | undefined)?.[
    type
  ];
  if (!output)
    throw libraryError(`Error converting output command: Device feature does not support output type ${type}`);
  return { [type]: { Value: toSteps(level, output.Value) } } as OutputCommand;
};

const hasOutput = (feature: DeviceFeatureInfo, type: string) =>
  (feature.Output as Record<string, unknown> | undefined)?.[type] !== undefined;

const findDevice = (client: ButtplugClient, index: number): ButtplugClientDevice => {
  const device = client.devices.find((candidate) => candidate.index === index);
  if (!device) throw new V1Failure(500, `Device index ${index} does not refer to a currently connected device.`);
  return device;
};

const findFeature = (device: ButtplugClientDevice, index: number): DeviceFeatureInfo => {
  const feature = Object.values(device.info.DeviceFeatures).find((candidate) => candidate.FeatureIndex === index);
  if (!feature)
    throw new V1Failure(
      500,
      `Device index ${device.index} feature index ${index} does not refer to a valid device feature.`,
    );
  return feature;
};

const failureResponse = (c: Context, error: unknown) => {
  if (error instanceof EngineBusyError) return busyResponse(c, error);
  if (error instanceof V1Failure) return c.body(error.message, error.status, TEXT);
  if (error instanceof ButtplugError) {
    const text = error.code !== undefined ? `Untyped Deserialized Error: ${error.message}` : error.message;
    return c.body(`Library Error: ${text}`, 500, TEXT);
  }
  return c.body(`Library Error: ${error instanceof Error ? error.message : String(error)}`, 500, TEXT);
};

type Handler = (c: Context, client: () => Promise<ButtplugClient>) => Promise<Response>;

export const intifaceV1Routes = (context: RestContext): Hono => {
  const app = new Hono();
  const route = (path: string, method: 'GET' | 'PUT', handler: Handler) => {
    app.all(path, async (c) => {
      const asked = c.req.method === 'HEAD' ? 'GET' : c.req.method;
      if (asked !== method) return c.body(null, 405, { allow: method === 'GET' ? 'GET,HEAD' : method });
      try {
        return await handler(c, () => context.session.client());
      } catch (error) {
        return failureResponse(c, error);
      }
    });
  };
  const ok = (c: Context) => c.body(null, 200);
  const param = (c: Context, name: string) => c.req.param(name) ?? '';

  route('/start-scanning', 'GET', async (c, client) => {
    await (await client()).startScanning();
    return ok(c);
  });
  route('/stop-scanning', 'GET', async (c, client) => {
    await (await client()).stopScanning();
    return ok(c);
  });
  route('/devices', 'GET', async (c, client) => {
    const devices = (await client()).devices;
    return c.json(Object.fromEntries(devices.map((device) => [String(device.index), v1Device(device.info)])));
  });
  // Registered before `/devices/:index`: a GET here is a 405, as in Intiface's router.
  route('/devices/stop', 'PUT', async (c, client) => {
    await (await client()).stopAllDevices();
    return ok(c);
  });
  route('/devices/:index', 'GET', async (c, client) => {
    const index = readU32(param(c, 'index'), 0, true);
    return c.json(v1Device(findDevice(await client(), index).info));
  });
  route('/devices/:index/stop', 'PUT', async (c, client) => {
    const index = readU32(param(c, 'index'), 0, true);
    await findDevice(await client(), index).stop();
    return ok(c);
  });
  route('/devices/:index/features', 'GET', async (c, client) => {
    const index = readU32(param(c, 'index'), 0, true);
    return c.json(featuresOf(findDevice(await client(), index).info));
  });
  route('/devices/:index/features/:feature/', 'PUT', async (c, client) => {
    const index = readU32(param(c, 'index'), 0, false);
    const featureIndex = readU32(param(c, 'feature'), 1, false);
    return c.json(v1Feature(findFeature(findDevice(await client(), index), featureIndex)));
  });
  route('/devices/:index/outputs/:type/:level', 'PUT', async (c, client) => {
    const index = readU32(param(c, 'index'), 0, false);
    const type = readOutputType(param(c, 'type'));
    const level = readF64(param(c, 'level'), 2);
    const device = findDevice(await client(), index);
    if (!(OUTPUT_TYPES as readonly string[]).includes(type) || type === 'HwPositionWithDuration')
      throw libraryError('Error converting output command: Cannot use HwPositionWithDuration with this method');
    const features = Object.values(device.info.DeviceFeatures).filter((feature) => hasOutput(feature, type));
    const commands = features.map((feature) => ({
      featureIndex: feature.FeatureIndex,
      command: commandFor(feature, type, level),
    }));
    if (commands.length > 0) await device.sendOutputs(commands);
    return ok(c);
  });
  route('/devices/:index/features/:feature/outputs/:type/:level', 'PUT', async (c, client) => {
    const index = readU32(param(c, 'index'), 0, false);
    const featureIndex = readU32(param(c, 'feature'), 1, false);
    const type = readOutputType(param(c, 'type'));
    const level = readF64(param(c, 'level'), 3);
    const device = findDevice(await client(), index);
    const feature = findFeature(device, featureIndex);
    if (!(OUTPUT_TYPES as readonly string[]).includes(type) || type === 'HwPositionWithDuration')
      throw libraryError('Error converting output command: Cannot use HwPositionWithDuration with this method');
    await device.sendOutputs([{ featureIndex, command: commandFor(feature, type as OutputType, level) }]);
    return ok(c);
  });
  app.all('/events', async (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.body(null, 405, { allow: 'GET,HEAD' });
    // The stream is about the REST session: make sure there is one.
    const busy = await context.session.client().then(
      () => undefined,
      (error: unknown) => (error instanceof EngineBusyError ? error : undefined),
    );
    if (busy) return busyResponse(c, busy);
    return context.sse(c, (event) => {
      const data = v1EventData(event);
      return data === undefined ? undefined : { data };
    });
  });
  return app;
};

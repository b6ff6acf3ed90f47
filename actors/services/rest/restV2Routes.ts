/**
 * `/api/v2`: our own REST API. JSON in and out, status codes that say what happened (204 done, 400
 * unreadable JSON, 404 no such device or feature, 413 body too large, 415 not JSON, 422 a request
 * the device cannot take, 409 another client holds the engine, 502 the device failed, 503 no engine
 * session), every body validated by
 * an Effect schema, sensor reads and subscriptions, `HwPositionWithDuration`, JSON server-sent events,
 * and its own OpenAPI document (`restOpenApi.ts`).
 */
import { Either, ParseResult, Schema } from 'effect';
import { Hono, type Context } from 'hono';
import {
  INPUT_TYPES,
  OUTPUT_TYPES,
  type InputType,
  type OutputType,
} from '../../../protocols/buttplug/featureTypes.js';
import type { ButtplugClient } from '../../client/buttplugClient.js';
import type { ButtplugClientDevice, ButtplugClientFeature, Level } from '../../client/clientDevice.js';
import {
  ButtplugConnectorError,
  ButtplugDeviceError,
  ButtplugError,
  ButtplugMessageError,
  ButtplugTimeoutError,
} from '../../client/clientErrors.js';
import { busyResponse, type RestContext } from './restContext.js';
import type { RestEvent } from './restEvents.js';
import { OutputBody } from './outputBody.js';
import { restOpenApiDocument } from './restOpenApi.js';
import { EngineBusyError } from './restSession.js';
import { engineHolder } from '../../../transports/sessionHost.js';

export class RestFailure extends Error {
  constructor(
    readonly status: 400 | 404 | 415 | 422 | 500 | 502 | 503,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (what: string) => new RestFailure(404, what);
const unprocessable = (what: string) => new RestFailure(422, what);

export const v2Device = (device: ButtplugClientDevice) => ({
  index: device.index,
  name: device.name,
  ...(device.displayName !== undefined ? { displayName: device.displayName } : {}),
  messageTimingGapMs: device.messageTimingGap,
  features: device.features.map((feature) => ({
    index: feature.index,
    description: feature.description,
    outputs: Object.fromEntries(
      [...feature.outputs].map(([type, output]) => [
        type,
        { steps: output.value, ...(output.duration ? { durationMs: output.duration } : {}) },
      ]),
    ),
    inputs: Object.fromEntries(
      [...feature.inputs].map(([type, input]) => [type, { range: input.value, commands: input.commands }]),
    ),
  })),
});

const readIndex = (text: string | undefined, what: string): number => {
  if (text === undefined || !/^\d{1,10}$/.test(text) || Number(text) > 0xffff_ffff)
    throw notFound(`no ${what} ${JSON.stringify(text ?? '')}: ${what}s are numbered from 0`);
  return Number(text);
};

const readOutputType = (text: string | undefined): OutputType => {
  if ((OUTPUT_TYPES as readonly string[]).includes(text ?? '')) return text as OutputType;
  throw notFound(`no output type ${JSON.stringify(text ?? '')}; output types: ${OUTPUT_TYPES.join(', ')}`);
};

const readInputType = (text: string | undefined): InputType => {
  if ((INPUT_TYPES as readonly string[]).includes(text ?? '')) return text as InputType;
  throw notFound(`no input type ${JSON.stringify(text ?? '')}; input types: ${INPUT_TYPES.join(', ')}`);
};

const findDevice = (client: ButtplugClient, index: number): ButtplugClientDevice => {
  const device = client.devices.find((candidate) => candidate.index === index);
  if (!device) throw notFound(`no device with index ${index}`);
  return device;
};

const findFeature = (device: ButtplugClientDevice, index: number): ButtplugClientFeature => {
  const feature = device.features.find((candidate) => candidate.index === index);
  if (!feature) throw notFound(`device ${device.index} has no feature ${index}`);
  return feature;
};

const readBody = async (c: Context): Promise<OutputBody> => {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json'))
    throw new RestFailure(415, 'send the body as JSON (Content-Type: application/json)');
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new RestFailure(400, 'the body is not valid JSON');
  }
  const decoded = Schema.decodeUnknownEither(OutputBody)(value, { onExcessProperty: 'error' });
  if (Either.isLeft(decoded))
    throw unprocessable(
      `expected {"level": -1..1} or {"steps": integer}, with "durationMs" for HwPositionWithDuration: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`,
    );
  return decoded.right;
};

const levelOf = (body: OutputBody): Level => ('level' in body ? body.level : { steps: body.steps });

const commandFor = (feature: ButtplugClientFeature, type: OutputType, body: OutputBody) => {
  if (type === 'HwPositionWithDuration' && body.durationMs === undefined)
    throw unprocessable('HwPositionWithDuration needs "durationMs"');
  try {
    return feature.outputCommand(type, levelOf(body), {
      ...(body.durationMs !== undefined ? { durationMs: body.durationMs } : {}),
    });
  } catch (error) {
    throw unprocessable(error instanceof Error ? error.message : String(error));
  }
};

/** Engine and client errors as HTTP: what the caller sent is 422, what the device did is 502. */
const statusOf = (error: unknown): RestFailure => {
  if (error instanceof RestFailure) return error;
  if (error instanceof ButtplugMessageError) return unprocessable(error.message);
  // The client checked the request against the device's features first: a device error from the engine is the device failing.
  if (error instanceof ButtplugDeviceError)
    return error.code === undefined ? unprocessable(error.message) : new RestFailure(502, error.message);
  if (error instanceof ButtplugTimeoutError) return new RestFailure(502, error.message);
  if (error instanceof ButtplugConnectorError) return new RestFailure(503, error.message);
  if (error instanceof ButtplugError) return new RestFailure(500, error.message);
  return new RestFailure(503, error instanceof Error ? error.message : String(error));
};

/** The JSON of `/api/v2/events`: event name and data. */
export const v2EventMessage = (event: RestEvent): { data: string; event: string } => {
  const json = (value: unknown) => JSON.stringify(value);
  switch (event.kind) {
    case 'connected':
      return { event: 'sessionstarted', data: '{}' };
    case 'deviceadded':
      return { event: 'deviceadded', data: json(v2Device(event.device)) };
    case 'deviceremoved':
      return { event: 'deviceremoved', data: json({ index: event.device.index }) };
    case 'scanningfinished':
      return { event: 'scanningfinished', data: '{}' };
    case 'inputreading': {
      const [type, reading] = Object.entries(event.reading.Reading)[0] as [InputType, { Value: number }];
      return {
        event: 'inputreading',
        data: json({
          deviceIndex: event.reading.DeviceIndex,
          featureIndex: event.reading.FeatureIndex,
          type,
          value: reading.Value,
        }),
      };
    }
    case 'error':
      return { event: 'error', data: json({ error: event.message }) };
    case 'disconnected':
      return { event: 'sessionended', data: json({ reason: event.reason }) };
  }
};

type Handler = (c: Context, client: () => Promise<ButtplugClient>) => Promise<Response>;

export const restV2Routes = (context: RestContext): Hono => {
  const app = new Hono();
  const handle =
    (handler: Handler) =>
    async (c: Context): Promise<Response> => {
      try {
        return await handler(c, () => context.session.client());
      } catch (error) {
        if (error instanceof EngineBusyError) return busyResponse(c, error);
        const failure = statusOf(error);
        return c.json({ error: failure.message }, failure.status);
      }
    };
  const done = (c: Context) => c.body(null, 204);

  app.get('/openapi.json', (c) => c.json(restOpenApiDocument));
  app.get(
    '/devices',
    handle(async (c, client) => c.json((await client()).devices.map(v2Device))),
  );
  app.get(
    '/devices/:index',
    handle(async (c, client) =>
      c.json(v2Device(findDevice(await client(), readIndex(c.req.param('index'), 'device')))),
    ),
  );
  app.post(
    '/scanning/start',
    handle(async (c, client) => {
      await (await client()).startScanning();
      return done(c);
    }),
  );
  app.post(
    '/scanning/stop',
    handle(async (c, client) => {
      await (await client()).stopScanning();
      return done(c);
    }),
  );
  app.post(
    '/devices/stop',
    handle(async (c, client) => {
      await (await client()).stopAllDevices();
      return done(c);
    }),
  );
  app.post(
    '/devices/:index/stop',
    handle(async (c, client) => {
      await findDevice(await client(), readIndex(c.req.param('index'), 'device')).stop();
      return done(c);
    }),
  );
  app.put(
    '/devices/:index/outputs/:type',
    handle(async (c, client) => {
      const type = readOutputType(c.req.param('type'));
      const body = await readBody(c);
      const device = findDevice(await client(), readIndex(c.req.param('index'), 'device'));
      const features = device.featuresWith(type);
      if (features.length === 0) throw unprocessable(`device ${device.index} has no ${type} output`);
      await device.sendOutputs(
        features.map((feature) => ({ featureIndex: feature.index, command: commandFor(feature, type, body) })),
      );
      return done(c);
    }),
  );
  app.put(
    '/devices/:index/features/:feature/outputs/:type',
    handle(async (c, client) => {
      const type = readOutputType(c.req.param('type'));
      const body = await readBody(c);
      const device = findDevice(await client(), readIndex(c.req.param('index'), 'device'));
      const feature = findFeature(device, readIndex(c.req.param('feature'), 'feature'));
      if (!feature.hasOutput(type)) throw unprocessable(`feature ${feature.index} has no ${type} output`);
      await device.sendOutputs([{ featureIndex: feature.index, command: commandFor(feature, type, body) }]);
      return done(c);
    }),
  );
  const inputFeature = async (c: Context, client: () => Promise<ButtplugClient>, command: string) => {
    const type = readInputType(c.req.param('type'));
    const device = findDevice(await client(), readIndex(c.req.param('index'), 'device'));
    const feature = findFeature(device, readIndex(c.req.param('feature'), 'feature'));
    const input = feature.inputs.get(type);
    if (!input) throw unprocessable(`feature ${feature.index} has no ${type} input`);
    if (!input.commands.includes(command)) throw unprocessable(`the ${type} input does not take ${command}`);
    return { device, feature, type };
  };
  app.get(
    '/devices/:index/features/:feature/inputs/:type',
    handle(async (c, client) => {
      const { device, feature, type } = await inputFeature(c, client, 'Read');
      return c.json({ value: await device.read(type, feature.index) });
    }),
  );
  for (const command of ['Subscribe', 'Unsubscribe'] as const) {
    app.post(
      `/devices/:index/features/:feature/inputs/:type/${command.toLowerCase()}`,
      handle(async (c, client) => {
        const { device, feature, type } = await inputFeature(c, client, command);
        await (
          await client()
        ).requestAll([
          { type: 'InputCmd', DeviceIndex: device.index, FeatureIndex: feature.index, Type: type, Command: command },
        ]);
        return done(c);
      }),
    );
  }
  app.post(
    '/ping',
    handle(async (c, client) => {
      await client();
      return done(c);
    }),
  );
  app.get('/session', (c) =>
    c.json({ holder: engineHolder(context.session.server) ?? null, heldByRestApi: context.session.holding }),
  );
  app.delete('/session', async (c) => {
    await context.session.release('released by DELETE /api/v2/session');
    return done(c);
  });
  app.get('/events', async (c) => {
    const busy = await context.session.client().then(
      () => undefined,
      (error: unknown) => (error instanceof EngineBusyError ? error : undefined),
    );
    if (busy) return busyResponse(c, busy);
    return context.sse(c, v2EventMessage);
  });
  return app;
};

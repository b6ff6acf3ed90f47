/**
 * The OpenAPI 3.1 document of `/api/v2`, served at `/api/v2/openapi.json`. The output request body's
 * schema is generated from the Effect schema the routes validate with, so the two cannot drift; a
 * test checks that every route the router has is documented here.
 */
import { JSONSchema } from 'effect';
import { INPUT_TYPES, OUTPUT_TYPES } from '../../../protocols/buttplug/featureTypes.js';
import { OutputBody } from './outputBody.js';

const error = { type: 'object', required: ['error'], properties: { error: { type: 'string' } } };
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const noContent = { description: 'done' };
const indexParam = (name: string, what: string) => ({
  name,
  in: 'path',
  required: true,
  description: `the ${what}'s index`,
  schema: { type: 'integer', minimum: 0, maximum: 0xffff_ffff },
});
const outputTypeParam = { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: OUTPUT_TYPES } };
const inputTypeParam = { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: INPUT_TYPES } };
const range = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 };
const busy = {
  description: 'another client (a WebSocket or IPC app) holds the engine: this server takes one client at a time',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Busy' } } },
};
const commonErrors = {
  '404': errorResponse('no such device, feature or type'),
  '409': busy,
  '502': errorResponse('the device failed'),
  '503': errorResponse('no engine session (the engine is stopping)'),
};
const outputBody = {
  required: true,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/OutputBody' } } },
};
const outputErrors = {
  ...commonErrors,
  '400': errorResponse('the body is not JSON'),
  '413': errorResponse('the body is larger than 16 KiB'),
  '415': errorResponse('the body is not sent as application/json'),
  '422': errorResponse('the level, steps or duration do not fit the output'),
};
const device = { $ref: '#/components/schemas/Device' };

export const restOpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'buttplug-actors REST API',
    version: '2.0.0',
    description:
      'Drives the engine through one Buttplug session, one client of the engine like a WebSocket or IPC app: the engine takes one client at a time, so while another holds it every request that needs the session gets 409. The session starts on the first such request and ends (every device it drove stops, and the engine is free for another client) on DELETE /session, when the API closes, or when it goes idle: with --max-ping-time, no request in that time; otherwise no request for 60 s and no event stream open.',
  },
  servers: [{ url: '/api/v2' }],
  paths: {
    '/devices': {
      get: {
        summary: 'connected devices, by index',
        responses: {
          '200': {
            description: 'devices',
            content: { 'application/json': { schema: { type: 'array', items: device } } },
          },
          '409': busy,
          '503': commonErrors['503'],
        },
      },
    },
    '/devices/{index}': {
      get: {
        summary: 'one device',
        parameters: [indexParam('index', 'device')],
        responses: {
          '200': { description: 'the device', content: { 'application/json': { schema: device } } },
          ...commonErrors,
        },
      },
    },
    '/scanning/start': {
      post: { summary: 'start scanning for devices', responses: { '204': noContent, ...commonErrors } },
    },
    '/scanning/stop': { post: { summary: 'stop scanning', responses: { '204': noContent, ...commonErrors } } },
    '/devices/stop': { post: { summary: 'stop every device', responses: { '204': noContent, ...commonErrors } } },
    '/devices/{index}/stop': {
      post: {
        summary: "stop one device's outputs and sensor streams",
        parameters: [indexParam('index', 'device')],
        responses: { '204': noContent, ...commonErrors },
      },
    },
    '/devices/{index}/outputs/{type}': {
      put: {
        summary: 'set every feature of the device that has this output',
        parameters: [indexParam('index', 'device'), outputTypeParam],
        requestBody: outputBody,
        responses: { '204': noContent, ...outputErrors },
      },
    },
    '/devices/{index}/features/{feature}/outputs/{type}': {
      put: {
        summary: "set one feature's output",
        parameters: [indexParam('index', 'device'), indexParam('feature', 'feature'), outputTypeParam],
        requestBody: outputBody,
        responses: { '204': noContent, ...outputErrors },
      },
    },
    '/devices/{index}/features/{feature}/inputs/{type}': {
      get: {
        summary: 'read a sensor once',
        parameters: [indexParam('index', 'device'), indexParam('feature', 'feature'), inputTypeParam],
        responses: {
          '200': {
            description: 'the reading, in the sensor range',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['value'], properties: { value: { type: 'integer' } } },
              },
            },
          },
          '422': errorResponse('the feature has no such readable input'),
          ...commonErrors,
        },
      },
    },
    '/devices/{index}/features/{feature}/inputs/{type}/subscribe': {
      post: {
        summary: "stream a sensor's readings as `inputreading` events",
        parameters: [indexParam('index', 'device'), indexParam('feature', 'feature'), inputTypeParam],
        responses: { '204': noContent, '422': errorResponse('the input cannot stream'), ...commonErrors },
      },
    },
    '/devices/{index}/features/{feature}/inputs/{type}/unsubscribe': {
      post: {
        summary: 'end a sensor stream',
        parameters: [indexParam('index', 'device'), indexParam('feature', 'feature'), inputTypeParam],
        responses: { '204': noContent, '422': errorResponse('the input cannot stream'), ...commonErrors },
      },
    },
    '/ping': {
      post: {
        summary: 'keep the session alive without doing anything (with --max-ping-time)',
        responses: { '204': noContent, '409': busy, '503': commonErrors['503'] },
      },
    },
    '/session': {
      get: {
        summary: 'who holds the engine now: the REST API, another client, or nobody (null)',
        responses: {
          '200': {
            description: 'the holder',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['holder', 'heldByRestApi'],
                  properties: { holder: { type: ['string', 'null'] }, heldByRestApi: { type: 'boolean' } },
                },
              },
            },
          },
        },
      },
      delete: {
        summary: "end the REST API's session now (every device it drove stops), so another client can connect",
        responses: { '204': noContent },
      },
    },
    '/events': {
      get: {
        summary:
          'server-sent events, data as JSON: sessionstarted, deviceadded (a Device), deviceremoved {index}, scanningfinished, inputreading {deviceIndex, featureIndex, type, value}, error {error}, sessionended {reason}',
        responses: {
          '200': { description: 'the event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
          '409': busy,
          '503': errorResponse('too many event streams'),
        },
      },
    },
    '/openapi.json': {
      get: {
        summary: 'this document',
        responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
      },
    },
  },
  components: {
    schemas: {
      Error: error,
      Busy: {
        type: 'object',
        required: ['error', 'holder'],
        properties: {
          error: { type: 'string' },
          holder: {
            type: 'string',
            description: 'who holds the engine, e.g. a WebSocket client ("App", 127.0.0.1:50000)',
          },
        },
      },
      OutputBody: JSONSchema.make(OutputBody),
      Device: {
        type: 'object',
        required: ['index', 'name', 'messageTimingGapMs', 'features'],
        properties: {
          index: { type: 'integer' },
          name: { type: 'string' },
          displayName: { type: 'string' },
          messageTimingGapMs: { type: 'integer' },
          features: {
            type: 'array',
            items: {
              type: 'object',
              required: ['index', 'description', 'outputs', 'inputs'],
              properties: {
                index: { type: 'integer' },
                description: { type: 'string' },
                outputs: {
                  type: 'object',
                  description: 'by output type: the step range, and the duration range for HwPositionWithDuration',
                  additionalProperties: {
                    type: 'object',
                    required: ['steps'],
                    properties: { steps: range, durationMs: range },
                  },
                },
                inputs: {
                  type: 'object',
                  description: 'by input type: the value ranges and the commands it takes',
                  additionalProperties: {
                    type: 'object',
                    required: ['range', 'commands'],
                    properties: {
                      range: { type: 'array', items: range },
                      commands: { type: 'array', items: { type: 'string' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

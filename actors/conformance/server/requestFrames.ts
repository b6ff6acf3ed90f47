/** The frame that carries a model request to the server, with the Id it was given. */
import { OUTPUT_TYPES } from '../../../protocols/buttplug/featureTypes.js';
import { frameOf, wireMessage, type WireMessage } from '../wire.js';
import type { ModelOutput, ModelRequest } from './specModel.js';

const command = (type: string, value: number, duration?: number) => ({
  [type]: type === 'HwPositionWithDuration' ? { Value: value, Duration: duration ?? 0 } : { Value: value },
});

const outputCmd = (id: number, output: Pick<ModelOutput, 'device' | 'feature'>, cmd: object): WireMessage =>
  wireMessage('OutputCmd', { Id: id, DeviceIndex: output.device, FeatureIndex: output.feature, Command: cmd });

/** An output type the feature does not have (and that needs no Duration), for wrong-type requests. */
export const missingOutputType = (feature: readonly ModelOutput[]) =>
  OUTPUT_TYPES.find((type) => type !== 'HwPositionWithDuration' && !feature.some((o) => o.type === type));

export const requestFrame = (request: ModelRequest, id: number): string => {
  switch (request.kind) {
    case 'output':
      return frameOf([outputCmd(id, request.output, command(request.output.type, request.value, request.duration))]);
    case 'outputOutOfRange':
      return frameOf([
        outputCmd(id, request.output, command(request.output.type, request.value, request.output.duration?.[0])),
      ]);
    case 'negativeValue':
      return frameOf([outputCmd(id, request.output, command(request.output.type, -1))]);
    case 'wrongOutputType':
      return frameOf([outputCmd(id, request.output, command(request.type, 1))]);
    case 'unknownDevice':
      return frameOf([outputCmd(id, { device: request.device, feature: 0 }, command('Vibrate', 1))]);
    case 'unknownFeature':
      return frameOf([outputCmd(id, { device: request.device, feature: request.feature }, command('Vibrate', 1))]);
    case 'stop':
      return frameOf([
        wireMessage('StopCmd', request.device === undefined ? { Id: id } : { Id: id, DeviceIndex: request.device }),
      ]);
    case 'stopUnknownDevice':
      return frameOf([wireMessage('StopCmd', { Id: id, DeviceIndex: request.device })]);
    case 'read':
      return frameOf([
        wireMessage('InputCmd', {
          Id: id,
          DeviceIndex: request.input.device,
          FeatureIndex: request.input.feature,
          Type: request.input.type,
          Command: 'Read',
        }),
      ]);
    case 'ping':
      return frameOf([wireMessage('Ping', { Id: id })]);
    case 'deviceList':
      return frameOf([wireMessage('RequestDeviceList', { Id: id })]);
    case 'hostile':
      switch (request.frame) {
        case 'unparseable':
          return `[{"Ping":{"Id":${id}}`;
        case 'notArray':
          return JSON.stringify({ Ping: { Id: id } });
        case 'unknownMessage':
          return frameOf([wireMessage('FlyToTheMoon', { Id: id })]);
        case 'reservedId':
          return frameOf([wireMessage('RequestDeviceList', { Id: 0 })]);
      }
  }
};

export const describeRequest = (request: ModelRequest): string => {
  switch (request.kind) {
    case 'output':
      return `${request.output.type} ${request.value}${request.duration !== undefined ? ` over ${request.duration} ms` : ''} to device ${request.output.device} feature ${request.output.feature}`;
    case 'outputOutOfRange':
      return `${request.output.type} ${request.value} (out of range) to device ${request.output.device} feature ${request.output.feature}`;
    case 'negativeValue':
      return `${request.output.type} -1 (negative) to device ${request.output.device} feature ${request.output.feature}`;
    case 'wrongOutputType':
      return `${request.type} (not on that feature) to device ${request.output.device} feature ${request.output.feature}`;
    case 'unknownDevice':
      return `Vibrate to unknown device ${request.device}`;
    case 'unknownFeature':
      return `Vibrate to unknown feature ${request.feature} of device ${request.device}`;
    case 'stop':
      return request.device === undefined ? 'StopCmd (all devices)' : `StopCmd device ${request.device}`;
    case 'stopUnknownDevice':
      return `StopCmd unknown device ${request.device}`;
    case 'read':
      return `read ${request.input.type} of device ${request.input.device} feature ${request.input.feature}`;
    case 'ping':
      return 'Ping';
    case 'deviceList':
      return 'RequestDeviceList';
    case 'hostile':
      return `hostile frame (${request.frame})`;
  }
};

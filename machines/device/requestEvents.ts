/**
 * The event a client's request for one device becomes, whoever hands it over: the session, straight to
 * the device's actor (machines/deviceRoutes.ts), or the device manager when the session has no route.
 */
import type { AnyActorRef } from 'xstate';
import type { EngineRequest } from '../../protocols/buttplug/engineRequests.js';
import type { DeviceEvent } from './deviceTypes.js';

/** A request that names one device: an output, an input, or a stop of that device. */
export type OneDeviceRequest = Extract<EngineRequest, { kind: 'output' | 'input' | 'stop' }> & {
  readonly deviceIndex: number;
};

export const isOneDeviceRequest = (request: EngineRequest): request is OneDeviceRequest =>
  (request.kind === 'output' || request.kind === 'input' || request.kind === 'stop') &&
  request.deviceIndex !== undefined;

/**
 * `endsFrame`: no later request of the same frame goes to this device, so its batch can be written at once.
 * `replyTo`: who the answer of an output or a stop goes to (the session's wire, sessionWire.ts); an input
 * always answers the session itself, which is also who listens to a sensor stream.
 */
export const deviceEventOf = (
  request: OneDeviceRequest,
  session: AnyActorRef,
  endsFrame = false,
  replyTo: AnyActorRef = session,
): DeviceEvent => {
  if (request.kind === 'output')
    return endsFrame
      ? { type: 'device.request', request, replyTo, endsFrame: true }
      : { type: 'device.request', request, replyTo };
  if (request.kind === 'input') {
    const mark = endsFrame ? { endsFrame: true } : {};
    return { type: 'device.request', request, replyTo: session, ...mark };
  }
  const mark = endsFrame ? { endsFrame: true } : {};
  return {
    type: 'device.stop',
    outputs: request.outputs,
    inputs: request.inputs,
    session,
    reply: { replyTo, id: request.id },
    ...(request.featureIndex !== undefined ? { featureIndex: request.featureIndex } : {}),
    ...mark,
  };
};

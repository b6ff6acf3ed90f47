/**
 * The one refusal of a reading a protocol cannot take, worded the same for every protocol (the input
 * side of "this protocol drives no X output"). Read protocols call it before touching the hardware.
 */
import type { InputType } from '../../buttplug/featureTypes.js';
import type { InputRequest } from './deviceProtocol.js';

export const requireInput = (request: InputRequest, readable: InputType): void => {
  if (request.type !== readable) throw new Error(`this protocol reads no ${request.type} input`);
};

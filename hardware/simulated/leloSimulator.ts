/**
 * A Lelo toy's pairing (F1s V2, Harmony): once the engine subscribes to its security characteristic
 * (`whitelist`, or `generic0` on an F1s V2 without one) it reports "not authorised" (eight zeros),
 * then, its power button pressed (at once, here), a password. The toy takes that password back,
 * written while unsubscribed, and on the next subscription reports "authorised" (`01` and seven
 * zeros). A password written while subscribed, or a wrong one, is ignored: the toy stays silent.
 */
import {
  answer,
  bytesOfAddress,
  deviceSimulator,
  perConnection,
  sameBytes,
  type SimulatorFamily,
} from './simulatorSupport.js';
import type { Endpoint } from '../../protocols/config/endpoints.js';

const NOT_AUTHORISED = [0, 0, 0, 0, 0, 0, 0, 0];
const AUTHORISED = [1, 0, 0, 0, 0, 0, 0, 0];

/** Eight bytes that are neither report (the first one 2 or more). */
const passwordOf = (address: string): number[] => {
  const bytes = bytesOfAddress(address, 8);
  return [2 + (bytes[0]! % 0xfe), ...bytes.slice(1)];
};

const leloSimulator =
  (securityEndpoint: (endpoints: readonly Endpoint[]) => Endpoint): SimulatorFamily =>
  () => {
    const pairing = perConnection(() => ({ authorised: false, reported: false }));
    return deviceSimulator({
      subscribed: (endpoint, device) => {
        if (endpoint !== securityEndpoint(device.endpoints)) return;
        const state = pairing(device);
        if (state.authorised) return answer(device, endpoint, AUTHORISED);
        if (state.reported) return;
        state.reported = true;
        answer(device, endpoint, NOT_AUTHORISED);
        answer(device, endpoint, passwordOf(device.address));
      },
      write: ({ endpoint, data }, device) => {
        if (endpoint !== securityEndpoint(device.endpoints) || device.isSubscribed(endpoint)) return;
        if (sameBytes(data, passwordOf(device.address))) pairing(device).authorised = true;
      },
    });
  };

export const leloF1sv2Simulator: SimulatorFamily = leloSimulator((endpoints) =>
  endpoints.includes('whitelist') ? 'whitelist' : 'generic0',
);

export const leloHarmonySimulator: SimulatorFamily = leloSimulator(() => 'whitelist');

/**
 * Lelo's pairing, shared by the F1s V2 and the Harmony toys: the engine subscribes to the security
 * characteristic, which reports "not authorised" until the toy's power button is pressed, then a
 * password. The password is written back (with response) while unsubscribed (the toy refuses it
 * otherwise), the characteristic is subscribed again, and it reports "authorised".
 */
import type { Endpoint } from '../../config/endpoints.js';
import {
  nextNotification,
  send,
  subscribe,
  unsubscribe,
  write,
  type ProtocolScript,
} from '../shared/hardwareRequests.js';

/** The engine bounds the whole exchange; this only keeps one wait from outliving it. */
const BUTTON_WAIT_MS = 60_000;

export interface LeloSecurity {
  readonly endpoint: Endpoint;
  /** "Press the power button." */
  readonly waiting: (report: Uint8Array) => boolean;
  readonly authorised: (report: Uint8Array) => boolean;
}

export function* leloAuthorisation({ endpoint, waiting, authorised }: LeloSecurity): ProtocolScript<void> {
  yield* subscribe(endpoint);
  for (;;) {
    const report = yield* nextNotification(endpoint, BUTTON_WAIT_MS);
    if (!report) throw new Error('the Lelo toy was not authorised: press its power button while it connects');
    if (authorised(report.data)) return;
    if (waiting(report.data)) continue;
    // Anything else is the password.
    yield* unsubscribe(endpoint);
    yield* send(write(endpoint, report.data, true));
    yield* subscribe(endpoint);
  }
}

/**
 * The write cycle's own decisions, added to the device's vocabulary (deviceSetup.ts): they let a command
 * to an idle device that takes writes back to back, and a landed write with more waiting behind it, go on
 * to the next write in the same step instead of through an eventless state (one microstep less each).
 */
import { deviceSetup, encoderOf, gapOf } from './deviceSetup.js';
import type * as Device from './deviceTypes.js';
import * as Queue from './outputQueue.js';
import * as Outputs from './outputRequests.js';

export const writeCycleSetup = deviceSetup.extend({
  guards: {
    /** An accepted output that ends its frame, to a device with no gap, leaving something to write. */
    writesAtOnce: ({ context }, { request, endsFrame }: Device.DeviceRequestEvent) => {
      if (request.kind !== 'output' || !endsFrame || gapOf(context) > 0) return false;
      const checked = Outputs.checkOutputRequest(encoderOf(context), request);
      return checked.ok && Queue.wouldWrite(context.queue, checked.outputs);
    },
    /** The hardware answered the write in flight, and more waits to go out after it. */
    landedWithMore: ({ context }, { seq }: { seq: number }) =>
      context.inFlight?.seq === seq && Queue.hasPending(context.queue),
  },
});

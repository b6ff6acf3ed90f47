/** The I/O behind `dcmMachine`: drives a DeviceCommunicationManager and reports what it does as events. */
import { fromCallback, fromPromise, type EventObject } from 'xstate';
import {
  dcmMachine,
  type BusCommand,
  type BusInput,
  type DcmEvent,
  type LookInput,
} from '../../machines/dcmMachine.js';
import { errorFields } from '../../protocols/core/logger.js';
import { withTimeout } from '../../protocols/core/timeouts.js';
import { clockOf } from '../../protocols/core/clock.js';
import { messageOf } from '../../protocols/core/errorText.js';

const BUS_CALL_TIMEOUT_MS = 10_000;

export const liveDcmMachine = dcmMachine.provide({
  actors: {
    bus: fromCallback<EventObject, BusInput>(({ input, sendBack, receive, system }) => {
      const { manager, logger } = input;
      const clock = clockOf(system);
      let stopped = false;
      const send = (event: DcmEvent) => {
        if (!stopped) sendBack(event);
      };
      const started = withTimeout(
        manager.start(
          {
            deviceFound: (device) => send({ type: 'bus.deviceFound', device }),
            scanningFinished: () => send({ type: 'bus.scanFinished' }),
            availabilityChanged: (available, why) =>
              send(available ? { type: 'bus.available' } : { type: 'bus.unavailable', reason: why ?? 'unavailable' }),
          },
          logger,
        ),
        BUS_CALL_TIMEOUT_MS,
        `starting ${manager.name}`,
        clock,
      );
      started.then(
        () => send({ type: 'bus.started' }),
        (error: unknown) => send({ type: 'bus.unavailable', reason: messageOf(error) }),
      );
      receive((event: BusCommand) => {
        const call = event.type === 'bus.startScanning' ? manager.startScanning() : manager.stopScanning();
        withTimeout(call, BUS_CALL_TIMEOUT_MS, `${event.type} on ${manager.name}`, clock).then(
          () => {
            if (event.type === 'bus.startScanning') send({ type: 'bus.scanStarted' });
          },
          (error: unknown) => {
            logger.warn(errorFields(error), `${manager.name}: ${event.type} failed`);
            if (event.type === 'bus.startScanning') send({ type: 'bus.scanFailed', reason: messageOf(error) });
          },
        );
      });
      return () => {
        stopped = true;
        // Stopped while still starting: stop once the start is over, or what it opens (a listening socket) stays open.
        void started
          .catch(() => {})
          .then(() => withTimeout(manager.stop(), BUS_CALL_TIMEOUT_MS, `stopping ${manager.name}`, clock))
          .catch((error: unknown) => logger.warn(errorFields(error), `${manager.name} did not stop cleanly`));
      };
    }),
    scanOnce: fromPromise<void, LookInput>(({ input: { manager, scanning }, signal, system }) =>
      manager.scanOnce
        ? withTimeout(
            manager.scanOnce({ scanning, signal }),
            BUS_CALL_TIMEOUT_MS,
            `looking for ${manager.name} devices`,
            clockOf(system),
          )
        : Promise.resolve(),
    ),
  },
});

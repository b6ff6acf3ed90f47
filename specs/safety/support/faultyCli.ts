/**
 * The command line with a fault planted, for the tests of how it fails (run as a child process). When
 * a simulated device is first set to `Vibrate1:12;`, `BPA_FAULT` decides what breaks:
 * - `engine`: a device communication manager reports a device whose description throws when the
 *   device manager reads it (the device manager fails: a failure that cannot be contained);
 * - `uncaught`: a timer throws, outside every actor (an uncaught exception in the process).
 */
import { runCli } from '../../../actors/cli/runCli.js';
import type { DcmEvents } from '../../../hardware/deviceCommunicationManager.js';
import type { DiscoveredDevice } from '../../../hardware/hardware.js';
import { SimulatedDcm } from '../../../hardware/simulated/simulatedDcm.js';
import { SimulatedHardware } from '../../../hardware/simulated/simulatedHardware.js';

const fault = process.env['BPA_FAULT'];
let events: DcmEvents | undefined;
let planted = false;

const start = SimulatedDcm.prototype.start;
SimulatedDcm.prototype.start = function (this: SimulatedDcm, dcmEvents, logger) {
  events = dcmEvents;
  return start.call(this, dcmEvents, logger);
};

const plant = () => {
  if (planted) return;
  planted = true;
  if (fault === 'engine')
    events?.deviceFound({
      get info(): never {
        throw new Error('planted: a device description that throws');
      },
      connect: () => Promise.reject(new Error('unreachable')),
    } as DiscoveredDevice);
  if (fault === 'uncaught')
    setTimeout(() => {
      throw new Error('planted: an uncaught error in a timer');
    }, 20);
};

const write = SimulatedHardware.prototype.write;
SimulatedHardware.prototype.write = async function (this: SimulatedHardware, endpoint, data, withResponse) {
  await write.call(this, endpoint, data, withResponse);
  if (new TextDecoder().decode(data) === 'Vibrate1:12;') plant();
};

process.exit(await runCli(process.argv.slice(2)));

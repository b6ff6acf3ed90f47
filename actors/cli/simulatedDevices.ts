/** `--simulate NAME`: simulated devices that log what they receive, so a run can be followed and checked. */
import type { Logger } from '../../protocols/core/logger.js';
import { simulatorFor } from '../../hardware/simulated/deviceSimulators.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import type { DeviceSimulator } from '../../hardware/simulated/simulatedHardware.js';
import { matchProtocols, type DeviceConfig } from '../../protocols/config/deviceConfig.js';

/** Printable ASCII as text (Lovense and friends), anything else as hex. */
const show = (data: Uint8Array): string =>
  data.every((byte) => byte >= 0x20 && byte < 0x7f)
    ? new TextDecoder().decode(data)
    : Buffer.from(data).toString('hex');

const logging =
  (simulator: DeviceSimulator | undefined, log: Logger): DeviceSimulator =>
  (write, device) => {
    log.debug({ endpoint: write.endpoint, data: show(write.data) }, 'simulated device received');
    simulator?.(write, device);
  };

/** Addresses are stable for a command line (SIM-1, SIM-2...), so logs of runs compare. */
export const simulatedDcm = (names: readonly string[], logger: Logger): SimulatedDcm =>
  new SimulatedDcm({
    devices: names.map((name, i) => {
      const address = `SIM-${i + 1}`;
      return { name, address, simulator: logging(simulatorFor(name), logger.child({ simulated: address, name })) };
    }),
  });

/** Names no device configuration matches: such a device is found on scan but never connected. */
export const unknownSimulatedNames = (names: readonly string[], config: DeviceConfig): string[] =>
  names.filter((name) => matchProtocols(config, { transport: 'btle', name, address: 'SIM-CHECK' }).length === 0);

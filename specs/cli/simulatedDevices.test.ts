import { describe, expect, it } from 'vitest';
import { unknownSimulatedNames } from '../../actors/cli/simulatedDevices.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';

describe('--simulate names', () => {
  it('are checked against the device configuration, so a name nothing matches is reported at start-up', () => {
    const config = createDeviceConfig(builtinProtocolConfigs());
    expect(unknownSimulatedNames(['LVS-Edge', 'LVS-SolacePro', 'Not A Toy', 'XYZ'], config)).toEqual([
      'Not A Toy',
      'XYZ',
    ]);
  });
});

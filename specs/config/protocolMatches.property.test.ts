/**
 * The protocols a discovered device matches are kept per configuration for the next device that
 * advertises alike: whatever was asked before, the answer is the one a configuration that was never
 * asked gives, so a device is never matched by what an earlier device advertised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeviceConfig, matchProtocols } from '../../protocols/config/deviceConfig.js';
import type { CommunicationSpecifier, DiscoveryInfo } from '../../protocols/config/deviceDefinitions.js';

const serialPort = (port: string): CommunicationSpecifier => ({
  transport: 'serial',
  port,
  baudRate: 115200,
  dataBits: 8,
  stopBits: 1,
  parity: 'N',
});
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';

const info: fc.Arbitrary<DiscoveryInfo> = fc.oneof(
  fc.record({
    transport: fc.constant('btle' as const),
    name: fc.constantFrom('LVS-Edge', 'LVS-Z36', 'LVS-', 'Kiiroo', 'J-Leo', 'unknown', 'LVS*'),
    address: fc.string({ maxLength: 4 }),
  }),
  fc.record({
    transport: fc.constant('btle' as const),
    name: fc.constantFrom('', 'anything'),
    address: fc.string({ maxLength: 4 }),
    advertisedServices: fc.subarray(['0000fff0-0000-1000-8000-00805f9b34fb', '88f80580-0000-01e6-aace-0002a5d5c51b']),
  }),
  fc.record({
    transport: fc.constant('hid' as const),
    name: fc.constant('pad'),
    address: fc.string({ maxLength: 4 }),
    vendorId: fc.constantFrom(0x0483, 0x1234),
    productId: fc.constantFrom(0x5750, 0x1),
  }),
  fc.record({
    transport: fc.constant('serial' as const),
    name: fc.constant('port'),
    address: fc.string(),
    port: fc.constantFrom('COM1', '/dev/ttyUSB0'),
  }),
);

describe('matchProtocols', () => {
  const protocols = builtinProtocolConfigs();

  it('answers every device as a configuration never asked before would', () => {
    const asked = createDeviceConfig(protocols, {
      communication: { lovense: [serialPort('COM1')] },
    });
    fc.assert(
      fc.property(fc.array(info, { minLength: 1, maxLength: 8 }), (devices) => {
        for (const device of devices) {
          const fresh = createDeviceConfig(protocols, {
            communication: { lovense: [serialPort('COM1')] },
          });
          expect(matchProtocols(asked, device)).toEqual(matchProtocols(fresh, device));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('answers a configuration with other user specifiers for itself', () => {
    const edge: DiscoveryInfo = { transport: 'serial', name: 'port', address: 'a', port: 'COM9' };
    const plain = createDeviceConfig(protocols);
    expect(matchProtocols(plain, edge)).toEqual([]);
    const withPort = {
      ...plain,
      userCommunication: new Map([['lovense', [serialPort('COM9')]]]),
    };
    expect(matchProtocols(withPort, edge).map((match) => match.protocol)).toEqual(['lovense']);
    expect(matchProtocols(plain, edge)).toEqual([]);
  });
});

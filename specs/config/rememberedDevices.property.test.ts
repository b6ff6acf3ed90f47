/**
 * Each new device the configuration resolves is remembered with the lowest index no remembered device
 * holds, and an address is allowed exactly as the user's allow and deny lists say: worked out again from
 * scratch on every configuration, they agree with what the configuration carries over from one new
 * device to the next (the device manager resolves 1,000 devices in a row this way).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDeviceConfig,
  isAddressAllowed,
  resolveDevice,
  type DeviceConfig,
  type UserDeviceSettings,
} from '../../protocols/config/deviceConfig.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';

const key = (address: string) => ({ protocol: 'lovense', identifier: 'P', address });

const remembered: fc.Arbitrary<UserDeviceSettings[]> = fc
  .uniqueArray(
    fc.record({
      address: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      index: fc.integer({ min: 0, max: 12 }),
      allow: fc.boolean(),
      deny: fc.boolean(),
    }),
    { selector: (device) => device.address, maxLength: 6 },
  )
  .map((devices) => devices.map(({ address, ...rest }) => ({ key: key(address), ...rest })));

const naiveLowestFree = (config: DeviceConfig): number => {
  const held = new Set([...config.devices.values()].map((device) => device.index));
  let index = 0;
  while (held.has(index)) index++;
  return index;
};

const naiveAllowed = (config: DeviceConfig, address: string): boolean => {
  const devices = [...config.devices.values()];
  if (devices.some((device) => device.key.address === address && device.deny)) return false;
  if (!devices.some((device) => device.allow)) return true;
  return devices.some((device) => device.key.address === address && device.allow);
};

describe('remembering new devices', () => {
  it('gives each the lowest free index and keeps the address rules, device after device', () => {
    fc.assert(
      fc.property(remembered, fc.integer({ min: 1, max: 25 }), (devices, found) => {
        let config = createDeviceConfig([lovenseDevices], { devices });
        const addresses = ['a', 'b', 'c', 'd', 'e', 'f', 'new-0', 'new-7'];
        for (let i = 0; i < found; i++) {
          for (const address of addresses)
            expect(isAddressAllowed(config, address)).toBe(naiveAllowed(config, address));
          const expected = naiveLowestFree(config);
          const resolution = resolveDevice(config, key(`new-${i}`))!;
          expect(resolution.device.index).toBe(expected);
          config = resolution.config;
        }
        const given = new Set(devices.map((device) => device.index));
        const added = [...config.devices.values()].slice(devices.length).map((device) => device.index);
        expect(added.filter((index) => given.has(index))).toEqual([]);
        expect(new Set(added).size).toBe(found);
      }),
    );
  });
});

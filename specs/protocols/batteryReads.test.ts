/** Protocols that read the standard BLE battery characteristic: the first byte is the level. */
import { describe, expect, it } from 'vitest';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { honeyplayboxProtocol } from '../../protocols/devices/honeyplaybox/honeyplayboxProtocol.js';
import { kgoalBoostProtocol } from '../../protocols/devices/kgoalBoost/kgoalBoostProtocol.js';
import { kiirooPowershotProtocol } from '../../protocols/devices/kiiroo/kiirooPowershotProtocol.js';
import { kiirooProwandProtocol } from '../../protocols/devices/kiiroo/kiirooProwandProtocol.js';
import { kiirooSpotProtocol } from '../../protocols/devices/kiiroo/kiirooSpotProtocol.js';
import { driveScript, models, protocolDevice } from '../support/protocolDevices.js';

// The reference asks some of them for 20 bytes; a BLE read returns the characteristic whatever the length.
const protocols: AnyDeviceProtocol[] = [
  honeyplayboxProtocol,
  kgoalBoostProtocol,
  kiirooPowershotProtocol,
  kiirooProwandProtocol,
  kiirooSpotProtocol,
];

describe.each(protocols.map((protocol) => [protocol.name, protocol] as const))('%s battery', (_, protocol) => {
  const model = models(protocol).find((m) => m.features.some((f) => f.input?.Battery))!;
  const device = protocolDevice(protocol, model);
  const battery = device.definition.features.find((f) => f.inputs.Battery)!;
  const request = { feature: battery, type: 'Battery' as const, command: 'Read' as const, otherStreams: [] };

  it('reads rxblebattery and answers its first byte', () => {
    const { requests, result } = driveScript(protocol.readInput!(protocol.createState(device), request, device), () =>
      Uint8Array.from([87, 1, 2]),
    );
    expect(requests).toEqual([{ op: 'read', endpoint: 'rxblebattery', length: 1 }]);
    expect(result).toBe(87);
  });

  it('fails on an empty answer and on other sensors', () => {
    expect(() =>
      driveScript(protocol.readInput!(protocol.createState(device), request, device), () => new Uint8Array()),
    ).toThrow(/battery/);
    expect(() =>
      driveScript(protocol.readInput!(protocol.createState(device), { ...request, type: 'Pressure' }, device)),
    ).toThrow(/Pressure/);
  });
});

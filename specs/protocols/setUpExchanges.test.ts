/** The packets protocols send once after connecting, before the device takes commands. */
import { describe, expect, it } from 'vitest';
import { HardwareError } from '../../hardware/hardware.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { letenProtocol } from '../../protocols/devices/leten/letenProtocol.js';
import { lionessProtocol } from '../../protocols/devices/lioness/lionessProtocol.js';
import { lovedistanceProtocol } from '../../protocols/devices/lovedistance/lovedistanceProtocol.js';
import { mysteryvibeV2Protocol } from '../../protocols/devices/mysteryvibe/mysteryvibeV2Protocol.js';
import { nobraProtocol } from '../../protocols/devices/nobra/nobraProtocol.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

const setUp = (protocol: AnyDeviceProtocol, answer?: Parameters<typeof driveScript>[1]) => {
  const device = protocolDevice(protocol, protocol.config.defaults);
  return driveScript(protocol.initialize!(device, protocol.createState(device)), answer).requests.map((request) =>
    request.op === 'write'
      ? [request.op, request.endpoint, [...request.data], request.withResponse]
      : [request.op, 'endpoint' in request ? request.endpoint : undefined],
  );
};

describe('set-up exchanges', () => {
  const cases = [
    [letenProtocol, [['write', 'tx', [0x04, 0x01], true]]],
    [
      lovedistanceProtocol,
      [
        ['write', 'tx', [0xf3, 0x00, 0x00], false],
        ['write', 'tx', [0xf4, 0x01], false],
      ],
    ],
    [mysteryvibeV2Protocol, [['write', 'txmode', [0x03, 0x02, 0x40], true]]],
    [nobraProtocol, [['write', 'tx', [0x70], false]]],
    [
      lionessProtocol,
      [
        ['subscribe', 'rx'],
        ['write', 'tx', [0x01, 0xaa, 0xaa, 0xbb, 0xcc, 0x10], true],
      ],
    ],
  ] as const;

  it.each(cases.map(([protocol, expected]) => [protocol.name, protocol, expected] as const))(
    '%s',
    (_, protocol, expected) => {
      expect(setUp(protocol)).toEqual(expected);
    },
  );

  it('tells how to pair a Lioness whose session write fails', () => {
    const refuse = (request: { op: string }) => {
      if (request.op === 'write') throw new HardwareError('GATT write refused: insufficient authentication');
    };
    expect(() => setUp(lionessProtocol, refuse)).toThrow(/pairing .*PIN 6496/);
  });
});

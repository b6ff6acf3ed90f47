/** Every protocol that reads only a battery refuses other readings in one wording, before touching the hardware. */
import { describe, expect, it } from 'vitest';
import { INPUT_TYPES } from '../../protocols/buttplug/featureTypes.js';
import { galakuProtocol } from '../../protocols/devices/galaku/galakuProtocol.js';
import { kiirooSpotProtocol } from '../../protocols/devices/kiiroo/kiirooSpotProtocol.js';
import { kiirooV21Protocol } from '../../protocols/devices/kiiroo/kiirooV21Protocol.js';
import { lovenseConnectServiceProtocol } from '../../protocols/devices/lovense/lovenseConnectServiceProtocol.js';
import { lovenseProtocol } from '../../protocols/devices/lovense/lovenseProtocol.js';
import { sdlGamepadProtocol } from '../../protocols/devices/sdlGamepad/sdlGamepadProtocol.js';
import type { AnyDeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { yiciyuanProtocol } from '../../protocols/devices/yiciyuan/yiciyuanProtocol.js';
import { driveScript, models, protocolDevice } from '../support/protocolDevices.js';

// kiirooSpot stands for every protocol that reads the standard BLE battery (protocols/devices/shared/bleBattery.ts).
const protocols: AnyDeviceProtocol[] = [
  kiirooSpotProtocol,
  kiirooV21Protocol,
  sdlGamepadProtocol,
  lovenseProtocol,
  lovenseConnectServiceProtocol,
  galakuProtocol,
  yiciyuanProtocol,
];

describe.each(protocols.map((protocol) => [protocol.name, protocol] as const))('%s readings', (_, protocol) => {
  const device = protocolDevice(protocol, models(protocol)[0]!);
  const feature = device.definition.features[0]!;

  it.each(INPUT_TYPES.filter((type) => type !== 'Battery'))('refuses %s without a hardware request', (type) => {
    const requests: unknown[] = [];
    expect(() =>
      driveScript(
        protocol.readInput!(protocol.createState(device), { feature, type, command: 'Read', otherStreams: [] }, device),
        (request) => {
          requests.push(request);
          return new Uint8Array([50]);
        },
      ),
    ).toThrow(new Error(`this protocol reads no ${type} input`));
    expect(requests).toEqual([]);
  });
});

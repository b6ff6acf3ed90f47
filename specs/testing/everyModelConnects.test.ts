/**
 * Every model of the protocols whose handshake asks the device something connects by name in the
 * test engine, as that model: one engine and one test clock for all of them. (The whole database in
 * one engine is not yet within `scan()`'s 3 s: see the note in the test.)
 */
import { describe, expect, it } from 'vitest';
import { advertisedNameFor, modelsOf } from '../../hardware/simulated/advertisedNames.js';
import { createDeviceConfig, matchProtocols } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { startTestEngine as start } from '../support/engine.js';

const config = createDeviceConfig(builtinProtocolConfigs());

/** Protocols no Bluetooth LE device speaks: found another way, which the simulated device manager does not offer by name. */
const NOT_BLUETOOTH: Readonly<Record<string, string>> = {
  kizuna: 'serial port',
  'lovense-connect-service': "the Lovense Connect app's HTTP service",
  nextlevelracing: 'serial port',
  'nintendo-joycon': 'HID',
  'sdl-gamepad': 'an SDL gamepad (simulated by layout: --simulate "SDL Gamepad"; specs/cli/simulatedDevices.test.ts)',
  simulated: 'the v5 simulated transport (by archetype name: specs/testing/testEngine.test.ts)',
  'tcode-v03': 'serial port',
};

/** Models whose advertised name another protocol's pattern claims first: the engine connects them as that protocol. */
const CLAIMED_BY_ANOTHER: Readonly<Record<string, string>> = {
  // FM-LILAC-101 also matches the F-Machine's `FM-*`, tried first (upstream's config has the same overlap).
  'Femometer Lilac': 'fmachine',
};

/** The protocols given device simulators for their handshakes (hardware/simulated/deviceSimulators.ts). */
const HANDSHAKE_PROTOCOLS: ReadonlySet<string> = new Set([
  'ankni',
  'cowgirl-cone',
  'fmachine',
  'fredorch',
  'fredorch-rotary',
  'hismith',
  'hismith-mini',
  'honeyplaybox',
  'lelo-f1sv2',
  'lelo-harmony',
  'monsterpub',
  'satisfyer',
  'sensee-v2',
  'thehandy-v3',
  'vibcrafter',
  'vibio',
  'vibratissimo',
]);

interface Named {
  readonly protocol: string;
  readonly product: string;
  readonly name: string;
}

const everyModel = (): { named: Named[]; excluded: { protocol: string; product: string; reason: string }[] } => {
  const named: Named[] = [];
  const excluded: { protocol: string; product: string; reason: string }[] = [];
  for (const protocol of config.protocols.values()) {
    for (const model of modelsOf(protocol)) {
      const notBluetooth = NOT_BLUETOOTH[protocol.name];
      if (notBluetooth) {
        excluded.push({ protocol: protocol.name, product: model.name, reason: notBluetooth });
        continue;
      }
      const name = advertisedNameFor(protocol, model)!;
      const claimedBy = matchProtocols(config, { transport: 'btle', name, address: 'CHECK' })[0]?.protocol;
      if (claimedBy !== protocol.name) {
        excluded.push({ protocol: protocol.name, product: model.name, reason: `its name ${name} is ${claimedBy}'s` });
        continue;
      }
      if (HANDSHAKE_PROTOCOLS.has(protocol.name)) named.push({ protocol: protocol.name, product: model.name, name });
    }
  }
  return { named, excluded };
};

describe('the whole device database', () => {
  it('every model of the handshake protocols connects by name as itself; what cannot is listed with the reason', async () => {
    const { named, excluded } = everyModel();
    expect(
      Object.fromEntries(
        excluded.filter((e) => !NOT_BLUETOOTH[e.protocol]).map((e) => [e.product, e.reason.split(' ').at(-1)]),
      ),
    ).toEqual(Object.fromEntries(Object.entries(CLAIMED_BY_ANOTHER).map(([product, by]) => [product, `${by}'s`])));
    // Each of those protocols exists (the list is not stale).
    for (const protocol of Object.keys(NOT_BLUETOOTH)) expect(config.protocols.has(protocol)).toBe(true);
    const engine = await start({
      devices: named.map(({ name, product }) => ({ name, model: product })),
      websocket: false,
    });
    const client = await engine.connectClient();
    const found = await engine.scan(client, named.length);
    const listed = found.map((device) => device.name).sort();
    expect(listed).toEqual(named.map((model) => model.product).sort());
    console.info(`${named.length} models connect by name; ${excluded.length} excluded`);
  });
});

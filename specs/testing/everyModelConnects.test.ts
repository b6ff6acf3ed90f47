/**
 * Every model of the device database connects by name in the test engine, as itself, a hundred to
 * an engine (a few seconds in all). What cannot is listed with the reason, and the lists
 * are checked against the database, so they cannot go stale.
 */
import { describe, expect, it } from 'vitest';
import { advertisedNameFor, manufacturerDataFor, modelsOf } from '../../hardware/simulated/advertisedNames.js';
import { createDeviceConfig, matchProtocols, resolveDevice } from '../../protocols/config/deviceConfig.js';
import type { ModelDefinition, ProtocolConfig } from '../../protocols/config/deviceDefinitions.js';
import { builtinProtocolConfigs, builtinProtocols, protocolsByName } from '../../protocols/devices/index.js';
import { startTestEngine as start } from '../support/engine.js';

const config = createDeviceConfig(builtinProtocolConfigs());
const implementations = protocolsByName(builtinProtocols);

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

/** Models no advertised name reaches as themselves, by what the database says: product -> why. */
const UNREACHABLE: Readonly<Record<string, string>> = {
  // Another protocol's name pattern claims the name first.
  'Femometer Lilac': "FM-LILAC-101 also matches the F-Machine's FM-*, which the engine tries first",
  // The protocol tells models by advertised name, and the model's identifier is none of its names.
  'Adrien Lastic Palpitation': 'its identifier LVS-S001 is not among the names adrienlastic is found by',
  'Adrien Lastic Revelation': 'its identifier LVS-S002 is not among the names adrienlastic is found by',
  'Foreo UFO 3 led': 'its identifier UFO3eyes is not among the names foreo is found by',
  'Galaku Nebula': "V415 is galaku-pump's name (that protocol's Galaku Nebula connects)",
  'MagicMotion Kegel': 'its identifier Magic Bean is not among the names magic-motion-1 is found by',
  // Another model of the protocol has the same identifier, and the engine resolves the name to it.
  'Libo Lina': 'Libo Feather has its identifier Yuyi too',
  'Sexverse Black Knight': 'Sexverse Dark Knight has its identifier BC1847 too',
};

/** Why a device advertising `name` cannot connect as `model`, from the database alone (undefined: it can). */
const unreachable = (protocol: ProtocolConfig, model: ModelDefinition, name: string): string | undefined => {
  const manufacturerData = manufacturerDataFor(protocol, name);
  const claimedBy = matchProtocols(config, {
    transport: 'btle',
    name,
    address: 'CHECK',
    ...(manufacturerData ? { manufacturerData } : {}),
  })[0]?.protocol;
  if (claimedBy !== protocol.name) return `claimed by ${claimedBy}`;
  // Protocols that ask the device what it is do not go by the name; the others resolve it.
  if (implementations.get(protocol.name)?.identify) return undefined;
  const resolved = resolveDevice(config, { protocol: protocol.name, identifier: name, address: 'CHECK' });
  return resolved?.device.name === model.name ? undefined : `resolves as ${resolved?.device.name}`;
};

const BATCH = 100;

interface Named {
  readonly protocol: string;
  readonly product: string;
  readonly name: string;
}

const everyModel = () => {
  const named: Named[] = [];
  const excluded: { protocol: string; product: string; why: string }[] = [];
  for (const protocol of config.protocols.values()) {
    for (const model of modelsOf(protocol)) {
      const name = advertisedNameFor(protocol, model);
      const why = NOT_BLUETOOTH[protocol.name] ?? (name ? unreachable(protocol, model, name) : 'no name');
      if (why) excluded.push({ protocol: protocol.name, product: model.name, why });
      else named.push({ protocol: protocol.name, product: model.name, name: name! });
    }
  }
  return { named, excluded };
};

describe('the whole device database', () => {
  it('every Bluetooth LE model connects by name as itself; the rest are listed with the reason', async () => {
    const { named, excluded } = everyModel();
    // The lists say what the database says.
    for (const protocol of Object.keys(NOT_BLUETOOTH)) expect(config.protocols.has(protocol)).toBe(true);
    expect(
      excluded
        .filter((e) => !NOT_BLUETOOTH[e.protocol])
        .map((e) => e.product)
        .sort(),
    ).toEqual(Object.keys(UNREACHABLE).sort());
    // Engines of a hundred devices each: an engine's device manager slows down with hundreds at once.
    const found: string[] = [];
    for (let at = 0; at < named.length; at += BATCH) {
      const batch = named.slice(at, at + BATCH);
      const engine = await start({
        devices: batch.map(({ name, product }) => ({ name, model: product })),
        websocket: false,
        // This test is about connecting, not about the outputs the monitor watches.
        server: { safetyMonitor: false },
      });
      const client = await engine.connectClient();
      const listed = (await engine.scan(client, batch.length)).map((device) => device.name);
      expect(listed.sort()).toEqual(batch.map((model) => model.product).sort());
      found.push(...listed);
      await engine.close();
    }
    expect({ connected: found.length, excluded: excluded.length }).toEqual({ connected: 816, excluded: 43 });
    // About 2 s alone; the bound is for a machine shared with other test runs (it took 21 s with four at once).
  }, 60_000);
});

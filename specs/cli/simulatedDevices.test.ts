import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../actors/cli/cliOptions.js';
import { runCli } from '../../actors/cli/runCli.js';
import {
  advertisedSimulatedNames,
  simulatedDcm,
  simulatedDeviceList,
  unknownSimulatedNames,
} from '../../actors/cli/simulatedDevices.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { simulatedModels } from '../../hardware/simulated/simulatedModels.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { silentLogger } from '../../protocols/core/logger.js';
import { builtinProtocolConfigs, builtinProtocols, protocolsByName } from '../../protocols/devices/index.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import { recordingLogger } from '../support/recordingLogger.js';

const config = createDeviceConfig(builtinProtocolConfigs());

describe('--simulate names', () => {
  it('are checked against the device configuration, so a name nothing matches is reported at start-up', () => {
    expect(unknownSimulatedNames(['LVS-Edge', 'LVS-SolacePro', 'Not A Toy', 'XYZ'], config)).toEqual([
      'Not A Toy',
      'XYZ',
    ]);
    // A Fluffer is found by its manufacturer data, which its simulator advertises along with its name.
    expect(unknownSimulatedNames(['FDG2G'], config)).toEqual([]);
  });

  it('take product names too, in any case and spacing, and keep advertised names as they are', () => {
    expect(advertisedSimulatedNames(['Lovense Edge', 'lovense solace pro', 'LVS-Nora', 'XYZ'], config)).toEqual([
      'LVS-Edge',
      'LVS-SolacePro',
      'LVS-Nora',
      'XYZ',
    ]);
  });

  it('--list-simulated and --simulate help list every product with the name it advertises, and exit 0', async () => {
    expect(parseCli(['--list-simulated'])).toEqual({ kind: 'listSimulated' });
    expect(parseCli(['--simulate', 'help'])).toEqual({ kind: 'listSimulated' });
    let out = '';
    expect(await runCli(['--list-simulated'], { out: (text) => (out += text), err: () => {} })).toBe(0);
    expect(out).toBe(simulatedDeviceList());
    expect(out).toMatch(/^Lovense Edge +LVS-Edge \(lovense\)$/m);
    expect(out).toMatch(/^Lovense Solace Pro +LVS-SolacePro \(lovense\)$/m);
    expect(out.split('\n').length).toBeGreaterThan(400);
  });

  it('property: a listed product, asked for by its product name, connects as that product', async () => {
    const models = simulatedModels(config, protocolsByName(builtinProtocols));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...models), async (model) => {
        const typed = model.product.toUpperCase();
        const [advertised] = advertisedSimulatedNames([typed], config);
        // What was typed tells the model where the advertised name does not (every MonsterPub advertises `MonsterPub`).
        const server = new ButtplugServer({
          deviceCommunicationManagers: [simulatedDcm([advertised!], silentLogger, [typed])],
        });
        const client = new ButtplugClient('simulate test');
        try {
          await client.connect(new EmbeddedConnector(server));
          const scanned = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
          await client.startScanning();
          await scanned;
          expect(client.devices.map((device) => device.name)).toEqual([model.product]);
        } finally {
          await client.disconnect();
          await server.shutdown();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('name SDL gamepads by their layout: found as an SDL pad reporting it, driven by the sdl-gamepad protocol', async () => {
    const [advertised] = advertisedSimulatedNames(['sdl gamepad (triggers only)'], config);
    expect(advertised).toBe('SDL Gamepad (Triggers Only)');
    expect(unknownSimulatedNames(['SDL Gamepad', 'SDL Gamepad (Rumble and Triggers)', advertised!], config)).toEqual(
      [],
    );
    expect(simulatedDeviceList()).toMatch(
      /^SDL Gamepad \(Triggers Only\) +SDL Gamepad \(Triggers Only\) \(sdl-gamepad\)$/m,
    );

    const logger = recordingLogger();
    const server = new ButtplugServer({ deviceCommunicationManagers: [simulatedDcm([advertised!], logger)] });
    const client = new ButtplugClient('sdl simulate test');
    try {
      await client.connect(new EmbeddedConnector(server));
      const scanned = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
      await client.startScanning();
      await scanned;
      const [pad] = client.devices;
      expect(pad?.name).toBe('SDL Gamepad (Triggers Only)');
      expect(pad?.featuresWith('Vibrate').map((feature) => feature.index)).toEqual([0, 1]);
      await pad!.vibrate([0, 1]);
      // The rumble packet: four little-endian u16 channels [low, high, left trigger, right trigger].
      const sent = logger.find('debug', 'simulated device received').map((entry) => entry.fields['data']);
      expect(sent.at(-1)).toBe('000000000000ffff');
    } finally {
      await client.disconnect();
      await server.shutdown();
    }
  });
});

/**
 * A model whose database entry declares an output its protocol cannot drive (the iToys Lach's
 * Constrict: buttplug-rs's itoys handler has no packet for it either) still connects, with the
 * outputs its protocol drives and stops; the one it cannot is not advertised, and is warned about.
 */
import { describe, expect, it } from 'vitest';
import { advertisedSimulatedNames, simulatedDcm } from '../../actors/cli/simulatedDevices.js';
import { ButtplugClient } from '../../actors/client/buttplugClient.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs } from '../../protocols/devices/index.js';
import { EmbeddedConnector } from '../../transports/embeddedConnector.js';
import { recordingLogger } from '../support/recordingLogger.js';

const config = createDeviceConfig(builtinProtocolConfigs());

describe('a declared output the protocol cannot drive', () => {
  it('the iToys Lach connects with its vibrator, which runs and stops; its Constrict is left out, said once', async () => {
    const [advertised] = advertisedSimulatedNames(['iToys Lach'], config);
    expect(advertised).toBe('YSSY-073-BT');
    const logger = recordingLogger();
    const server = new ButtplugServer({ deviceCommunicationManagers: [simulatedDcm([advertised!], logger)], logger });
    const client = new ButtplugClient('lach test');
    try {
      await client.connect(new EmbeddedConnector(server));
      const scanned = new Promise<void>((resolve) => client.once('scanningfinished', () => resolve()));
      await client.startScanning();
      await scanned;
      const [lach] = client.devices;
      expect(lach?.name).toBe('iToys Lach');
      expect(lach?.featuresWith('Vibrate').map((feature) => feature.index)).toEqual([0]);
      expect(lach?.featuresWith('Constrict')).toEqual([]);

      const received = () => logger.find('debug', 'simulated device received').map((entry) => entry.fields['data']);
      await lach!.vibrate(1);
      expect(received().at(-1)).toBe('a0010000ffff');
      await lach!.stop();
      expect(received().at(-1)).toBe('a001000000ff');

      const warnings = logger.find('warn', 'cannot drive');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toContain('iToys Lach');
      expect(warnings[0]!.fields).toMatchObject({ featureIndex: 1, outputType: 'Constrict' });
    } finally {
      await client.disconnect();
      await server.shutdown();
    }
  });
});

/** `--log trace`: every client frame in and out is logged with its session id, long frames cut short. */
import { describe, expect, it } from 'vitest';
import { createCliLogger } from '../../actors/cli/cliLogger.js';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';
import { recordingLogger } from '../support/recordingLogger.js';

describe('trace logging of client messages', () => {
  it('logs each frame in and out with the session id; a huge frame is cut to a sane length', async () => {
    const logger = recordingLogger();
    const server = new ButtplugServer({ logger, deviceCommunicationManagers: [new SimulatedDcm()] });
    try {
      const raw = rawSession(server);
      raw.send(handshakeV4(1));
      await raw.reply(1);
      raw.send(`[{"Ping":{"Id":2}}]`);
      await raw.reply(2);
      const huge = `[{"Ping":{"Id":3,"Padding":"${'x'.repeat(100_000)}"}}]`;
      raw.send(huge);
      await raw.reply(3);

      const frames = logger.entries.filter((entry) => entry.level === 'trace' && 'direction' in entry.fields);
      const summary = frames.map((entry) => [entry.fields['direction'], String(entry.fields['frame']).slice(0, 40)]);
      expect(summary.slice(0, 4)).toEqual([
        ['in', handshakeV4(1).slice(0, 40)],
        ['out', '[{"ServerInfo":{"Id":1,"ServerName":"But'],
        ['in', '[{"Ping":{"Id":2}}]'],
        ['out', '[{"Ok":{"Id":2}}]'],
      ]);
      const sessions = new Set(frames.map((entry) => entry.fields['session']));
      expect(sessions.size).toBe(1);
      expect([...sessions][0]).toMatch(/^session-\d+$/);
      const cut = frames.find((entry) => String(entry.fields['frame']).startsWith('[{"Ping":{"Id":3'))!;
      expect(String(cut.fields['frame']).length).toBeLessThan(1_100);
      expect(String(cut.fields['frame'])).toMatch(new RegExp(`\\.\\.\\. \\(${huge.length} characters\\)$`));
    } finally {
      await server.shutdown();
    }
  });

  it('the command line logger says whether trace is on, so frames are not even formatted below it', () => {
    expect(createCliLogger('debug', true).isLevelEnabled?.('trace')).toBe(false);
    expect(createCliLogger('trace', true).isLevelEnabled?.('trace')).toBe(true);
  });
});

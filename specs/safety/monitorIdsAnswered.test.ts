/**
 * The live safety monitor also runs the protocol oracle `idsAnsweredOnce` (protocols/safety/
 * observedRules.ts) over every session: each request Id is answered at most as often as it was used,
 * no reply carries an Id nobody asked with, and Id 0 is for events only. A broken rule is logged at
 * error level and counted in `safetyViolations`, like the output rules.
 */
import { describe, expect, it } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { codecFor } from '../../protocols/buttplug/codecs.js';
import type { SessionCodec } from '../../protocols/buttplug/sessionCodec.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { rawSession } from '../support/rawSession.js';
import { recordingLogger } from '../support/recordingLogger.js';

const handshake = '[{"RequestServerInfo":{"Id":1,"ClientName":"t","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]';

/** The v4 codec with a planted bug: `reply` decides what goes out for each server message. */
const plantedCodec =
  (bug: (messages: readonly ReturnType<SessionCodec['outbound']>['messages'][number][]) => typeof messages) =>
  (version: number): SessionCodec | undefined => {
    const codec = codecFor(version);
    if (!codec) return undefined;
    return {
      ...codec,
      outbound: (message, state) => {
        const result = codec.outbound(message, state as never);
        return { ...result, messages: bug(result.messages) };
      },
    } as SessionCodec;
  };

const engine = (codec?: (version: number) => SessionCodec | undefined) => {
  const logger = recordingLogger();
  const server = new ButtplugServer({
    safetyMonitor: true,
    logger,
    deviceCommunicationManagers: [new SimulatedDcm({ devices: [{ name: 'LVS-Edge' }] })],
    ...(codec ? { codecFor: codec } : {}),
  });
  return { server, logger };
};

describe('the live safety monitor runs idsAnsweredOnce', () => {
  it('counts and logs a request answered twice (a planted double Ok)', async () => {
    const { server, logger } = engine(
      plantedCodec((messages) => messages.flatMap((m) => (m.type === 'Ok' ? [m, m] : [m]))),
    );
    try {
      const raw = rawSession(server);
      raw.send(handshake);
      await raw.reply(1);
      expect(server.safetyViolations).toBe(0);
      raw.send('[{"StartScanning":{"Id":7}}]');
      await raw.waitFor((m) => m['Ok']?.['Id'] === 7);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(raw.received.filter((m) => m['Ok']?.['Id'] === 7)).toHaveLength(2);
      expect(server.safetyViolations).toBe(1);
      const [entry] = logger.find('error', 'protocol rule broken');
      expect(entry?.fields).toMatchObject({ rule: 'idsAnsweredOnce', session: expect.any(String) });
      expect(entry?.message).toMatch(/Id 7 \(StartScanning\) was answered 2 times/);
      // Reported once, not again on the next reply.
      raw.send('[{"RequestDeviceList":{"Id":8}}]');
      await raw.reply(8);
      expect(server.safetyViolations).toBe(1);
    } finally {
      await server.shutdown();
    }
  });

  it('counts a reply under an Id nobody used, and a reply sent with Id 0', async () => {
    const { server, logger } = engine(
      plantedCodec((messages) =>
        messages.flatMap((m) =>
          m.type === 'DeviceList' && (m as { Id?: number }).Id !== 0
            ? [m, { ...m, Id: 9_999 }, { ...m, Id: 0, type: 'Ok' }]
            : [m],
        ),
      ),
    );
    try {
      const raw = rawSession(server);
      raw.send(handshake);
      await raw.reply(1);
      raw.send('[{"RequestDeviceList":{"Id":2}}]');
      await raw.reply(2);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(server.safetyViolations).toBe(2);
      const messages = logger.find('error', 'protocol rule broken').map((e) => e.message);
      expect(messages).toHaveLength(2);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Ok came with Id 0/),
          expect.stringMatching(/Id 9999, which no request carried/),
        ]),
      );
    } finally {
      await server.shutdown();
    }
  });

  it('finds nothing in an honest engine: reused Ids, refused frames, errors, events', async () => {
    const { server, logger } = engine();
    try {
      const raw = rawSession(server);
      raw.send(handshake);
      await raw.reply(1);
      raw.send('[{"StartScanning":{"Id":2}}]');
      await raw.waitFor(
        (m) => m['DeviceAdded'] !== undefined || (m['DeviceList'] !== undefined && m['DeviceList']['Id'] === 0),
      );
      for (let round = 0; round < 3; round++) {
        // The same Id again (the spec allows reuse), a bad message, and a command.
        raw.send(
          '[{"Ping":{"Id":5}},{"NoSuchMessage":{"Id":6}},{"OutputCmd":{"Id":5,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":3}}}}]',
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      raw.send('[{"StopCmd":{"Id":10}}]');
      await raw.reply(10);
      expect(raw.received.filter((m) => Object.values(m)[0]!['Id'] === 5).length).toBe(6);
      expect(logger.find('error', 'protocol rule broken')).toEqual([]);
      expect(server.safetyViolations).toBe(0);
    } finally {
      await server.shutdown();
    }
  });
});

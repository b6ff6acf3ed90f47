/** The safety rules run live (issue 9, Must have 4): silent on a correct engine, loud on a broken one. */
import type { AnyActorRef, InspectionEvent } from 'xstate';
import { describe, expect, it } from 'vitest';
import { SafetyMonitor } from '../../actors/engine/safetyMonitor.js';
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import type { FeatureOutput } from '../../protocols/devices/shared/deviceProtocol.js';
import { lovenseProtocol } from '../../protocols/devices/lovense/lovenseProtocol.js';
import { outputKey } from '../../machines/device/outputQueue.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';
import { models, protocolDevice } from '../support/protocolDevices.js';
import { recordingLogger } from '../support/recordingLogger.js';

describe('the live safety monitor', () => {
  it('finds nothing wrong while a client drives, stops and leaves', async () => {
    const logger = recordingLogger();
    const monitor = new SafetyMonitor(logger);
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] },
      server: { inspect: monitor.inspect },
    });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.6);
    await edge!.vibrate([0.2, 0.9]);
    await edge!.stop();
    await edge!.vibrate(0.4);
    await client.disconnect();
    const hardware = engine.dcm.hardware('EDGE')!;
    await waitFor(() => hardware.writtenText.at(-1) === 'Vibrate1:0;' || hardware.writtenText.at(-1) === 'Vibrate2:0;');
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    monitor.check();
    monitor.stop();
    expect(logger.find('error', 'safety rule broken')).toEqual([]);
    expect(monitor.violations).toBe(0);
    // It saw the commands, the stops and the outputs (at least one of each per change).
    expect(monitor.observed).toBeGreaterThanOrEqual(10);
  });

  it('runs behind the safetyMonitor option, counted on the server', async () => {
    const engine = startEngine({
      dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] },
      server: { safetyMonitor: true },
    });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.6);
    await edge!.stop();
    expect(engine.server.safetyViolations).toBe(0);
  });

  describe('fed what a broken engine would do', () => {
    const edgeModel = models(lovenseProtocol).find((model) => model.name === 'Lovense Edge')!;
    const definition = protocolDevice(lovenseProtocol, edgeModel).definition;
    const vibrator = definition.features.find((feature) => feature.outputs.some((o) => o.type === 'Vibrate'))!;
    const device = { id: 'device-1' } as AnyActorRef;
    const snapshot = (values: Record<number, number>, on = definition, type: OutputType = 'Vibrate'): InspectionEvent =>
      ({
        type: '@xstate.snapshot',
        actorRef: device,
        rootId: 'x',
        event: { type: 'x' },
        snapshot: {
          status: 'active',
          context: {
            link: { protocolDevice: { definition: on } },
            queue: {
              written: new Map<string, FeatureOutput>(
                Object.entries(values).map(([feature, value]) => [
                  outputKey(Number(feature), type),
                  { feature: on.features[Number(feature)]!, type, value },
                ]),
              ),
            },
          },
        },
      }) as unknown as InspectionEvent;
    const event = (body: Record<string, unknown>): InspectionEvent =>
      ({ type: '@xstate.event', actorRef: device, rootId: 'x', event: body }) as unknown as InspectionEvent;

    const monitorAt = () => {
      const logger = recordingLogger();
      let now = 0;
      const monitor = new SafetyMonitor(logger, () => now);
      return { logger, monitor, advance: (ms: number) => void (now += ms) };
    };

    it('a stop that never reaches zero, within 1 s', () => {
      const { logger, monitor, advance } = monitorAt();
      monitor.inspect(snapshot({}));
      monitor.inspect(
        event({
          type: 'device.request',
          request: {
            kind: 'output',
            id: 1,
            deviceIndex: definition.index,
            commands: [{ featureIndex: vibrator.index, command: { Vibrate: { Value: 12 } } }],
          },
        }),
      );
      monitor.inspect(snapshot({ [vibrator.index]: 12 }));
      advance(10);
      monitor.inspect(event({ type: 'device.stop', outputs: true, inputs: false }));
      advance(999);
      monitor.check();
      expect(monitor.violations).toBe(0);
      advance(2);
      monitor.check();
      monitor.check();
      expect(monitor.violations).toBe(1);
      expect(logger.find('error', 'safety rule broken')[0]!.fields).toMatchObject({ rule: 'stopReachesZero' });
      monitor.stop();
    });

    it('a value after a stop with no new command, and a value out of range', () => {
      const { logger, monitor, advance } = monitorAt();
      monitor.inspect(snapshot({ [vibrator.index]: 12 }));
      monitor.inspect(event({ type: 'device.stop', outputs: true, inputs: false }));
      advance(5);
      monitor.inspect(snapshot({ [vibrator.index]: 0 }));
      advance(5);
      monitor.inspect(snapshot({ [vibrator.index]: 30 }));
      expect(
        logger
          .find('error', 'safety rule broken')
          .map((entry) => entry.fields['rule'])
          .sort(),
      ).toEqual(['noOutputAfterStop', 'withinRange']);
      expect(monitor.violations).toBe(2);
      monitor.stop();
    });

    it('a rotation backwards is judged by its speed against the user limit, not by its sign', () => {
      const nora = protocolDevice(
        lovenseProtocol,
        models(lovenseProtocol).find((m) => m.name === 'Lovense Nora')!,
      ).definition;
      const rotator = nora.features.find((feature) => feature.outputs.some((o) => o.type === 'Rotate'))!;
      expect(rotator.outputs.find((o) => o.type === 'Rotate')!.base[0]).toBeLessThan(0);
      const limited = {
        ...nora,
        features: nora.features.map((feature) =>
          feature === rotator
            ? { ...feature, outputs: feature.outputs.map((o) => (o.type === 'Rotate' ? { ...o, limit: [2, 8] } : o)) }
            : feature,
        ),
      } as typeof nora;
      const { logger, monitor } = monitorAt();
      monitor.inspect(snapshot({ [rotator.index]: -5 }, limited, 'Rotate'));
      monitor.inspect(snapshot({ [rotator.index]: 5 }, limited, 'Rotate'));
      monitor.check();
      expect(monitor.violations).toBe(0);
      monitor.inspect(snapshot({ [rotator.index]: -9 }, limited, 'Rotate'));
      monitor.check();
      expect(logger.find('error', 'safety rule broken').map((entry) => entry.fields['rule'])).toEqual(['withinRange']);
      expect(monitor.violations).toBe(1);
      monitor.stop();
    });
  });
});

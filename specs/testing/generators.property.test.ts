/** The generators of buttplug-actors/testing make what they say they make. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFault, faultSchedule } from '../../actors/testing/faultSchedule.js';
import { createTestEngine } from '../../actors/testing/testEngine.js';
import { TEST_DEVICE_PROTOCOL } from '../../actors/testing/testDevices.js';
import { decodeElement } from '../../protocols/buttplug/frame.js';
import { clientMessageTable, LEGACY_VERSIONS } from '../../protocols/buttplug/legacy/legacyClientMessages.js';
import { legacyClientMessage } from '../../protocols/buttplug/testing/legacyMessageArbitraries.js';
import {
  featureSet,
  userConfigFor,
  userRangeWithin,
  valueInRange,
} from '../../protocols/config/testing/configArbitraries.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { SIGNED_OUTPUTS, type OutputType } from '../../protocols/buttplug/featureTypes.js';

describe('generators', () => {
  it.each(LEGACY_VERSIONS)('legacyClientMessage(%i) makes messages that version decodes', (version) => {
    const table = clientMessageTable(version);
    fc.assert(
      fc.property(legacyClientMessage(version), (message) => {
        const decoded = decodeElement(message, table);
        expect(decoded.ok, JSON.stringify(decoded)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('featureSet: indexed 0..n-1, at least one output, ranges signed only where the output takes a direction', () => {
    fc.assert(
      fc.property(featureSet({ maxFeatures: 5 }), (features) => {
        expect(features.map((f) => f.index)).toEqual(features.map((_, i) => i));
        expect(features.some((f) => f.output)).toBe(true);
        for (const feature of features)
          for (const [type, output] of Object.entries(feature.output ?? {})) {
            expect(output!.value[0] < 0).toBe(SIGNED_OUTPUTS.has(type as OutputType));
            expect(output!.value[1]).toBeGreaterThan(0);
          }
      }),
    );
  });

  it('valueInRange and userRangeWithin stay inside their range', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: -50, max: 0 }), fc.integer({ min: 1, max: 50 }))
          .chain((range) => fc.tuple(fc.constant(range), valueInRange(range), userRangeWithin(range))),
        ([range, value, [low, high]]) => {
          expect(value).toBeGreaterThanOrEqual(range[0]);
          expect(value).toBeLessThanOrEqual(range[1]);
          expect(0 <= low && low < high && high <= range[1]).toBe(true);
        },
      ),
    );
  });

  it('userConfigFor: the engine reads every configuration it makes, indexes distinct', () => {
    fc.assert(
      fc.property(
        fc.array(featureSet({ maxFeatures: 3 }), { minLength: 1, maxLength: 3 }).chain((sets) => {
          const devices = sets.map((features, i) => ({
            key: { protocol: TEST_DEVICE_PROTOCOL, identifier: `Toy ${i}`, address: `T${i}` },
            features,
          }));
          return userConfigFor(devices).map((config) => ({ devices, config }));
        }),
        ({ devices, config }) => {
          expect(config.devices).toHaveLength(devices.length);
          expect(new Set(config.devices!.map((d) => d.index)).size).toBe(devices.length);
          expect(createDeviceConfig([], config).devices.size).toBe(devices.length);
        },
      ),
    );
  });

  it('faultSchedule: in time order, on existing devices, of the kinds asked for', () => {
    fc.assert(
      fc.property(faultSchedule(3, { kinds: ['disconnect', 'failNextWrite'], maxFaults: 6 }), (schedule) => {
        expect(schedule.map((s) => s.at)).toEqual([...schedule.map((s) => s.at)].sort((a, b) => a - b));
        for (const { device, fault } of schedule) {
          expect(device).toBeGreaterThanOrEqual(0);
          expect(device).toBeLessThan(3);
          expect(['disconnect', 'failNextWrite']).toContain(fault.kind);
        }
      }),
    );
  });

  it('a generated feature set can be driven on a test engine, value for value', async () => {
    await fc.assert(
      fc.asyncProperty(
        featureSet({ inputs: [], outputs: ['Vibrate', 'Oscillate', 'Constrict', 'Rotate'], maxFeatures: 3 }),
        async (features) => {
          const engine = await createTestEngine({ devices: [{ name: 'Generated', features }], websocket: false });
          try {
            const client = await engine.connectClient();
            const [device] = await engine.scan(client);
            for (const feature of features) {
              const [type, output] = Object.entries(feature.output!)[0]!;
              const value = output!.value[1];
              await device!.sendOutputs([
                { featureIndex: feature.index, command: { [type]: { Value: value } } as never },
              ]);
              expect(engine.device(0).valueOf(feature.index, type as OutputType)).toBe(value);
            }
            applyFault(engine, { device: 0, fault: { kind: 'disconnect' } });
            expect(engine.device(0).connected).toBe(false);
          } finally {
            await engine.close();
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutputCommand } from '../../protocols/config/commandChecks.js';
import { isFailure } from '../../protocols/buttplug/errorCodes.js';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import { stepCount } from '../../protocols/config/resolvedDevice.js';
import type { FeatureOutput, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import type { HardwareRequest, ProtocolScript } from '../../protocols/devices/shared/hardwareRequests.js';
import { lovenseConnectServiceDevices } from '../../protocols/devices/lovense/lovenseConnectServiceDevices.js';
import {
  canonicalToyName,
  lovenseConnectServiceProtocol as protocol,
  type LovenseConnectServiceState,
} from '../../protocols/devices/lovense/lovenseConnectServiceProtocol.js';

const config = createDeviceConfig([lovenseConnectServiceDevices]);
const TOY = 'c4:4f:33&x';

const deviceFor = (identifier: string): ProtocolDevice => {
  const resolved = resolveDevice(config, { protocol: 'lovense-connect-service', identifier, address: TOY })!;
  return { definition: resolved.device, identifier, hardwareName: identifier.toLowerCase(), endpoints: ['rx', 'tx'] };
};

const text = (data: Uint8Array) => new TextDecoder().decode(data);
const toy = encodeURIComponent(TOY);

/** Runs a script that needs no answers, collecting what it asks and what it returns. */
const runScript = <T>(
  script: ProtocolScript<T>,
  answers: unknown[] = [],
): { requests: HardwareRequest[]; value: T } => {
  const requests: HardwareRequest[] = [];
  let step = script.next();
  while (!step.done) {
    requests.push(step.value);
    step = script.next(answers.shift());
  }
  return { requests, value: step.value };
};

const encodeSequence = (device: ProtocolDevice, commands: { featureIndex: number; command: object }[]): string[] => {
  let state: LovenseConnectServiceState = protocol.createState(device);
  const paths: string[] = [];
  for (const { featureIndex, command } of commands) {
    const checked = checkOutputCommand(device.definition, featureIndex, command as never);
    if (isFailure(checked)) throw new Error(checked.message);
    const result = protocol.encodeOutputs(state, [checked], device);
    if (!result.ok) throw new Error(result.reason);
    state = result.state;
    paths.push(...result.writes.map((w) => text(w.data)));
  }
  return paths;
};

describe('lovenseConnectServiceProtocol', () => {
  it('identifies a toy by the known model its app name stands for, whatever the case', () => {
    expect(runScript(protocol.identify!({ hardwareName: 'max', address: TOY, endpoints: ['tx'] })).value).toBe('Max');
    expect(canonicalToyName('xmachine')).toBe('XMachine');
    expect(canonicalToyName('Edge')).toBe('Edge');
    expect(canonicalToyName('mystery')).toBe('mystery');
  });

  it('vibrates a one-motor toy with Vibrate and several motors with Vibrate<n>, addressed to the toy', () => {
    expect(encodeSequence(deviceFor('Lush'), [{ featureIndex: 0, command: { Vibrate: { Value: 12 } } }])).toEqual([
      `Vibrate?v=12&t=${toy}`,
    ]);
    expect(
      encodeSequence(deviceFor('Edge'), [
        { featureIndex: 0, command: { Vibrate: { Value: 3 } } },
        { featureIndex: 1, command: { Vibrate: { Value: 20 } } },
      ]),
    ).toEqual([`Vibrate1?v=3&t=${toy}`, `Vibrate2?v=20&t=${toy}`]);
  });

  it("drives the Max's air pump with AirAuto and oscillators with Thrusting", () => {
    expect(encodeSequence(deviceFor('Max'), [{ featureIndex: 1, command: { Constrict: { Value: 3 } } }])).toEqual([
      `AirAuto?v=3&t=${toy}`,
    ]);
    expect(encodeSequence(deviceFor('Gravity'), [{ featureIndex: 1, command: { Oscillate: { Value: 7 } } }])).toEqual([
      `Thrusting?v=7&t=${toy}`,
    ]);
    expect(encodeSequence(deviceFor('XMachine'), [{ featureIndex: 0, command: { Oscillate: { Value: 20 } } }])).toEqual(
      [`Thrusting?v=20&t=${toy}`],
    );
  });

  it('rotates with Rotate and flips direction with RotateChange only when the direction changes', () => {
    const paths = encodeSequence(deviceFor('Nora'), [
      { featureIndex: 1, command: { Rotate: { Value: 5 } } },
      { featureIndex: 1, command: { Rotate: { Value: -8 } } },
      { featureIndex: 1, command: { Rotate: { Value: -2 } } },
      { featureIndex: 1, command: { Rotate: { Value: 0 } } },
      { featureIndex: 1, command: { Rotate: { Value: 4 } } },
    ]);
    expect(paths).toEqual([
      `Rotate?v=5&t=${toy}`,
      `RotateChange?t=${toy}`,
      `Rotate?v=8&t=${toy}`,
      `Rotate?v=2&t=${toy}`,
      `Rotate?v=0&t=${toy}`,
      `RotateChange?t=${toy}`,
      `Rotate?v=4&t=${toy}`,
    ]);
  });

  it('sets the Solace to its full depth when it connects, and nothing for other toys', () => {
    const solace = deviceFor('Solace');
    const init = runScript(protocol.initialize!(solace, protocol.createState(solace)));
    expect(init.requests.map((r) => (r.op === 'write' ? text(r.data) : r.op))).toEqual([`Depth?v=3&t=${toy}`]);
    const lush = deviceFor('Lush');
    expect(runScript(protocol.initialize!(lush, protocol.createState(lush))).requests).toEqual([]);
  });

  it('reads the battery as the one byte the hardware keeps from the toy list', () => {
    const device = deviceFor('Lush');
    const battery = device.definition.features.find((f) => f.inputs.Battery)!;
    const read = runScript(
      protocol.readInput!(protocol.createState(device), { feature: battery, type: 'Battery', command: 'Read' }, device),
      [Uint8Array.of(64)],
    );
    expect(read.requests).toEqual([{ op: 'read', endpoint: 'rx', length: 1 }]);
    expect(read.value).toBe(64);
  });

  it('property: every in-range command of every model is a request path with the level in range and the toy id', () => {
    for (const model of ['Lush', ...lovenseConnectServiceDevices.configurations.map((m) => m.identifiers[0]!)]) {
      const device = deviceFor(model);
      const outputs = device.definition.features.flatMap((feature) =>
        feature.outputs.map((output) => ({
          feature,
          type: output.type,
          steps: stepCount(output),
          signed: output.base[0] < 0,
        })),
      );
      const arbitrary: fc.Arbitrary<FeatureOutput> = fc
        .constantFrom(...outputs)
        .chain(({ feature, type, steps, signed }) =>
          fc.record({
            feature: fc.constant(feature),
            type: fc.constant(type),
            value: fc.integer({ min: signed ? -steps : 0, max: steps }),
          }),
        );
      fc.assert(
        fc.property(fc.array(arbitrary, { minLength: 1, maxLength: 5 }), (batch) => {
          const result = protocol.encodeOutputs(protocol.createState(device), batch, device);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          for (const write of result.writes) {
            expect(write.endpoint).toBe('tx');
            const path = text(write.data);
            expect(path).toMatch(/^(Vibrate\d?|Thrusting|AirAuto|Rotate)\?v=\d+&t=|^RotateChange\?t=/);
            expect(path.endsWith(`t=${toy}`)).toBe(true);
            const level = /v=(\d+)/.exec(path)?.[1];
            if (level !== undefined)
              expect(Number(level)).toBeLessThanOrEqual(Math.max(...outputs.map((o) => o.steps)));
          }
        }),
        { numRuns: 50 },
      );
    }
  });
});

/**
 * Output decoders are the inverse of their protocol's encoder: for any model of the protocol and any
 * sequence of output commands within range, encoding then decoding every write (timed ones included)
 * leaves each output at the value last sent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import { stepCount } from '../../protocols/config/resolvedDevice.js';
import type {
  AnyDeviceProtocol,
  FeatureOutput,
  ProtocolDevice,
} from '../../protocols/devices/shared/deviceProtocol.js';
import { lovenseProtocol } from '../../protocols/devices/lovense/lovenseProtocol.js';
import { simulatedProtocol } from '../../protocols/devices/simulated/simulatedProtocol.js';
import { outputDecoders } from '../../protocols/devices/outputDecoders.js';

const devicesOf = (protocol: AnyDeviceProtocol): ProtocolDevice[] => {
  const config = createDeviceConfig([protocol.config]);
  return protocol.config.configurations.map((model) => {
    const identifier = model.identifiers[0]!;
    const resolved = resolveDevice(config, { protocol: protocol.config.name, identifier, address: 'X' })!;
    return { definition: resolved.device, identifier, hardwareName: identifier, endpoints: ['tx', 'rx'] };
  });
};

/** Commands the protocol's encoder takes for this device (what its drive can express). */
const commandsFor = (protocol: AnyDeviceProtocol, device: ProtocolDevice) => {
  const outputs = device.definition.features.flatMap((feature) =>
    feature.outputs
      .filter(
        (output) =>
          protocol.encodeOutputs(protocol.createState(device), [{ feature, type: output.type, value: 0 }], device).ok,
      )
      .map((output) => ({ feature, output })),
  );
  return fc.array(
    fc.constantFrom(...outputs).chain(({ feature, output }) => {
      const steps = stepCount(output);
      return fc.record({
        feature: fc.constant(feature),
        type: fc.constant(output.type),
        value: fc.integer({ min: output.base[0] < 0 ? -steps : 0, max: steps }),
        ...(output.type === 'HwPositionWithDuration' ? { duration: fc.integer({ min: 0, max: 1_000 }) } : {}),
      }) as fc.Arbitrary<FeatureOutput>;
    }),
    { minLength: 1, maxLength: 12 },
  );
};

const roundTrip = (protocol: AnyDeviceProtocol) =>
  fc.assert(
    fc.property(
      fc
        .constantFrom(...devicesOf(protocol))
        .filter((device) => device.definition.features.some((f) => f.outputs.length > 0)),
      fc.context(),
      (device, ctx) => {
        const decode = outputDecoders.get(protocol.name)!(device);
        let state = protocol.createState(device);
        const held = new Map<string, number>();
        const sent = new Map<string, number>();
        return (
          fc.assert(
            fc.property(commandsFor(protocol, device), (commands) => {
              for (const command of commands) {
                const result = protocol.encodeOutputs(state, [command], device);
                if (!result.ok) throw new Error(result.reason);
                state = result.state;
                for (const write of result.writes)
                  for (const out of decode(write)) held.set(`${out.feature}/${out.type}`, out.value);
                sent.set(`${command.feature.index}/${command.type}`, command.value);
              }
              ctx.log(`${device.identifier}: ${JSON.stringify([...sent])} -> ${JSON.stringify([...held])}`);
              // Mply carries levels only: a multi-motor toy's rotation direction is not on the wire.
              const levelsOnly = (state as { drive?: string } | null)?.drive === 'multiply';
              for (const [key, value] of sent)
                expect(held.get(key)).toBe(levelsOnly && key.endsWith('/Rotate') ? Math.abs(value) : value);
            }),
            { numRuns: 15 },
          ) === undefined
        );
      },
    ),
    { numRuns: 40, seed: 4242 },
  );

describe('output decoders round-trip their encoders', () => {
  it('lovense: every model and drive (vibrate, numbered, Mply, Max air, Nora rotation, Solace strokes)', () => {
    roundTrip(lovenseProtocol);
  });

  it('simulated: every archetype (vibrators, rotator, oscillator, stroker)', () => {
    roundTrip(simulatedProtocol);
  });

  it('reads a counter-clockwise Nora turn back as a negative rotation, and a stop as clockwise again', () => {
    const [nora] = devicesOf(lovenseProtocol).filter((d) => d.identifier === 'A');
    const decode = outputDecoders.get('lovense')!(nora!);
    const text = (t: string) => ({ endpoint: 'tx' as const, data: new TextEncoder().encode(t) });
    expect(decode(text('RotateChange;'))).toEqual([]);
    expect(decode(text('Rotate:7;'))).toEqual([{ feature: 1, type: 'Rotate', value: -7 }]);
    expect(decode(text('Rotate:0;'))).toEqual([{ feature: 1, type: 'Rotate', value: 0 }]);
    expect(decode(text('Rotate:3;'))).toEqual([{ feature: 1, type: 'Rotate', value: 3 }]);
    expect(decode(text('Battery;'))).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutputType } from '../../protocols/buttplug/featureTypes.js';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import { findOutput, stepCount } from '../../protocols/config/resolvedDevice.js';
import type { FeatureOutput, ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import type { HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { lovenseDevices } from '../../protocols/devices/lovense/lovenseDevices.js';
import {
  chooseDrive,
  lovenseProtocol,
  parseBattery,
  parseDeviceType,
} from '../../protocols/devices/lovense/lovenseProtocol.js';

const config = createDeviceConfig([lovenseDevices]);

const deviceFor = (identifier: string): ProtocolDevice => {
  const resolved = resolveDevice(config, { protocol: 'lovense', identifier, address: 'X' })!;
  return { definition: resolved.device, identifier, hardwareName: `LVS-${identifier}`, endpoints: ['tx', 'rx'] };
};

const models = lovenseDevices.configurations.map((model) => model.identifiers[0]!);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** Every output of a device, with a generator of in-range hardware values for it. */
const outputsOf = (device: ProtocolDevice) =>
  device.definition.features.flatMap((feature) =>
    feature.outputs.map((output) => ({
      feature,
      type: output.type,
      steps: stepCount(output),
      signed: output.base[0] < 0,
    })),
  );

const commandArbitrary = (device: ProtocolDevice): fc.Arbitrary<FeatureOutput> =>
  fc.constantFrom(...outputsOf(device)).chain(({ feature, type, steps, signed }) =>
    fc.record({
      feature: fc.constant(feature),
      type: fc.constant(type),
      value: fc.integer({ min: signed ? -steps : 0, max: steps }),
      ...(type === 'HwPositionWithDuration' ? { duration: fc.integer({ min: 0, max: 5_000 }) } : {}),
    }),
  );

const LOVENSE_COMMAND = /^(Vibrate\d?:\d+|Rotate:\d+|RotateChange|Air:Level:\d+|Mply(:\d+)+|FSetSite:\d+);$/;

describe('lovenseProtocol', () => {
  it('declares every Lovense model of the upstream database', () => {
    expect(lovenseDevices.configurations).toHaveLength(36);
    expect(models).toEqual(expect.arrayContaining(['P', 'A', 'B', 'EI-FW3', 'BA', 'H', 'WD']));
  });

  it('drives each model the way its outputs need', () => {
    const drives = Object.fromEntries(
      ['S', 'P', 'A', 'B', 'EI-FW3', 'U', 'H', 'BA', 'WD', 'F'].map((m) => [m, chooseDrive(deviceFor(m))]),
    );
    expect(drives).toEqual({
      S: 'single',
      P: 'numbered',
      A: 'rotator',
      B: 'max',
      'EI-FW3': 'multiply',
      U: 'multiply',
      H: 'stroker',
      BA: 'stroker',
      WD: 'numbered',
      F: 'single',
    });
  });

  it.each(models)('encodes every in-range command of model %s as Lovense text on tx, and never throws', (model) => {
    const device = deviceFor(model);
    if (outputsOf(device).length === 0) return;
    fc.assert(
      fc.property(fc.array(commandArbitrary(device), { minLength: 1, maxLength: 6 }), (outputs) => {
        let state = lovenseProtocol.createState(device);
        const result = lovenseProtocol.encodeOutputs(state, outputs, device);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        state = result.state;
        for (const write of result.writes) {
          expect(write.endpoint).toBe('tx');
          expect(write.withResponse).toBe(false);
          expect(text(write.data)).toMatch(LOVENSE_COMMAND);
        }
        // No number on the wire leaves the device's ranges.
        const highest = Math.max(...outputsOf(device).map((o) => o.steps));
        for (const write of result.writes) {
          for (const n of (text(write.data).match(/\d+/g) ?? []).map(Number)) {
            if (!text(write.data).startsWith('Vibrate')) continue;
            expect(n).toBeLessThanOrEqual(Math.max(highest, 3));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('flips rotation with RotateChange only when the direction changes', () => {
    const nora = deviceFor('A');
    const rotate = nora.definition.features[1]!;
    const run = (values: number[]) => {
      let state = lovenseProtocol.createState(nora);
      const out: string[] = [];
      for (const value of values) {
        const result = lovenseProtocol.encodeOutputs(state, [{ feature: rotate, type: 'Rotate', value }], nora);
        if (!result.ok) throw new Error(result.reason);
        state = result.state;
        out.push(...result.writes.map((w) => text(w.data)));
      }
      return out;
    };
    expect(run([-20, 0, -10])).toEqual(['RotateChange;', 'Rotate:20;', 'Rotate:0;', 'RotateChange;', 'Rotate:10;']);
    expect(run([-5, -10, 5])).toEqual(['RotateChange;', 'Rotate:5;', 'Rotate:10;', 'RotateChange;', 'Rotate:5;']);
  });

  it('sends all motors of a Mply device in one packet, keeping the others', () => {
    const flexer = deviceFor('EI-FW3');
    const [a, b, c] = flexer.definition.features;
    const first = lovenseProtocol.encodeOutputs(
      lovenseProtocol.createState(flexer),
      [
        { feature: a!, type: 'Vibrate', value: 10 },
        { feature: c!, type: 'Rotate', value: 5 },
      ],
      flexer,
    );
    expect(first.ok && first.writes.map((w) => text(w.data))).toEqual(['Mply:10:0:5;']);
    const second =
      first.ok && lovenseProtocol.encodeOutputs(first.state, [{ feature: b!, type: 'Vibrate', value: 3 }], flexer);
    expect(second && second.ok && second.writes.map((w) => text(w.data))).toEqual(['Mply:10:3:5;']);
  });

  it('plays a Solace Pro stroke as timed FSetSite writes ending at the target', () => {
    const solace = deviceFor('BA');
    const feature = solace.definition.features[0]!;
    const result = lovenseProtocol.encodeOutputs(
      lovenseProtocol.createState(solace),
      [{ feature, type: 'HwPositionWithDuration', value: 80, duration: 400 }],
      solace,
    );
    expect(result.ok && result.writes.map((w) => [text(w.data), w.delayMs])).toEqual([
      ['FSetSite:20;', 0],
      ['FSetSite:40;', 100],
      ['FSetSite:60;', 200],
      ['FSetSite:80;', 300],
    ]);
  });

  it('refuses outputs a model does not drive', () => {
    const lush = deviceFor('S');
    const feature = lush.definition.features[0]!;
    const result = lovenseProtocol.encodeOutputs(
      lovenseProtocol.createState(lush),
      [{ feature, type: 'Constrict' as OutputType, value: 1 }],
      lush,
    );
    expect(result.ok).toBe(false);
  });

  it('identifies a model from the DeviceType reply, retrying while the toy is silent', () => {
    const script = lovenseProtocol.identify!({ hardwareName: 'LVS-Whatever', address: 'X', endpoints: ['tx', 'rx'] });
    const requests: HardwareRequest[] = [];
    let step = script.next();
    requests.push(step.value as HardwareRequest); // subscribe
    step = script.next();
    requests.push(step.value as HardwareRequest); // DeviceType;
    step = script.next();
    requests.push(step.value as HardwareRequest); // wait for reply
    step = script.next(undefined); // no reply: try again
    expect(step.value).toMatchObject({ op: 'write' });
    step = script.next();
    step = script.next({ endpoint: 'rx', data: new TextEncoder().encode('EI:03:0082059AD3BD;') });
    expect(step).toEqual({ done: true, value: 'EI-FW3' });
    expect(requests.map((r) => r.op)).toEqual(['subscribe', 'write', 'notification']);
  });

  it('falls back to the type in the advertised name when the toy never answers', () => {
    const script = lovenseProtocol.identify!({ hardwareName: 'LVS-Z36', address: 'X', endpoints: ['tx', 'rx'] });
    let step = script.next();
    while (!step.done) step = script.next(undefined);
    expect(step.value).toBe('Z');
  });

  it('parses replies without ever throwing', () => {
    expect(parseDeviceType('P:37:0082059AD3BD;')).toBe('P');
    expect(parseDeviceType('EI:02:0082059AD3BD;')).toBe('EI');
    expect(parseDeviceType('garbage')).toBeUndefined();
    expect(parseBattery('s89;')).toBe(89);
    expect(parseBattery('100;')).toBe(100);
    expect(parseBattery('101;')).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (reply) => {
        parseDeviceType(reply);
        const level = parseBattery(reply);
        if (level !== undefined) expect(level).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('values out of a feature range never reach the encoder (the device checks them first)', () => {
    const edge = deviceFor('P');
    const output = findOutput(edge.definition.features[0]!, 'Vibrate')!;
    expect(stepCount(output)).toBe(20);
  });
});

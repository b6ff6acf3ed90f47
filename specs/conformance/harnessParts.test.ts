/**
 * The conformance harness's pure parts: the oracles, the Lovense level decoder (against our own
 * Lovense encoder), the client-mode devices' byte format, the spec model, and the command line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOutput, encodeOutput } from '../../actors/conformance/client/conformanceDevices.js';
import { parseConformanceArgs, UsageError } from '../../actors/conformance/conformanceOptions.js';
import { gapRespected, idsAnsweredOnce, latestValueWins, stoppedWithin } from '../../protocols/safety/observedRules.js';
import {
  applyLovenseCommand,
  isRunning,
  STOPPED,
  type LovenseLevels,
} from '../../actors/conformance/server/lovenseLevels.js';
import {
  applyRequest,
  expectationOf,
  judgeReply,
  modelDevice,
  outputKey,
  type ModelRequest,
} from '../../actors/conformance/server/specModel.js';
import { OUTPUT_TYPES } from '../../protocols/buttplug/featureTypes.js';
import { createDeviceConfig, resolveDevice } from '../../protocols/config/deviceConfig.js';
import { bytesToText } from '../../protocols/devices/shared/hardwareRequests.js';
import { lovenseProtocol } from '../../protocols/devices/lovense/lovenseProtocol.js';

const message = (at: number, name: string, id: number | undefined) => ({ at, name, id });

describe('oracles', () => {
  it('idsAnsweredOnce: a second answer to one Id, an answer nobody asked for, a non-event with Id 0', () => {
    const requests = [message(0, 'Ping', 1), message(1, 'OutputCmd', 2)];
    expect(idsAnsweredOnce(requests, [message(2, 'Ok', 1), message(3, 'Ok', 2)])).toEqual([]);
    expect(idsAnsweredOnce(requests, [message(2, 'Ok', 1), message(3, 'Ok', 1), message(4, 'Ok', 2)])).toEqual([
      'Id 1 (Ping) was answered 2 times: Ok, Ok',
    ]);
    expect(idsAnsweredOnce(requests, [message(2, 'Ok', 9)])).toEqual(['Ok with Id 9, which no request carried']);
    expect(idsAnsweredOnce(requests, [message(2, 'DeviceList', 0), message(3, 'Ok', 0)])).toEqual([
      'Ok came with Id 0, which only events may carry',
    ]);
    expect(idsAnsweredOnce(requests, [message(2, 'Ok', 1)], { requireAll: true })).toEqual([
      'Id 2 (OutputCmd) was never answered',
    ]);
  });

  it('idsAnsweredOnce: a reused Id may be answered as often as it was used (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 }), (ids) => {
        const requests = ids.map((id, i) => message(i, 'Ping', id));
        const replies = ids.map((id, i) => message(100 + i, 'Ok', id));
        expect(idsAnsweredOnce(requests, replies, { requireAll: true })).toEqual([]);
        if (ids.length > 0) expect(idsAnsweredOnce(requests, [...replies, replies[0]!])).toHaveLength(1);
      }),
    );
  });

  it('stoppedWithin: late, never, restarted, and already stopped', () => {
    const run = (at: number) => ({ at, running: true });
    const stop = (at: number) => ({ at, running: false });
    expect(stoppedWithin([run(0), stop(1_200)], 1_000, 1_000, 3_000)).toBeUndefined();
    expect(stoppedWithin([run(0), stop(2_500)], 1_000, 1_000, 3_000)).toBe(
      'stopped only after 1500 ms (allowed: 1000 ms)',
    );
    expect(stoppedWithin([run(0)], 1_000, 1_000, 3_000)).toBe('still running 2000 ms later');
    expect(stoppedWithin([run(0), stop(1_100), run(1_500)], 1_000, 1_000, 3_000)).toBe(
      'started again 500 ms after, with nobody asking',
    );
    expect(stoppedWithin([run(0), stop(500)], 1_000, 1_000, 3_000)).toBeUndefined();
  });

  it('gapRespected: counts writes against the gap, and spacing when asked', () => {
    expect(gapRespected([0, 100, 200], 100, { burstMs: 200 })).toBeUndefined();
    expect(gapRespected([0, 5, 10, 15, 20, 25, 30], 100, { burstMs: 50 })).toBe(
      '7 writes for a burst of 50 ms; a 100 ms gap allows 3',
    );
    expect(gapRespected([0, 40], 100, { burstMs: 50, minSpacingSlackMs: 10 })).toBe(
      "two writes 40 ms apart; the device's message gap is 100 ms",
    );
    expect(gapRespected([0, 1, 2, 3, 4, 5], 0, { burstMs: 5 })).toBeUndefined();
  });

  it('latestValueWins names each output that holds something else', () => {
    const expected = new Map([
      ['a', 3],
      ['b', 0],
    ]);
    expect(latestValueWins(expected, (o) => ({ a: 3, b: 0 })[o])).toEqual([]);
    expect(latestValueWins(expected, (o) => ({ a: 2 })[o as 'a'])).toEqual([
      'a holds 2, but the last value sent was 3',
      'b holds nothing, but the last value sent was 0',
    ]);
  });
});

describe("server mode's Lovense decoder", () => {
  const lovenseDevice = (type: string) => {
    const config = createDeviceConfig([lovenseProtocol.config]);
    const { device: definition } = resolveDevice(config, { protocol: 'lovense', identifier: type, address: 'A1' })!;
    return { definition, identifier: type, hardwareName: 'LVSDevice', endpoints: ['tx', 'rx'] as const };
  };

  // Numbered motors, one motor, a rotator, the Max, and two that take every motor in one Mply packet.
  it.each(['P', 'S', 'A', 'B', 'U', 'EI-FW3'])(
    'agrees with our Lovense encoder on every vibrate level it is sent (type %s)',
    (type) => {
      const device = lovenseDevice(type);
      const vibrators = device.definition.features.filter((f) => f.outputs.some((o) => o.type === 'Vibrate'));
      expect(vibrators.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...vibrators), fc.integer({ min: 0, max: 20 })), {
            minLength: 1,
            maxLength: 20,
          }),
          (commands) => {
            let state = lovenseProtocol.createState(device);
            let levels: LovenseLevels = STOPPED;
            const expected = new Map<number, number>();
            for (const [feature, value] of commands) {
              const result = lovenseProtocol.encodeOutputs(state, [{ feature, type: 'Vibrate', value }], device);
              if (!result.ok) throw new Error(result.reason);
              state = result.state;
              for (const write of result.writes) levels = applyLovenseCommand(levels, bytesToText(write.data)).levels;
              expected.set(vibrators.indexOf(feature), value);
            }
            const single = vibrators.length === 1;
            for (const [motor, value] of expected) expect(levels.motors[single ? 0 : motor] ?? 0).toBe(value);
            expect(isRunning(levels)).toBe([...expected.values()].some((v) => v > 0));
          },
        ),
      );
    },
  );

  it('reads every command style, and leaves queries and unknown commands alone', () => {
    let levels = applyLovenseCommand(STOPPED, 'Vibrate2:7;').levels;
    expect(levels.motors).toEqual([0, 7]);
    levels = applyLovenseCommand(levels, 'Vibrate:3;').levels;
    expect(levels.motors).toEqual([3, 3]);
    levels = applyLovenseCommand(levels, 'Mply:1:2:3;').levels;
    expect(levels.motors).toEqual([1, 2, 3]);
    levels = applyLovenseCommand(levels, 'Rotate:4;').levels;
    levels = applyLovenseCommand(levels, 'Air:Level:2;').levels;
    expect(levels).toEqual({ motors: [1, 2, 3], rotation: 4, air: 2 });
    expect(applyLovenseCommand(levels, 'Battery;')).toEqual({ kind: 'query', levels });
    expect(applyLovenseCommand(levels, 'Vibrate:lots;')).toEqual({ kind: 'other', levels });
    expect(isRunning(applyLovenseCommand(applyLovenseCommand(levels, 'Mply:0:0:0;').levels, 'Rotate:0;').levels)).toBe(
      true,
    );
    expect(isRunning({ motors: [0, 0], rotation: 0, air: 0 })).toBe(false);
  });
});

describe("client mode's device bytes", () => {
  it('decode to exactly the output that was encoded (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OUTPUT_TYPES),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 100_000 }),
        (type, featureIndex, value, duration) => {
          const decoded = decodeOutput(Uint8Array.from(encodeOutput({ type, value, duration }, featureIndex)));
          expect(decoded).toEqual({
            featureIndex,
            type,
            value,
            ...(type === 'HwPositionWithDuration' ? { duration } : {}),
          });
        },
      ),
    );
  });

  it('other bytes are not outputs', () => {
    expect(decodeOutput(Uint8Array.from([2, 3, 0]))).toBeUndefined();
    expect(decodeOutput(Uint8Array.from([1, 0, 200, 0, 0, 0, 0]))).toBeUndefined();
  });
});

describe('the spec model', () => {
  const device = modelDevice({
    DeviceIndex: 3,
    DeviceName: 'Lovense Nora',
    DeviceMessageTimingGap: 100,
    DeviceFeatures: {
      '0': { FeatureIndex: 0, FeatureDescription: '', Output: { Vibrate: { Value: [0, 20] } } },
      '1': { FeatureIndex: 1, FeatureDescription: '', Output: { Rotate: { Value: [-20, 20] } } },
      '2': { FeatureIndex: 2, FeatureDescription: '', Input: { Battery: { Value: [[0, 100]], Command: ['Read'] } } },
    },
  });
  const [vibrate, rotate] = device.outputs;

  it('reads a DeviceList entry', () => {
    expect(device).toMatchObject({ index: 3, gapMs: 100, featureIndexes: [0, 1, 2] });
    expect(device.outputs.map((o) => [o.feature, o.type, o.range])).toEqual([
      [0, 'Vibrate', [0, 20]],
      [1, 'Rotate', [-20, 20]],
    ]);
    expect(device.inputs).toEqual([{ device: 3, feature: 2, type: 'Battery', commands: ['Read'] }]);
  });

  it('expects what the spec says, and judges replies by type and code', () => {
    const ok: ModelRequest = { kind: 'output', output: vibrate!, value: 5 };
    expect(judgeReply(expectationOf(ok, 0), { name: 'Ok', body: { Id: 1 } })).toBeUndefined();
    const bad: ModelRequest = { kind: 'outputOutOfRange', output: vibrate!, value: 21 };
    expect(judgeReply(expectationOf(bad, 0), { name: 'Ok', body: { Id: 1 } })).toBe(
      'answered Ok, expected Error (code 4)',
    );
    expect(judgeReply(expectationOf(bad, 0), { name: 'Error', body: { ErrorCode: 3, ErrorMessage: 'x' } })).toBe(
      'answered Error code 3 (x), expected code 4',
    );
    expect(judgeReply(expectationOf({ kind: 'ping' }, 0), { name: 'Error', body: { ErrorCode: 2 } })).toBeUndefined();
    expect(
      judgeReply(expectationOf({ kind: 'ping' }, 500), { name: 'Error', body: { ErrorCode: 2, ErrorMessage: 'x' } }),
    ).toMatch(/^answered Error 2/);
    expect(judgeReply(expectationOf({ kind: 'deviceList' }, 0), undefined)).toBe('no reply (expected DeviceList)');
  });

  it('keeps the last accepted value per output, and a stop zeroes what can stop', () => {
    let held = applyRequest(new Map(), { kind: 'output', output: vibrate!, value: 5 }, [device]);
    held = applyRequest(held, { kind: 'output', output: rotate!, value: -7 }, [device]);
    expect(held.get(outputKey(vibrate!))).toBe(5);
    held = applyRequest(held, { kind: 'stop', device: 9 }, [device]);
    expect(held.get(outputKey(rotate!))).toBe(-7);
    held = applyRequest(held, { kind: 'stop', device: 3 }, [device]);
    expect([...held.values()]).toEqual([0, 0]);
  });
});

describe('the command line', () => {
  it("takes upstream's client harness flags", () => {
    expect(
      parseConformanceArgs([
        '--port',
        '20000',
        '--sequence',
        'core_protocol',
        '--format',
        'json',
        '--timeout',
        '10000',
        '--client-driven',
      ]),
    ).toEqual({
      mode: 'client',
      port: 20_000,
      sequence: 'core_protocol',
      format: 'json',
      timeoutMs: 10_000,
      clientDriven: true,
    });
    expect(parseConformanceArgs([])).toEqual({
      mode: 'client',
      port: 12_345,
      format: 'text',
      timeoutMs: 5_000,
      clientDriven: false,
    });
  });

  it('switches to server mode with --server, with its defaults', () => {
    expect(parseConformanceArgs(['--server', 'ws://127.0.0.1:12345', '--seed', '7'])).toEqual({
      mode: 'server',
      server: 'ws://127.0.0.1:12345',
      deviceName: 'LVSDevice',
      deviceCount: 2,
      seed: 7,
      runs: 25,
      format: 'text',
      timeoutMs: 2_000,
    });
  });

  it.each([
    [
      ['--sequence', 'everything'],
      '--sequence: unknown sequence "everything"; one of core_protocol, ping_required, error_handling, ping_timeout, reconnection',
    ],
    [['--server', 'http://x'], '--server: expected a ws:// or wss:// URL, got "http://x"'],
    [['--server', 'ws://x', '--port', '1'], '--port belongs to client mode; it cannot go with --server'],
    [['--runs', '5'], '--runs belongs to server mode; add --server URL'],
    [['--format', 'xml'], '--format: expected stdout or json, got "xml"'],
    [['--port', '70000'], '--port: expected an integer from 0 to 65535, got "70000"'],
  ])('refuses %j with one line', (argv, text) => {
    expect(() => parseConformanceArgs(argv)).toThrow(new UsageError(text));
  });
});

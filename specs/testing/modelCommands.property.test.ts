/**
 * The ready command set against the reference model, on a real test engine: any sequence of client,
 * device and operator actions leaves the engine where the model says. And the model run catches a
 * broken engine: one whose devices ignore stops.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelSetup, serverCommands, type ModelDeviceInput } from '../../actors/testing/modelCommands.js';
import * as model from '../../actors/testing/serverModel.js';
import type { FeatureDefinition } from '../../protocols/config/deviceDefinitions.js';

const features: FeatureDefinition[] = [
  { id: 'a', index: 0, description: 'motor', output: { Vibrate: { value: [0, 20] } } },
  { id: 'b', index: 1, description: 'spinner', output: { Rotate: { value: [-10, 10] } } },
  { id: 'c', index: 2, description: 'battery', input: { Battery: { value: [[0, 100]], command: ['Read'] } } },
  { id: 'd', index: 3, description: 'button', input: { Button: { value: [[0, 1]], command: ['Subscribe'] } } },
  { id: 'e', index: 4, description: 'squeeze', input: { Pressure: { value: [[0, 1000]], command: ['Subscribe'] } } },
];
const devices: ModelDeviceInput[] = [
  { name: 'Toy A', features },
  {
    name: 'Toy B',
    features: [
      { id: 'p', index: 0, description: 'stroke', output: { Position: { value: [0, 100] } } },
      { id: 'q', index: 1, description: 'button', input: { Button: { value: [[0, 1]], command: ['Subscribe'] } } },
    ],
  },
];

/** Runs `steps` (command labels, in order) against a fresh model and engine. */
const runSteps = async (setupDevices: ModelDeviceInput[], steps: RegExp[], seed = 5) => {
  const { model: box, real } = await modelSetup({ devices: setupDevices })();
  const commands = serverCommands(setupDevices);
  const pool = fc.sample(fc.oneof(...commands), { numRuns: 2_000, seed });
  try {
    for (const step of steps) {
      const found = pool.find((c) => step.test(c.toString()) && c.check(box));
      if (!found) throw new Error(`no command matching ${step}`);
      await found.run(box, real);
    }
    return { box, real };
  } catch (error) {
    await real.close();
    throw error;
  }
};

describe('the reference model', () => {
  it('zeroes every stoppable output on every stop path, and keeps positions', () => {
    const start = model.scan(
      model.connect(model.initialModel(devices.map((d) => model.modelDevice(d.name, d.features)))),
    );
    const driven = model.setOutput(model.setOutput(start, 'Toy A', 0, 'Vibrate', 5), 'Toy B', 0, 'Position', 40);
    expect(model.isStopped(driven)).toBe(false);
    for (const stopped of [model.stop(driven), model.disconnect(driven), model.restart(driven)]) {
      expect(model.isStopped(stopped)).toBe(true);
    }
    expect(model.valueOf(model.stop(driven), 'Toy B', 0, 'Position')).toBe(40);
    expect(model.valueOf(model.stop(driven, 'Toy B'), 'Toy A', 0, 'Vibrate')).toBe(5);
    expect(model.expectedDeviceList(model.dropDevice(driven, 'Toy A'))).toEqual(['Toy B']);
    expect(model.expectedDeviceList(model.disconnect(driven))).toEqual([]);
    expect(model.expectedDeviceList(model.connect(model.disconnect(driven)))).toEqual(['Toy A', 'Toy B']);
  });

  it('maps client values into the user limits: speeds above the low end, positions into the window', () => {
    const limited = model.modelDevice('Toy A', features, [
      { feature: 0, type: 'Vibrate', range: [5, 15] },
      { feature: 1, type: 'Rotate', range: [2, 8] },
    ]);
    const [vibrate, rotate] = limited.outputs;
    expect(model.clientRange(vibrate!)).toEqual([0, 10]);
    expect([0, 1, 10].map((v) => model.hardwareValue(vibrate!, v))).toEqual([0, 6, 15]);
    expect(model.clientRange(rotate!)).toEqual([-6, 6]);
    expect([-6, -1, 0, 3].map((v) => model.hardwareValue(rotate!, v))).toEqual([-8, -3, 0, 5]);
    const [stroke] = model.modelDevice('Toy B', devices[1]!.features, [
      { feature: 0, type: 'Position', range: [20, 60], reverse: true },
    ]).outputs;
    expect([0, 40].map((v) => model.hardwareValue(stroke!, v))).toEqual([60, 20]);
  });

  it('ends sensor streams on unsubscribe, stop, disconnect, the device leaving and restarts', () => {
    const start = model.scan(
      model.connect(model.initialModel(devices.map((d) => model.modelDevice(d.name, d.features)))),
    );
    const both = model.subscribe(model.subscribe(start, 'Toy A', 3, 'Button'), 'Toy B', 1, 'Button');
    expect(model.isSubscribed(both, 'Toy A', 3, 'Button')).toBe(true);
    expect(model.isSubscribed(model.unsubscribe(both, 'Toy A', 3, 'Button'), 'Toy A', 3, 'Button')).toBe(false);
    expect(model.isSubscribed(model.stop(both, 'Toy B'), 'Toy A', 3, 'Button')).toBe(true);
    expect(model.isSubscribed(model.stop(both, 'Toy B'), 'Toy B', 1, 'Button')).toBe(false);
    for (const ended of [model.stop(both), model.disconnect(both), model.restart(both)])
      expect(ended.subscriptions.size).toBe(0);
    expect(model.isSubscribed(model.dropDevice(both, 'Toy B'), 'Toy B', 1, 'Button')).toBe(false);
    expect(model.isSubscribed(model.connect(model.disconnect(both)), 'Toy A', 3, 'Button')).toBe(false);
  });
});

describe('serverCommands', () => {
  it('any sequence of commands leaves the engine where the model says (fc.asyncModelRun)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(serverCommands(devices, { maxPingTime: 10_000 }), { maxCommands: 25 }),
        async (commands) => {
          const setup = modelSetup({ devices, maxPingTime: 10_000 });
          let close = async () => {};
          await fc
            .asyncModelRun(async () => {
              const run = await setup();
              close = () => run.real.close();
              return run;
            }, commands)
            .finally(() => close());
        },
      ),
      { numRuns: 15, seed: 1313 },
    );
  }, 120_000);

  it('sensor readings reach the client while subscribed, and stop after unsubscribe and disconnect', async () => {
    const { box, real } = await runSteps(devices, [
      /^connect$/,
      /^scan$/,
      /^subscribe Toy A feature 3 Button$/,
      /^push Toy A feature 3 Button=1$/,
      /^unsubscribe Toy A feature 3 Button$/,
      /^push Toy A feature 3 Button=\d$/,
      /^subscribe Toy B feature 1 Button$/,
      /^push .*Toy B feature 1 Button=1/,
      /^disconnect$/,
      /^connect$/,
      /^push .*Toy B feature 1 Button/,
    ]);
    try {
      expect(real.readings).toEqual([]); // the new client subscribed to nothing
      expect(box.current.subscriptions.size).toBe(0);
    } finally {
      await real.close();
    }
  }, 60_000);

  it('catches an engine that keeps streaming after an unsubscribe', async () => {
    const { box, real } = await runSteps(devices, [/^connect$/, /^scan$/, /^subscribe Toy A feature 4 Pressure$/]);
    try {
      const unsubscribe = fc
        .sample(fc.oneof(...serverCommands(devices)), { numRuns: 2_000, seed: 5 })
        .find((c) => /^unsubscribe Toy A feature 4 Pressure$/.test(c.toString()))!;
      await unsubscribe.run(box, real);
      // The planted bug: the engine keeps the stream on (subscribed again behind the model's back).
      await real.client!.requestAll([
        {
          type: 'InputCmd',
          DeviceIndex: real.client!.devices.find((d) => d.name === 'Toy A')!.index,
          FeatureIndex: 4,
          Type: 'Pressure',
          Command: 'Subscribe',
        },
      ]);
      const push = fc
        .sample(fc.oneof(...serverCommands(devices)), { numRuns: 2_000, seed: 5 })
        .find((c) => /^push Toy A feature 4 Pressure=\d+$/.test(c.toString()))!;
      await expect(push.run(box, real)).rejects.toThrow(/the model says \[\]/);
    } finally {
      await real.close();
    }
  }, 60_000);

  it('holds every value within the user limits, and catches an engine that ignores them', async () => {
    const limited: ModelDeviceInput[] = [
      {
        name: 'Toy A',
        features: features.slice(0, 2),
        userLimits: [
          { feature: 0, type: 'Vibrate', range: [5, 15] },
          { feature: 1, type: 'Rotate', range: [2, 8] },
        ],
      },
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(serverCommands(limited), { maxCommands: 15 }), async (commands) => {
        const setup = modelSetup({ devices: limited });
        let close = async () => {};
        await fc
          .asyncModelRun(async () => {
            const run = await setup();
            close = () => run.real.close();
            return run;
          }, commands)
          .finally(() => close());
      }),
      { numRuns: 10, seed: 77 },
    );
    // The same commands against an engine without the user's limits: the oracle sees values outside them.
    const unlimitedEngine = await modelSetup({ devices: limited, userConfig: { devices: [] } })();
    try {
      const { model: box, real } = unlimitedEngine;
      const pool = fc.sample(fc.oneof(...serverCommands(limited)), { numRuns: 2_000, seed: 9 });
      for (const step of [/^connect$/, /^scan$/]) await pool.find((c) => step.test(c.toString()))!.run(box, real);
      await expect(pool.find((c) => /^Toy A feature 0 Vibrate 10$/.test(c.toString()))!.run(box, real)).rejects.toThrow(
        /holds 10; the model says 15|outside the allowed \[5, 15\]/,
      );
    } finally {
      await unlimitedEngine.real.close();
    }
  }, 120_000);

  it('passes with fc.scheduledModelRun: the scheduler picks the order of write acks, readings and timers', async () => {
    const released = { acks: 0, pushes: 0, commands: 0 };
    const pool = fc.sample(fc.oneof(...serverCommands(devices, { maxPingTime: 10_000 })), { numRuns: 2_000, seed: 5 });
    const opening = [/^connect$/, /^scan$/].map((label) => pool.find((c) => label.test(c.toString()))!);
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.commands(serverCommands(devices, { maxPingTime: 10_000 }), { maxCommands: 30 }),
        async (scheduler, commands) => {
          const setup = modelSetup({ devices, maxPingTime: 10_000, scheduler });
          let close = async () => {};
          const counted = async () => {
            const run = await setup();
            close = () => run.real.close();
            return run;
          };
          try {
            // Connected and scanned first, so every run drives devices; then whatever was generated.
            await fc.scheduledModelRun(scheduler, counted, [...opening, ...commands]);
            const report = scheduler.report().filter((task) => task.status === 'resolved');
            released.acks += report.filter((task) => task.label.startsWith('a write lands')).length;
            released.pushes += report.filter((task) => task.label.endsWith('pushes')).length;
            released.commands += report.filter((task) => task.label.startsWith('run@')).length;
          } finally {
            await close();
          }
        },
      ),
      { numRuns: 12, seed: 2026 },
    );
    // The scheduler really stood between the engine and its devices: it released their acks and pushes.
    expect(released.commands).toBeGreaterThan(12);
    expect(released.acks).toBeGreaterThan(0);
    expect(released.pushes).toBeGreaterThan(0);
  }, 180_000);

  it('catches an engine whose device ignores stops', async () => {
    const setup = modelSetup({ devices: devices.slice(0, 1) });
    const { model: box, real } = await setup();
    try {
      const commands = serverCommands(devices.slice(0, 1));
      const pick = (label: RegExp) =>
        fc.sample(fc.oneof(...commands), { numRuns: 400, seed: 5 }).find((c) => label.test(c.toString()))!;
      for (const step of [/^connect$/, /^scan$/]) await pick(step).run(box, real);
      await pick(/^Toy A feature 0 Vibrate [1-9]/).run(box, real);
      // The planted bug: the device's stop writes never land.
      real.engine.device('Toy A').hardware!.failWrites(100);
      await expect(pick(/^stop all$/).run(box, real)).rejects.toThrow(/holds|still runs|safety/);
    } finally {
      await real.close();
    }
  }, 60_000);
});

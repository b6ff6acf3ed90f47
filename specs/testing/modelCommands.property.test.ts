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
];
const devices: ModelDeviceInput[] = [
  { name: 'Toy A', features },
  {
    name: 'Toy B',
    features: [{ id: 'p', index: 0, description: 'stroke', output: { Position: { value: [0, 100] } } }],
  },
];

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

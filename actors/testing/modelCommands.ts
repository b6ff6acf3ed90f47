/**
 * A ready `fc.commands` set over a test engine, checked against the reference model (serverModel.ts)
 * after every step: connect, scan, output, input read, stop, ping, disconnect, device drop and return,
 * engine restart, advance the clock (and, with a ping watchdog, miss a ping). Use it as it is:
 *
 *   await fc.assert(fc.asyncProperty(fc.commands(serverCommands(devices)), (commands) =>
 *     fc.asyncModelRun(modelSetup({ devices }), commands)));
 *
 * or add an app's own commands to the list. After each command: the client's device list is the
 * model's, every listed output holds the model's value, a stopped model means stopped hardware, and
 * the engine's live safety monitor found nothing.
 */
import fc from 'fast-check';
import type { ButtplugClient } from '../client/buttplugClient.js';
import type { ButtplugClientDevice } from '../client/clientDevice.js';
import type { FeatureDefinition } from '../../protocols/config/deviceDefinitions.js';
import { SENSOR_VALUES } from '../conformance/client/conformanceDevices.js';
import type { InputType } from '../../protocols/buttplug/featureTypes.js';
import * as model from './serverModel.js';
import { createTestEngine, type TestEngine, type TestEngineOptions } from './testEngine.js';

export interface ModelDeviceInput {
  readonly name: string;
  readonly features: readonly FeatureDefinition[];
}

/** The real side of a model run: a test engine, the client on it (if connected), and a restart. */
export interface TestSystem {
  engine: TestEngine;
  client: ButtplugClient | undefined;
  /** Shuts the engine down and starts a new one with the same devices. */
  restart(): Promise<void>;
  /** Ends the run (call it after `asyncModelRun`, in a finally). */
  close(): Promise<void>;
}

/** The model, boxed: fast-check hands commands one object to change. */
export interface ModelBox {
  current: model.ServerModel;
}

export type ServerCommand = fc.AsyncCommand<ModelBox, TestSystem>;

export interface ModelSetupOptions extends Omit<TestEngineOptions, 'devices'> {
  readonly devices: readonly ModelDeviceInput[];
}

export const createTestSystem = async (options: ModelSetupOptions): Promise<TestSystem> => {
  const start = () => createTestEngine({ websocket: false, ...options, devices: options.devices });
  const system: TestSystem = {
    engine: await start(),
    client: undefined,
    async restart() {
      await system.engine.close();
      system.client = undefined;
      system.engine = await start();
    },
    close: () => system.engine.close(),
  };
  return system;
};

/** A setup for `fc.asyncModelRun`: a fresh model and a fresh engine for each run. */
export const modelSetup = (options: ModelSetupOptions) => async (): Promise<{ model: ModelBox; real: TestSystem }> => ({
  model: { current: model.initialModel(options.devices.map((d) => model.modelDevice(d.name, d.features))) },
  real: await createTestSystem(options),
});

/** Waits, in real time, for what the engine does without timers (connections, events): never for a timer. */
const until = async (predicate: () => boolean, what: string, timeoutMs = 3_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

const listedNames = (client: ButtplugClient | undefined): string[] =>
  (client?.connected ? client.devices.map((device) => device.name) : []).sort();

const clientDevice = (real: TestSystem, name: string): ButtplugClientDevice => {
  const found = real.client?.devices.find((device) => device.name === name);
  if (!found) throw new Error(`the client has no device ${name}`);
  return found;
};

/** What must hold after every command. */
export const checkInvariants = async (box: ModelBox, real: TestSystem): Promise<void> => {
  const expected = model.expectedDeviceList(box.current);
  await until(
    () => JSON.stringify(listedNames(real.client)) === JSON.stringify(expected),
    `the device list ${JSON.stringify(expected)} (the client has ${JSON.stringify(listedNames(real.client))})`,
  ).catch((error: unknown) => {
    throw error instanceof Error ? error : new Error(String(error));
  });
  await real.engine.clock.settle();
  for (const device of box.current.devices) {
    if (!model.isListed(box.current, device.name)) continue;
    const test = real.engine.device(device.name);
    for (const output of device.outputs) {
      const want = model.valueOf(box.current, device.name, output.feature, output.type);
      const held = test.valueOf(output.feature, output.type);
      if (held !== want)
        throw new Error(
          `${device.name} feature ${output.feature} ${output.type} holds ${held}; the model says ${want}`,
        );
    }
  }
  if (model.isStopped(box.current))
    for (const test of real.engine.devices)
      if (test.connected && test.running) throw new Error(`${test.name} still runs, but everything should be stopped`);
  if (real.engine.safetyViolations > 0)
    throw new Error(`the engine's safety monitor found ${real.engine.safetyViolations} violation(s)`);
};

const command = (
  label: () => string,
  check: (m: Readonly<ModelBox>) => boolean,
  run: (box: ModelBox, real: TestSystem) => Promise<void>,
): ServerCommand => ({
  check,
  async run(box, real) {
    await run(box, real);
    await checkInvariants(box, real);
  },
  toString: label,
});

export interface ServerCommandOptions {
  /** The engine's ping watchdog (the same as the setup's `maxPingTime`): adds a "miss a ping" command. */
  readonly maxPingTime?: number;
  /** Longest single clock advance (default 2 s). */
  readonly maxAdvanceMs?: number;
}

/** The command set for these devices (the same list the setup got). */
export const serverCommands = (
  devices: readonly ModelDeviceInput[],
  options: ServerCommandOptions = {},
): fc.Arbitrary<ServerCommand>[] => {
  const specs = devices.map((d) => model.modelDevice(d.name, d.features));
  const names = fc.constantFrom(...devices.map((d) => d.name));
  // Timed moves need a duration the model does not track: every other output is driven.
  const outputs = specs.flatMap((device) =>
    device.outputs
      .filter((o) => o.type !== 'HwPositionWithDuration')
      .map((output) => ({ device: device.name, output })),
  );
  const reads = devices.flatMap((device) =>
    device.features.flatMap((feature) =>
      Object.entries(feature.input ?? {})
        .filter(([, input]) => input?.command.includes('Read'))
        .map(([type]) => ({ device: device.name, feature: feature.index, type: type as InputType })),
    ),
  );
  const list: fc.Arbitrary<ServerCommand>[] = [
    fc.constant(
      command(
        () => 'connect',
        (m) => !m.current.connected,
        async (box, real) => {
          real.client = await real.engine.connectClient('model client');
          box.current = model.connect(box.current);
        },
      ),
    ),
    fc.constant(
      command(
        () => 'scan',
        (m) => m.current.connected,
        async (box, real) => {
          await real.client!.startScanning();
          box.current = model.scan(box.current);
        },
      ),
    ),
    fc.constant(
      command(
        () => 'ping',
        (m) => m.current.connected,
        async (_box, real) => {
          await real.client!.requestAll([{ type: 'Ping' }]);
        },
      ),
    ),
    fc.option(names, { nil: undefined }).map((name) =>
      command(
        () => `stop ${name ?? 'all'}`,
        (m) => m.current.connected && (name === undefined || model.isListed(m.current, name)),
        async (box, real) => {
          if (name === undefined) await real.client!.stopAllDevices();
          else await clientDevice(real, name).stop();
          box.current = model.stop(box.current, name);
        },
      ),
    ),
    fc.constant(
      command(
        () => 'disconnect',
        (m) => m.current.connected,
        async (box, real) => {
          await real.client!.disconnect();
          real.client = undefined;
          box.current = model.disconnect(box.current);
        },
      ),
    ),
    names.map((name) =>
      command(
        () => `drop ${name}`,
        (m) => m.current.present.has(name),
        async (box, real) => {
          real.engine.dropDevice(name);
          box.current = model.dropDevice(box.current, name);
        },
      ),
    ),
    names.map((name) =>
      command(
        () => `return ${name}`,
        (m) => !m.current.present.has(name),
        async (box, real) => {
          real.engine.returnDevice(name);
          box.current = model.returnDevice(box.current, name);
        },
      ),
    ),
    fc.constant(
      command(
        () => 'restart the engine',
        () => true,
        async (box, real) => {
          await real.restart();
          box.current = model.restart(box.current);
        },
      ),
    ),
    fc.integer({ min: 1, max: options.maxAdvanceMs ?? 2_000 }).map((ms) =>
      command(
        () => `advance ${ms} ms`,
        (m) => options.maxPingTime === undefined || !m.current.connected || ms < options.maxPingTime / 2,
        async (_box, real) => real.engine.advance(ms),
      ),
    ),
  ];
  if (outputs.length > 0)
    list.push(
      fc
        .constantFrom(...outputs)
        .chain(({ device, output }) =>
          fc.integer({ min: output.range[0], max: output.range[1] }).map((value) => ({ device, output, value })),
        )
        .map(({ device, output, value }) =>
          command(
            () => `${device} feature ${output.feature} ${output.type} ${value}`,
            (m) => model.isListed(m.current, device),
            async (box, real) => {
              await clientDevice(real, device).sendOutputs([
                { featureIndex: output.feature, command: { [output.type]: { Value: value } } as never },
              ]);
              box.current = model.setOutput(box.current, device, output.feature, output.type, value);
            },
          ),
        ),
    );
  if (reads.length > 0)
    list.push(
      fc.constantFrom(...reads).map((input) =>
        command(
          () => `read ${input.device} feature ${input.feature} ${input.type}`,
          (m) => model.isListed(m.current, input.device),
          async (_box, real) => {
            const value = await clientDevice(real, input.device).read(input.type, input.feature);
            const want = SENSOR_VALUES[input.type] ?? 0;
            if (value !== want) throw new Error(`read ${value}, the device answered ${want}`);
          },
        ),
      ),
    );
  if (options.maxPingTime !== undefined) {
    const maxPingTime = options.maxPingTime;
    list.push(
      fc.constant(
        command(
          () => `miss a ping (advance ${maxPingTime} ms)`,
          (m) => m.current.connected,
          async (box, real) => {
            await real.engine.advance(maxPingTime + 1);
            const client = real.client!;
            await until(() => !client.connected, 'the session to end after the missed ping');
            real.client = undefined;
            box.current = model.disconnect(box.current);
          },
        ),
      ),
    );
  }
  return list;
};

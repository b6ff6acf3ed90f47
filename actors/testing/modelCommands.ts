/**
 * A ready `fc.commands` set over a test engine, checked against the reference model (serverModel.ts)
 * after every step: connect, scan, output (within the user's limits), input read, subscribe,
 * unsubscribe, sensor readings the devices push, stop, ping, disconnect, device drop and return,
 * engine restart, advance the clock (and, with a ping watchdog, miss a ping). Use it as it is:
 *
 *   await fc.assert(fc.asyncProperty(fc.commands(serverCommands(devices)), (commands) =>
 *     fc.asyncModelRun(modelSetup({ devices }), commands)));
 *
 * or add an app's own commands to the list. After each command: the client's device list is the
 * model's, every listed output holds the model's value, every value a device ever held is within the
 * user's limits (the `withinRange` oracle), a stopped model means stopped hardware, and the engine's
 * live safety monitor found nothing. With `scheduler` (an `fc.scheduler()`) in the setup, devices
 * acknowledge writes and push readings in the order it picks: use it with `fc.scheduledModelRun`.
 */
import fc from 'fast-check';
import type { ButtplugClient } from '../client/buttplugClient.js';
import type { ButtplugClientDevice } from '../client/clientDevice.js';
import type { FeatureDefinition } from '../../protocols/config/deviceDefinitions.js';
import type { UserConfig } from '../../protocols/config/deviceConfig.js';
import { SENSOR_VALUES } from '../conformance/client/conformanceDevices.js';
import type { InputType } from '../../protocols/buttplug/featureTypes.js';
import { withinRange } from '../../protocols/safety/safetyRules.js';
import { realClock } from '../../protocols/core/clock.js';
import * as model from './serverModel.js';
import { createTestEngine, type TestEngine, type TestEngineOptions } from './testEngine.js';
import { TEST_DEVICE_PROTOCOL } from './testDevices.js';

export interface ModelDeviceInput {
  readonly name: string;
  readonly features: readonly FeatureDefinition[];
  /** The user's settings for its outputs (a user config is made from them): narrowed ranges, reversed positions. */
  readonly userLimits?: readonly model.ModelUserLimit[];
}

/** A sensor reading that reached the client. */
export interface ReceivedReading {
  readonly device: string;
  readonly feature: number;
  readonly type: InputType;
  readonly value: number;
}

/** The real side of a model run: a test engine, the client on it (if connected), and a restart. */
export interface TestSystem {
  engine: TestEngine;
  client: ButtplugClient | undefined;
  /** Sensor readings the current client received (cleared when it connects). */
  readings: ReceivedReading[];
  /** The setup's scheduler: devices acknowledge writes and push readings when it says. */
  readonly scheduler?: fc.Scheduler;
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

export interface ModelSetupOptions extends Omit<TestEngineOptions, 'devices' | 'writeGate'> {
  readonly devices: readonly ModelDeviceInput[];
  /** Devices acknowledge writes in the order this scheduler picks (for `fc.scheduledModelRun`). */
  readonly scheduler?: fc.Scheduler;
}

/** The user config that says what `userLimits` say (feature-list devices are keyed by protocol and name). */
const userConfigOf = (devices: readonly ModelDeviceInput[]): UserConfig | undefined => {
  const limited = devices.filter((device) => (device.userLimits ?? []).length > 0);
  if (limited.length === 0) return undefined;
  return {
    devices: limited.map((device) => ({
      key: { protocol: TEST_DEVICE_PROTOCOL, identifier: device.name, address: modelAddress(devices, device.name) },
      allow: false,
      deny: false,
      index: devices.indexOf(device),
      features: device.features.flatMap((feature) => {
        const mine = (device.userLimits ?? []).filter((limit) => limit.feature === feature.index);
        return mine.length === 0
          ? []
          : [
              {
                baseId: feature.id,
                output: Object.fromEntries(
                  mine.map((limit) => [
                    limit.type,
                    { value: limit.range, ...(limit.reverse ? { reverse: true } : {}) },
                  ]),
                ),
              },
            ];
      }),
    })),
  };
};

/** Model devices have fixed addresses, so a user config can name them. */
const modelAddress = (devices: readonly ModelDeviceInput[], name: string): string =>
  `MODEL-${devices.findIndex((device) => device.name === name)}`;

export const createTestSystem = async (options: ModelSetupOptions): Promise<TestSystem> => {
  const { scheduler, devices, ...engineOptions } = options;
  let gated = scheduler !== undefined;
  const userConfig = engineOptions.userConfig ?? userConfigOf(devices);
  const start = () =>
    createTestEngine({
      websocket: false,
      ...engineOptions,
      ...(userConfig ? { userConfig } : {}),
      devices: devices.map((device) => ({
        name: device.name,
        features: device.features,
        address: modelAddress(devices, device.name),
      })),
      ...(scheduler
        ? {
            writeGate: (device: string) =>
              gated ? scheduler.schedule(Promise.resolve(), `a write lands on ${device}`) : Promise.resolve(),
          }
        : {}),
    });
  const system: TestSystem = {
    engine: await start(),
    client: undefined,
    readings: [],
    ...(scheduler ? { scheduler } : {}),
    async restart() {
      await system.engine.close();
      system.client = undefined;
      system.engine = await start();
    },
    async close() {
      // Nobody releases scheduled writes once the run is over: the shutdown's stops land at once.
      gated = false;
      await scheduler?.waitAll();
      await system.engine.close();
    },
  };
  return system;
};

/** The model's devices, with the user's limits. */
const modelDevices = (devices: readonly ModelDeviceInput[]) =>
  devices.map((d) => model.modelDevice(d.name, d.features, d.userLimits ?? []));

/** A setup for `fc.asyncModelRun` (or `fc.scheduledModelRun`): a fresh model and a fresh engine for each run. */
export const modelSetup = (options: ModelSetupOptions) => async (): Promise<{ model: ModelBox; real: TestSystem }> => ({
  model: { current: model.initialModel(modelDevices(options.devices)) },
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

/** Each run's open subscriptions, by `device/feature/type`: what an unsubscribe command ends. */
const handles = new WeakMap<TestSystem, Map<string, { unsubscribe(): Promise<void> }>>();

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
  // Values within the user's limits: every value any device ever held, not only the last.
  for (const device of box.current.devices) {
    const test = real.engine.device(device.name);
    const rangeOf = (address: { feature: number; type: string }) => {
      const output = device.outputs.find((o) => o.feature === address.feature && o.type === address.type);
      return output ? model.allowedRange(output) : undefined;
    };
    const signed = new Set(device.outputs.filter((o) => o.range[0] < 0).map((o) => `${o.feature}/${o.type}`));
    const broken = withinRange(
      test.outputs.map((change) => ({ kind: 'output' as const, device: 0, ...change })),
      { now: real.engine.now(), rangeOf, turnsBothWays: (address) => signed.has(`${address.feature}/${address.type}`) },
    );
    if (broken.length > 0) throw new Error(`${device.name}: ${broken[0]!.message} (the user's limits)`);
  }
  if (model.isStopped(box.current))
    for (const test of real.engine.devices)
      if (test.connected && test.running) throw new Error(`${test.name} still runs, but everything should be stopped`);
  if (real.engine.safetyViolations > 0)
    throw new Error(`the engine's safety monitor found ${real.engine.safetyViolations} violation(s)`);
};

/**
 * Awaits `work` while releasing the scheduler's tasks (device acks, pushes) one at a time, in its
 * order. `fc.scheduledModelRun` runs each command as a scheduled task and releases nothing else until
 * it ends, so a command that waits on its devices has to release their tasks itself.
 */
const pumped = async <T>(real: TestSystem, work: Promise<T>): Promise<T> => {
  const scheduler = real.scheduler;
  if (!scheduler) return work;
  let settled = false;
  const done = work.finally(() => (settled = true));
  done.catch(() => {});
  while (!settled) {
    if (scheduler.count() > 0) await scheduler.waitOne();
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return done;
};

const command = (
  label: () => string,
  check: (m: Readonly<ModelBox>) => boolean,
  run: (box: ModelBox, real: TestSystem) => Promise<void>,
): ServerCommand => ({
  check,
  async run(box, real) {
    await pumped(real, run(box, real));
    await pumped(real, checkInvariants(box, real));
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
          // On real time: the model's pings are its own commands, and a missed one is the engine's to judge.
          const client = await real.engine.connectClient('model client', { clock: realClock });
          real.client = client;
          real.readings = [];
          client.on('inputreading', (reading) => {
            const device = client.devices.find((d) => d.index === reading.DeviceIndex);
            for (const [type, body] of Object.entries(reading.Reading))
              if (device && body)
                real.readings.push({
                  device: device.name,
                  feature: reading.FeatureIndex,
                  type: type as InputType,
                  value: (body as { Value: number }).Value,
                });
          });
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
        .chain(({ device, output }) => {
          const [min, max] = model.clientRange(output);
          return fc.integer({ min, max }).map((value) => ({ device, output, value }));
        })
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
  const streams = devices.flatMap((device) =>
    device.features.flatMap((feature) =>
      Object.entries(feature.input ?? {})
        .filter(([, input]) => input?.command.includes('Subscribe'))
        .map(([type, input]) => ({
          device: device.name,
          feature: feature.index,
          type: type as InputType,
          range: input!.value[0] ?? ([0, 1] as const),
        })),
    ),
  );
  if (streams.length > 0) {
    const handlesOf = (real: TestSystem) => {
      let map = handles.get(real);
      if (!map) handles.set(real, (map = new Map()));
      return map;
    };
    list.push(
      fc.constantFrom(...streams).map((input) =>
        command(
          () => `subscribe ${input.device} feature ${input.feature} ${input.type}`,
          (m) =>
            model.isListed(m.current, input.device) &&
            !model.isSubscribed(m.current, input.device, input.feature, input.type),
          async (box, real) => {
            const handle = await clientDevice(real, input.device).subscribe(input.type, () => {}, input.feature);
            handlesOf(real).set(model.inputKey(input.device, input.feature, input.type), handle);
            box.current = model.subscribe(box.current, input.device, input.feature, input.type);
          },
        ),
      ),
      fc.constantFrom(...streams).map((input) =>
        command(
          () => `unsubscribe ${input.device} feature ${input.feature} ${input.type}`,
          (m) => model.isSubscribed(m.current, input.device, input.feature, input.type),
          async (box, real) => {
            const key = model.inputKey(input.device, input.feature, input.type);
            const handle = handlesOf(real).get(key);
            if (!handle) throw new Error(`no subscription handle for ${key}`);
            handlesOf(real).delete(key);
            await handle.unsubscribe();
            box.current = model.unsubscribe(box.current, input.device, input.feature, input.type);
          },
        ),
      ),
      // The devices push readings, each on its own (in the scheduler's order when there is one).
      fc
        .uniqueArray(
          fc
            .integer({ min: 0, max: streams.length - 1 })
            .chain((i) =>
              fc.integer({ min: streams[i]!.range[0], max: streams[i]!.range[1] }).map((value) => ({ i, value })),
            ),
          { minLength: 1, maxLength: streams.length, selector: (push) => push.i },
        )
        .map((pushes) =>
          command(
            () =>
              `push ${pushes.map(({ i, value }) => `${streams[i]!.device} feature ${streams[i]!.feature} ${streams[i]!.type}=${value}`).join(', ')}`,
            (m) => m.current.connected,
            async (box, real) => {
              const before = real.readings.length;
              const expected = pushes.filter(({ i }) =>
                model.isSubscribed(box.current, streams[i]!.device, streams[i]!.feature, streams[i]!.type),
              );
              const push = ({ i, value }: { i: number; value: number }) => {
                const input = streams[i]!;
                const test = real.engine.device(input.device);
                const delivered = test.connected && test.notify(input.feature, value);
                const wanted = model.isSubscribed(box.current, input.device, input.feature, input.type);
                if (wanted && !delivered)
                  throw new Error(
                    `${input.device} feature ${input.feature} ${input.type}: the engine did not subscribe the hardware`,
                  );
              };
              const scheduler = real.scheduler;
              if (scheduler)
                await Promise.all(
                  pushes.map((one) =>
                    scheduler.schedule(Promise.resolve(), `${streams[one.i]!.device} pushes`).then(() => push(one)),
                  ),
                );
              else pushes.forEach(push);
              const arrived = () => real.readings.slice(before);
              await until(
                () => arrived().length >= expected.length,
                `${expected.length} reading(s) to reach the client (it has ${arrived().length})`,
              );
              await real.engine.clock.settle();
              const got = arrived()
                .map((r) => `${r.device}/${r.feature}/${r.type}=${r.value}`)
                .sort();
              const want = expected
                .map(({ i, value }) => `${streams[i]!.device}/${streams[i]!.feature}/${streams[i]!.type}=${value}`)
                .sort();
              if (JSON.stringify(got) !== JSON.stringify(want))
                throw new Error(`the client received ${JSON.stringify(got)}; the model says ${JSON.stringify(want)}`);
            },
          ),
        ),
    );
  }
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

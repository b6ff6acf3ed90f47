/** Reaching a device, alone: the child the device invokes to connect, identify and initialise. */
import { describe, expect, it } from 'vitest';
import {
  createActor,
  fromCallback,
  fromPromise,
  setup,
  SimulatedClock,
  type AnyEventObject,
  type EventFrom,
  type EventObject,
} from 'xstate';
import type { Hardware } from '../../hardware/hardware.js';
import {
  defaultDeviceTimeouts,
  type ConnectInput,
  type EstablishInput,
  type IdentifyInput,
  type InitializeInput,
} from '../../machines/device/deviceTypes.js';
import { establishConnectionMachine } from '../../machines/device/establishConnection.js';
import type { Identification } from '../../protocols/devices/shared/deviceProtocol.js';
import { definition, discoveredDevice, FakeHardware, settle, testProtocol } from './deviceHarness.js';

const establish = (options: { connect?: Error; identifies?: Identification; known?: EstablishInput['known'] } = {}) => {
  const clock = new SimulatedClock();
  const told: AnyEventObject[] = [];
  const hardware = new FakeHardware('TestVibe');
  const child = establishConnectionMachine.provide({
    actors: {
      connectHardware: fromPromise<Hardware, ConnectInput>(async () => {
        if (options.connect) throw options.connect;
        return hardware;
      }),
      identifyDevice: fromPromise<Identification, IdentifyInput>(async () => options.identifies),
      initializeDevice: fromPromise<unknown, InitializeInput>(async () => 'initialised'),
      hardwareEvents: fromCallback<EventObject, { hardware: Hardware }>(({ input, sendBack }) =>
        input.hardware.onEvent(
          (event) => event.type === 'disconnected' && sendBack({ type: 'hardware.disconnected', reason: event.reason }),
        ),
      ),
    },
  });
  const input: EstablishInput = {
    discovered: discoveredDevice(),
    specifier: testProtocol.config.communication[0]!,
    protocol: testProtocol,
    timeouts: defaultDeviceTimeouts,
    ...(options.known ? { known: options.known } : {}),
  };
  const parent = setup({ actors: { child } }).createMachine({
    invoke: { id: 'child', src: 'child', input },
    on: { '*': { actions: ({ event }) => told.push(event) } },
  });
  const actor = createActor(parent, { clock }).start();
  const ref = actor.getSnapshot().children['child']!;
  return {
    clock,
    told,
    hardware,
    send: (event: EventFrom<typeof establishConnectionMachine>) => ref.send(event),
    types: () => told.map((e) => e.type),
  };
};

describe('establishing a connection', () => {
  it('the first time: opened, identified, then established with the definition the device manager sent', async () => {
    const run = establish({ identifies: 'model-x' });
    await settle();
    expect(run.told).toEqual([
      { type: 'connection.opened', hardware: run.hardware },
      { type: 'connection.identified', key: { protocol: 'test-vibe', identifier: 'model-x', address: 'ADDR' } },
    ]);
    run.send({ type: 'device.definition', definition });
    await settle();
    expect(run.told.at(-1)).toMatchObject({
      type: 'connection.established',
      link: { hardware: run.hardware, identifier: 'model-x', protocolDevice: { definition, hardwareName: 'TestVibe' } },
      protocolState: 'initialised',
    });
  });

  it('fails with the reason when connecting fails, the definition is refused or never comes', async () => {
    const refused = establish({ connect: new Error('out of range') });
    await settle();
    expect(refused.told).toEqual([{ type: 'connection.failed', reason: 'out of range' }]);

    const rejected = establish();
    await settle();
    rejected.send({ type: 'device.rejected', reason: 'no configuration for this device' });
    expect(rejected.told.at(-1)).toEqual({ type: 'connection.failed', reason: 'no configuration for this device' });

    const silent = establish();
    await settle();
    silent.clock.increment(defaultDeviceTimeouts.definitionMs);
    expect(silent.told.at(-1)).toEqual({ type: 'connection.failed', reason: 'no device definition within 5000 ms' });
  });

  it('reports a drop while it is still setting the device up', async () => {
    const run = establish();
    await settle();
    run.hardware.drop('link lost');
    expect(run.told.at(-1)).toEqual({ type: 'connection.dropped', reason: 'link lost' });
  });

  it('on a reconnect keeps what the device was, and refuses another device at the address', async () => {
    const same = establish({ identifies: 'model-x', known: { identifier: 'model-x', definition } });
    await settle();
    expect(same.types()).toEqual(['connection.opened', 'connection.established']);
    expect(same.told.at(-1)).toMatchObject({ link: { identifier: 'model-x' } });

    const silent = establish({ identifies: undefined, known: { identifier: 'model-x', definition } });
    await settle();
    expect(silent.told.at(-1)).toMatchObject({ type: 'connection.established', link: { identifier: 'model-x' } });

    const other = establish({ identifies: 'model-y', known: { identifier: 'model-x', definition } });
    await settle();
    expect(other.types()).toEqual(['connection.opened', 'connection.otherDevice']);
  });
});

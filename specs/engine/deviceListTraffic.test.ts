/**
 * DeviceList traffic stays linear in devices: the device manager announces its table to each session at
 * most once per tick however many devices came or went, each announcement is the table as it is then,
 * the last one is the final table, and a due announcement goes out before ScanningFinished. The manager
 * runs alone here (no buses), with a simulated clock, fed device events directly.
 */
import fc from 'fast-check';
import { createActor, createMachine, SimulatedClock, type AnyEventObject } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { DeviceInfo, DeviceListV4 } from '../../protocols/buttplug/messages.js';
import { createDeviceConfig } from '../../protocols/config/deviceConfig.js';
import { builtinProtocolConfigs, builtinProtocols, protocolsByName } from '../../protocols/devices/index.js';
import { defaultDeviceTimeouts } from '../../machines/device/deviceTypes.js';
import { deviceManagerMachine, type DeviceManagerContext } from '../../machines/deviceManagerMachine.js';
import { silentLogger } from '../../protocols/core/logger.js';
import { LiveHardwareRegistry } from '../../hardware/liveHardware.js';

const info = (index: number): DeviceInfo => ({
  DeviceIndex: index,
  DeviceName: `Device ${index}`,
  DeviceMessageTimingGap: 0,
  DeviceFeatures: {},
});

/** A device manager with no buses, a recording session attached, on a simulated clock. */
const managerWithSession = () => {
  const clock = new SimulatedClock();
  const heard: AnyEventObject[] = [];
  const session = createActor(createMachine({ on: { '*': { actions: ({ event }) => heard.push(event) } } }));
  session.start();
  const manager = createActor(deviceManagerMachine, {
    clock,
    input: {
      config: createDeviceConfig(builtinProtocolConfigs()),
      protocols: protocolsByName(builtinProtocols),
      dcms: [],
      deviceTimeouts: defaultDeviceTimeouts,
      shutdownTimeoutMs: 1_000,
      logger: silentLogger,
      liveHardware: new LiveHardwareRegistry(),
      dcmRestartDelayMs: 1_000,
      dcmRestartMaxDelayMs: 30_000,
    },
  });
  manager.start();
  manager.send({ type: 'session.attach', session, sessionId: 'session-1' });
  const table = () => (manager.getSnapshot().context as DeviceManagerContext).table;
  const add = (index: number) =>
    manager.send({ type: 'device.ready', deviceId: `device-${index}`, index, info: info(index), address: `A${index}` });
  const remove = (index: number) =>
    manager.send({
      type: 'group.deviceGone',
      groupId: 'deviceGroup-1',
      deviceId: `device-${index}`,
      output: { deviceId: `device-${index}`, address: `A${index}`, reason: 'gone' },
    });
  const lists = () =>
    heard.flatMap((event) =>
      event.type === 'server.message' && (event['message'] as { type: string }).type === 'DeviceList'
        ? [event['message'] as DeviceListV4]
        : [],
    );
  const indexes = (list: DeviceListV4) =>
    Object.keys(list.Devices)
      .map(Number)
      .sort((a, b) => a - b);
  return { clock, heard, manager, session, table, add, remove, lists, indexes };
};

describe('DeviceList traffic', () => {
  it('a thousand devices ready in one tick make one DeviceList naming them all, on the next tick', () => {
    const { clock, add, lists, indexes } = managerWithSession();
    for (let i = 0; i < 1_000; i++) add(i);
    expect(lists()).toEqual([]);
    clock.increment(0);
    expect(lists()).toHaveLength(1);
    expect(indexes(lists()[0]!)).toHaveLength(1_000);
    expect(lists()[0]!.Id).toBe(0);
  });

  it('a due DeviceList goes out before ScanningFinished, and not again after it', () => {
    const { clock, heard, manager, add } = managerWithSession();
    add(0);
    add(1);
    // No buses: scanning starts and finishes at once, in this very tick.
    manager.send({ type: 'scan.requested' });
    clock.increment(10);
    const kinds = heard
      .filter((event) => event.type === 'server.message')
      .map((event) => (event['message'] as { type: string }).type);
    expect(kinds).toEqual(['DeviceList', 'ScanningFinished']);
  });

  it('RequestDeviceList answers with the table as it is, before any announcement', () => {
    const { heard, manager, add, session } = managerWithSession();
    add(3);
    manager.send({
      type: 'client.request',
      session,
      sessionId: 'session-1',
      request: { kind: 'requestDeviceList', id: 7 },
    });
    const answer = heard.find((event) => event.type === 'server.message')!['message'] as DeviceListV4;
    expect(answer.Id).toBe(7);
    expect(Object.keys(answer.Devices)).toEqual(['3']);
  });

  it('for any adds and removes over any ticks: at most one DeviceList per tick, each the table of its moment, the last the final table', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('add' as const), index: fc.nat({ max: 20 }) }),
      fc.record({ op: fc.constant('remove' as const), index: fc.nat({ max: 20 }) }),
      fc.record({ op: fc.constant('tick' as const), index: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const { clock, add, remove, lists, table, indexes } = managerWithSession();
        const present = new Set<number>();
        let ticksWithChanges = 0;
        let changedThisTick = false;
        let listsBefore = 0;
        for (const { op, index } of [...steps, { op: 'tick' as const, index: 0 }]) {
          if (op === 'add' && !present.has(index)) {
            add(index);
            present.add(index);
            changedThisTick = true;
          } else if (op === 'remove' && present.has(index)) {
            remove(index);
            present.delete(index);
            changedThisTick = true;
          } else if (op === 'tick') {
            clock.increment(0);
            const fresh = lists().slice(listsBefore);
            // At most one per tick; the one sent is the table as it is now.
            expect(fresh.length).toBeLessThanOrEqual(1);
            if (fresh.length === 1) expect(indexes(fresh[0]!)).toEqual([...table().keys()].sort((a, b) => a - b));
            if (changedThisTick) ticksWithChanges++;
            changedThisTick = false;
            listsBefore = lists().length;
          }
        }
        expect(lists().length).toBeLessThanOrEqual(ticksWithChanges);
        const last = lists().at(-1);
        expect(last ? indexes(last) : []).toEqual([...present].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});

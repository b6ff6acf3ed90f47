import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ButtplugServerEvents, OutputObservation } from '../../actors/engine/buttplugServer.js';
import { ENGINE_EVENTS, toClientValue } from '../../actors/engine/engineEvents.js';
import { toHardwareValue, type ResolvedOutput } from '../../protocols/config/resolvedDevice.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

type Recorded = { [K in keyof ButtplugServerEvents]: [K, ...ButtplugServerEvents[K]] }[keyof ButtplugServerEvents];

const record = (server: { on: (event: never, listener: never) => unknown }) => {
  const events: Recorded[] = [];
  for (const name of ENGINE_EVENTS) {
    server.on(name as never, ((...args: unknown[]) => events.push([name, ...args] as Recorded)) as never);
  }
  return events;
};

describe('ButtplugServer events', () => {
  it('reports a client, its device, each output change once, and the stop when the client leaves', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const events = record(engine.server);
    const client = await engine.connectClient('events app');
    await waitFor(() => events.some(([name]) => name === 'clientconnected'), 1_000, 'clientconnected');
    const [edge] = await scanFor(client);
    await edge!.vibrate(0.5);
    await edge!.vibrate(0.5); // the same value again: nothing new reaches the hardware
    await edge!.vibrate([1, 0.5]);
    await client.disconnect();
    await waitFor(() => events.some(([name]) => name === 'clientdisconnected'), 1_000, 'clientdisconnected');
    await waitFor(() => events.filter(([name]) => name === 'deviceoutput').length >= 5, 1_000, 'stop observations');

    expect(events.find(([name]) => name === 'clientconnected')).toEqual([
      'clientconnected',
      { sessionId: 'session-1', clientName: 'events app' },
    ]);
    const added = events.find(([name]) => name === 'deviceadded');
    expect(added?.[1]).toMatchObject({
      index: 0,
      name: 'Lovense Edge',
      identifier: { protocol: 'lovense', address: 'EDGE' },
      needsKeepalive: false,
    });
    const outputs = events.filter(([name]) => name === 'deviceoutput').map(([, observation]) => observation);
    // Edge: two vibrators of 20 steps. 0.5 -> 10 on both; then feature 0 to 20; then the client leaves: both 0.
    expect(outputs).toEqual([
      { deviceIndex: 0, featureIndex: 0, type: 'Vibrate', value: 10 },
      { deviceIndex: 0, featureIndex: 1, type: 'Vibrate', value: 10 },
      { deviceIndex: 0, featureIndex: 0, type: 'Vibrate', value: 20 },
      { deviceIndex: 0, featureIndex: 0, type: 'Vibrate', value: 0 },
      { deviceIndex: 0, featureIndex: 1, type: 'Vibrate', value: 0 },
    ]);
  });

  it('reports devices that leave and the engine stopping', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const events = record(engine.server);
    const client = await engine.connectClient();
    await scanFor(client);
    engine.dcm.hardware('EDGE')!.drop();
    await waitFor(() => events.some(([name]) => name === 'deviceremoved'), 1_000, 'deviceremoved');
    expect(events.find(([name]) => name === 'deviceremoved')).toEqual([
      'deviceremoved',
      { index: 0, name: 'Lovense Edge' },
    ]);
    await engine.server.shutdown();
    expect(events.at(-1)).toEqual(['stopped']);
  });

  it('follows device outputs only while somebody listens, from the values they have when listening starts', async () => {
    const engine = startEngine({ dcm: { devices: [{ name: 'LVS-Edge', address: 'EDGE' }] } });
    const client = await engine.connectClient();
    const [edge] = await scanFor(client);
    const device = engine.server.actor.system.get('device-1')!;
    const observers = () => (device as unknown as { observers: Set<unknown> }).observers.size;
    const unobserved = observers();
    await edge!.vibrate(0.5); // nobody listens: nothing to report, and nothing follows the device

    const seen: OutputObservation[] = [];
    const listener = (observation: OutputObservation) => seen.push(observation);
    engine.server.on('deviceoutput', listener);
    expect(observers()).toBe(unobserved + 1);
    await edge!.vibrate(0.5); // the level it had when listening started: no change
    await edge!.vibrate([1, 0.5]);
    await waitFor(() => seen.length >= 1, 1_000, 'the change after listening started');
    expect(seen).toEqual([{ deviceIndex: 0, featureIndex: 0, type: 'Vibrate', value: 20 }]);

    engine.server.off('deviceoutput', listener);
    expect(observers()).toBe(unobserved);
    await edge!.vibrate(0);
    engine.server.once('deviceoutput', listener);
    expect(observers()).toBe(unobserved + 1);
    await edge!.vibrate(0.25);
    await waitFor(() => seen.length >= 2, 1_000, 'the once listener');
    // Removed after it fired: the device is not followed any more.
    expect(observers()).toBe(unobserved);
    expect(seen.slice(1)).toEqual([{ deviceIndex: 0, featureIndex: 0, type: 'Vibrate', value: 5 }]);
    await client.disconnect();
    await engine.server.shutdown();
  });

  it('maps hardware values back to the client steps they came from, whatever the user limits', () => {
    const output = fc
      .record({
        type: fc.constantFrom('Vibrate' as const, 'Rotate' as const, 'Position' as const),
        max: fc.integer({ min: 1, max: 200 }),
        low: fc.integer({ min: 0, max: 100 }),
        width: fc.integer({ min: 1, max: 100 }),
        limited: fc.boolean(),
        reverse: fc.boolean(),
      })
      .map(({ type, max, low, width, limited, reverse }): ResolvedOutput => {
        const base: [number, number] = type === 'Rotate' ? [-max, max] : [0, max];
        const lo = Math.min(low, max - 1);
        const hi = Math.min(lo + width, max);
        return {
          type,
          base,
          ...(limited ? { limit: [lo, hi] as [number, number] } : {}),
          reverse: type === 'Position' && reverse,
          disabled: false,
        };
      });
    fc.assert(
      fc.property(output, fc.double({ min: -1, max: 1, noNaN: true }), (resolved, fraction) => {
        const steps = resolved.limit ? resolved.limit[1] - resolved.limit[0] : resolved.base[1];
        const signed = resolved.base[0] < 0;
        const value = Math.round((signed ? fraction : Math.abs(fraction)) * steps) + 0;
        const hardware = toHardwareValue(resolved, value);
        expect(typeof hardware).toBe('number');
        expect(toClientValue(resolved, hardware as number)).toBe(value);
      }),
    );
  });
});

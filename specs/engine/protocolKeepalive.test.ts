/** A keepalive the protocol computes: sent after each silence while the protocol has something to say. */
import { describe, expect, it } from 'vitest';
import { defineDevices, feature } from '../../protocols/config/deviceData.js';
import { encoded, type DeviceProtocol } from '../../protocols/devices/shared/deviceProtocol.js';
import { write } from '../../protocols/devices/shared/hardwareRequests.js';
import { scanFor, startEngine, waitFor } from '../support/engine.js';

const INTERVAL_MS = 40;

interface CounterState {
  readonly level: number;
  readonly counter: number;
}

/** Every packet carries a counter; while the level is above 0 the device wants it again after each silence. */
const counterProtocol: DeviceProtocol<CounterState> = {
  name: 'test-counter-keepalive',
  config: defineDevices({
    name: 'test-counter-keepalive',
    communication: [
      {
        transport: 'btle',
        names: ['TEST-Counter'],
        services: { '0000ff00-0000-1000-8000-00805f9b34fb': { tx: '0000ff01-0000-1000-8000-00805f9b34fb' } },
      },
    ],
    defaults: {
      id: '00000000-0000-4000-8000-00000000000a',
      name: 'Counter device',
      features: [feature(0, '00000000-0000-4000-8000-00000000000b', { output: { Vibrate: [0, 10] } })],
    },
  }),
  createState: () => ({ level: 0, counter: 0 }),
  encodeOutputs: (state, outputs) => {
    const level = outputs.at(-1)?.value ?? state.level;
    const counter = state.counter + 1;
    return encoded({ level, counter }, [write('tx', [counter, level])]);
  },
  keepaliveWrites: (state) =>
    state.level > 0
      ? { state: { ...state, counter: state.counter + 1 }, writes: [write('tx', [state.counter + 1, state.level])] }
      : { state, writes: [] },
  keepalive: { kind: 'protocolKeepalive', intervalMs: INTERVAL_MS },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a protocol-computed keepalive', () => {
  it('sends the packet the protocol computes after each silence while it has one, with its state moving on, and nothing once it has none', async () => {
    const engine = startEngine({
      dcm: { devices: [{ name: 'TEST-Counter', address: 'COUNTER' }] },
      server: { protocols: [counterProtocol] },
    });
    const client = await engine.connectClient();
    const [device] = await scanFor(client);
    const hardware = engine.dcm.hardware('COUNTER')!;
    const writes = () => hardware.commands.flatMap((c) => (c.type === 'write' ? [[...c.data]] : []));

    // Nothing is running yet: no keepalive, and no stop on connect either.
    await sleep(INTERVAL_MS * 3);
    expect(writes()).toEqual([]);

    await device!.vibrate(0.5);
    await waitFor(() => writes().length >= 3, 2_000, 'two keepalive packets');
    expect(writes().slice(0, 3)).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
    ]);

    await device!.stop();
    await waitFor(() => writes().some(([, level]) => level === 0), 2_000, 'the stop packet');
    const afterStop = writes().length;
    await sleep(INTERVAL_MS * 3);
    expect(writes().length).toBe(afterStop);
    // Each packet's counter follows the one before: the keepalive advanced the protocol's state.
    expect(writes().map(([counter]) => counter)).toEqual(writes().map((_, i) => i + 1));
  });
});

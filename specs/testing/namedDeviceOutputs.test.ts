/**
 * A named device of any protocol, not only Lovense and the simulated archetypes, has a decoded output
 * timeline in the test engine: its writes are read back through the decoder derived from its
 * protocol's encoder, a stop reads as 0 on every output, and nothing it was sent goes unexplained.
 */
import { describe, expect, it } from 'vitest';
import { startTestEngine as start } from '../support/engine.js';

describe('named devices of every protocol', () => {
  it('decodes a Magic Motion, a Kiiroo and a JoyHub: each output over time, and the stop', async () => {
    const engine = await start({ devices: ['CBT001', 'Pulse Interactive', 'J-Mace'], websocket: false });
    const client = await engine.connectClient();
    const found = await engine.scan(client, 3);
    expect(found.map((toy) => toy.name).sort()).toEqual([
      'FunTown Jive',
      'Hot Octopuss Pulse Solo Interactive',
      'JoyHub Mace',
    ]);
    await engine.advance(100);
    for (const toy of found) await toy.vibrate(0.5);
    await engine.advance(100);
    await client.stopAllDevices();
    await engine.advance(100);
    // Half of each motor's hardware range, as the engine maps a client's 0.5; then 0.
    const half = { CBT001: 50, 'Pulse Interactive': 3, 'J-Mace': 128 };
    for (const device of engine.devices) {
      expect(device.undecoded).toEqual([]);
      expect(device.outputs).toEqual([
        { at: 100, feature: 0, type: 'Vibrate', value: half[device.name as keyof typeof half] },
        { at: 200, feature: 0, type: 'Vibrate', value: 0 },
      ]);
      expect(device.running).toBe(false);
      expect(device.runningTimeline()).toEqual([
        { at: 100, running: true },
        { at: 200, running: false },
      ]);
    }
  });
});

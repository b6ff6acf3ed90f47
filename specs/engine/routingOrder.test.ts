/**
 * A session hands a request for one device straight to the device's actor, while a StopCmd for every
 * device still goes through the device manager (machines/deviceRoutes.ts), and a frame's last request
 * for a device lets its batch be written at once. Whatever the interleaving of outputs, stops of one
 * device and stops of every device, in frames sent back to back or with pauses: every request is
 * answered once, each device ends on the last value the client set, and what a device was written is
 * the client's sequence of values with some skipped (latest wins), never an older value after a newer
 * one or after a stop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ButtplugServer } from '../../actors/engine/buttplugServer.js';
import { SimulatedDcm } from '../../hardware/simulated/simulatedDcm.js';
import { handshakeV4, rawSession } from '../support/rawSession.js';

const DEVICES = 2;

type Command =
  | { readonly kind: 'output'; readonly device: number; readonly level: number }
  | { readonly kind: 'stop'; readonly device: number }
  | { readonly kind: 'stopAll' };

interface Frame {
  readonly commands: readonly Command[];
  /** What happens before the next frame: nothing, a microtask, a turn of the event loop, or every answer. */
  readonly then: 'sameTurn' | 'microtask' | 'macrotask' | 'answers';
}

const device = fc.integer({ min: 0, max: DEVICES - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('output' as const), device, level: fc.integer({ min: 1, max: 20 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('stop' as const), device }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stopAll' as const) }) },
);
const frames = fc.array(
  fc.record({
    commands: fc.array(command, { minLength: 1, maxLength: 5 }),
    then: fc.constantFrom<Frame['then']>('sameTurn', 'microtask', 'macrotask', 'answers'),
  }),
  { minLength: 1, maxLength: 10 },
);

const message = (command: Command, id: number) => {
  switch (command.kind) {
    case 'output':
      return {
        OutputCmd: {
          Id: id,
          DeviceIndex: command.device,
          FeatureIndex: 0,
          Command: { Vibrate: { Value: command.level } },
        },
      };
    case 'stop':
      return { StopCmd: { Id: id, DeviceIndex: command.device } };
    case 'stopAll':
      return { StopCmd: { Id: id } };
  }
};

/** Is `written` what `states` becomes with some values left out? */
const isSubsequence = (written: readonly number[], states: readonly number[]) => {
  let at = 0;
  for (const value of written) {
    while (at < states.length && states[at] !== value) at++;
    if (at === states.length) return false;
    at++;
  }
  return true;
};

const runFrames = async (plan: readonly Frame[]) => {
  // Device 0 takes writes back to back; device 1 asks for a gap, so commands pile up behind its writes.
  const dcm = new SimulatedDcm({
    devices: [
      { name: 'LVS-Edge', address: 'ORDER0000000' },
      { name: 'LVS-Edge', address: 'ORDER0000001', messageGapMs: 3 },
    ],
  });
  const server = new ButtplugServer({ deviceCommunicationManagers: [dcm] });
  try {
    const raw = rawSession(server);
    raw.send(handshakeV4(1));
    await raw.reply(1);
    raw.send('[{"StartScanning":{"Id":2}}]');
    await raw.waitFor((m) => 'ScanningFinished' in m);
    const hardware = Array.from({ length: DEVICES }, (_, i) => dcm.hardware(`ORDER000000${i}`)!);
    const writesBefore = hardware.map((h) => h.writtenText.length);
    // The model: each device's value after each command (a stop is 0).
    const states: number[][] = Array.from({ length: DEVICES }, () => []);
    let nextId = 3;
    const ids: number[] = [];
    for (const frame of plan) {
      const messages = frame.commands.map((command) => {
        const id = nextId++;
        ids.push(id);
        if (command.kind === 'output') states[command.device]!.push(command.level);
        else if (command.kind === 'stop') states[command.device]!.push(0);
        else states.forEach((values) => values.push(0));
        return message(command, id);
      });
      raw.send(JSON.stringify(messages));
      if (frame.then === 'microtask') await Promise.resolve();
      if (frame.then === 'macrotask') await new Promise((resolve) => setImmediate(resolve));
      if (frame.then === 'answers') for (const id of ids) await raw.reply(id);
    }
    for (const id of ids) await raw.reply(id);
    const answers = raw.received
      .map((m) => Object.entries(m)[0]!)
      .filter(([, body]) => ids.includes(body['Id'] as number));
    const written = hardware.map((h, i) =>
      h.writtenText
        .slice(writesBefore[i])
        .flatMap((text) => [...text.matchAll(/Vibrate1:(\d+);/g)].map((match) => Number(match[1]))),
    );
    return { answers, ids, states, written };
  } finally {
    await server.shutdown();
  }
};

describe('requests routed straight to devices keep the order of the frames', () => {
  it('any interleaving of outputs and stops: one Ok each, the last value wins, nothing older after', async () => {
    await fc.assert(
      fc.asyncProperty(frames, async (plan) => {
        const { answers, ids, states, written } = await runFrames(plan);
        expect(answers.map(([name]) => name)).toEqual(ids.map(() => 'Ok'));
        expect(answers.map(([, body]) => body['Id'])).toEqual(expect.arrayContaining(ids));
        for (let i = 0; i < DEVICES; i++) {
          // The device ends on the client's last value (one it never changed stays at 0, as it started).
          expect(written[i]!.at(-1) ?? 0).toBe(states[i]!.at(-1) ?? 0);
          expect(isSubsequence(written[i]!, states[i]!), `device ${i} was written ${written[i]} for ${states[i]}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});

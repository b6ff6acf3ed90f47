/**
 * The device statechart alone (deviceHarness.ts): fakes for the I/O, a simulated clock for every
 * delay. The test protocol resends its last packet after 1 s of silence, so a device stops on
 * connect; the device's message gap is 100 ms.
 */
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { definition, fakeSession, readyDevice, settle, startDevice } from './deviceHarness.js';

const ok = (id: number) => ({ type: 'Ok', Id: id });
const deviceError = (id: number, message: unknown = expect.any(String)) => ({
  type: 'Error',
  Id: id,
  ErrorCode: ErrorCode.Device,
  ErrorMessage: message,
});

describe('the device machine: connecting', () => {
  it('connects, asks the device manager for its definition, initialises, and reports itself ready with its info', async () => {
    const device = startDevice({ identifies: ['model-x'] });
    await settle();
    expect(device.state()).toEqual({ connecting: { linked: 'awaitingDefinition' } });
    expect(device.toManager).toEqual([
      {
        type: 'device.identified',
        deviceId: 'device-1',
        key: { protocol: 'test-vibe', identifier: 'model-x', address: 'ADDR' },
      },
    ]);
    device.define(definition);
    await settle();
    expect(device.toManager[1]).toMatchObject({
      type: 'device.ready',
      deviceId: 'device-1',
      index: definition.index,
      address: 'ADDR',
      info: { DeviceName: 'Test Vibe', DeviceMessageTimingGap: 100 },
    });
    // A protocol that resends its last packet starts from a known all-off packet.
    expect(device.written).toEqual([{ at: 0, bytes: [[0]] }]);
  });

  it('fails when no definition comes within the definition timeout, and hangs up what it opened', async () => {
    const device = startDevice();
    await settle();
    await device.advance(4_999);
    expect(device.state()).toEqual({ connecting: { linked: 'awaitingDefinition' } });
    await device.advance(1);
    expect(device.state()).toBe('failed');
    expect(device.closed).toEqual(['TestVibe']);
    expect(device.toManager.at(-1)).toMatchObject({
      type: 'xstate.done.actor.device',
      output: { deviceId: 'device-1', address: 'ADDR', reason: 'device failed' },
    });
  });

  it('fails when the device manager has no configuration for it', async () => {
    const device = startDevice();
    await settle();
    device.send({ type: 'device.rejected', reason: 'no configuration for this device' });
    await settle();
    expect(device.state()).toBe('failed');
    expect(device.closed).toEqual(['TestVibe']);
  });

  it('stops where it is when the engine disconnects it before it is ready', async () => {
    const device = startDevice();
    await settle();
    device.send({ type: 'disconnect' });
    expect(device.state()).toBe('failed');
    expect(device.closed).toEqual(['TestVibe']);
    expect(device.toManager.at(-1)).toMatchObject({ output: { reason: 'disconnected by the engine' } });
  });
});

describe('the device machine: outputs', () => {
  it('writes the first command at once, and within the gap only the newest value, when the gap ends', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    // The stop on connect was written at 0: the gap runs until 100.
    device.output(session.ref, 1, 5);
    device.output(session.ref, 2, 7);
    await device.advance(99);
    expect(device.written).toHaveLength(1);
    expect(session.heard).toEqual([]);
    await device.advance(1);
    expect(device.written.at(-1)).toEqual({ at: 100, bytes: [[7]] });
    // The superseded request is answered when the value that replaced it is written.
    expect(session.heard).toEqual([ok(1), ok(2)]);

    // After an idle gap the next command goes out at once.
    await device.advance(500);
    device.output(session.ref, 3, 9);
    await settle();
    expect(device.written.at(-1)).toEqual({ at: 600, bytes: [[9]] });
    expect(session.heard.at(-1)).toEqual(ok(3));
  });

  it('does not write a value the hardware already has, and answers at once', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    await device.advance(100);
    device.output(session.ref, 1, 0);
    await settle();
    expect(device.written).toHaveLength(1);
    expect(session.heard).toEqual([ok(1)]);
  });

  it('refuses a value out of range and a command the protocol cannot express, writing nothing', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    await device.advance(100);
    device.output(session.ref, 1, 21);
    device.output(session.ref, 2, 13);
    await settle();
    expect(session.heard).toEqual([deviceError(1), deviceError(2, 'this toy cannot do 13')]);
    expect(device.written).toHaveLength(1);
    expect(device.state()).toMatchObject({ ready: 'idle' });
  });

  it('answers a failed write with ERROR_DEVICE and goes on with the next command', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    await device.advance(100);
    device.failNextWrite();
    device.output(session.ref, 1, 5);
    await settle();
    expect(session.heard).toEqual([deviceError(1, 'write to device 0 failed: link lost')]);
    await device.advance(100);
    device.output(session.ref, 2, 5);
    await settle();
    // What the hardware holds after a failed write is unknown: the same value is written again.
    expect(device.written.at(-1)?.bytes).toEqual([[5]]);
    expect(session.heard.at(-1)).toEqual(ok(2));
  });

  it('keeps the device alive: resends the last packet after each second of silence, re-armed by every write', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    await device.advance(600);
    device.output(session.ref, 1, 4);
    await settle();
    expect(device.written.map((w) => w.at)).toEqual([0, 600]);
    await device.advance(999);
    expect(device.written).toHaveLength(2);
    await device.advance(1);
    expect(device.written.at(-1)).toEqual({ at: 1_600, bytes: [[4]] });
    await device.advance(1_000);
    expect(device.written.at(-1)).toEqual({ at: 2_600, bytes: [[4]] });
    // The timer is a child of the ready device, and goes with it.
    expect(device.children()).toContain('keepalive');
    device.send({ type: 'disconnect' });
    await settle();
    expect(device.state()).toBe('disconnected');
    expect(device.children()).not.toContain('keepalive');
    const writes = device.written.length;
    await device.advance(5_000);
    expect(device.written).toHaveLength(writes);
  });

  it('refuses a stop that names a feature the device lacks; a stop of one feature is answered once written', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    await device.advance(100);
    device.output(session.ref, 1, 6);
    await settle();
    device.send({
      type: 'device.stop',
      featureIndex: 7,
      outputs: true,
      inputs: false,
      reply: { replyTo: session.ref, id: 2 },
    });
    device.send({
      type: 'device.stop',
      featureIndex: 0,
      outputs: true,
      inputs: false,
      reply: { replyTo: session.ref, id: 3 },
    });
    await settle();
    expect(session.heard).toEqual([ok(1), deviceError(2, 'device 0 has no feature 7')]);
    await device.advance(100);
    expect(device.written.at(-1)?.bytes).toEqual([[0]]);
    expect(session.heard.at(-1)).toEqual(ok(3));
  });

  it('zeroes every output that is not at zero before it hangs up', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    await device.advance(100);
    device.output(session.ref, 1, 6);
    await settle();
    device.send({ type: 'disconnect' });
    await settle();
    expect(device.finalWrites).toEqual([[[0]]]);
    expect(device.state()).toBe('disconnected');

    const idle = await readyDevice();
    idle.send({ type: 'disconnect' });
    await settle();
    expect(idle.finalWrites).toEqual([[]]);
  });

  it('while it hangs up, answers what still reaches it and writes nothing new', async () => {
    // Sessions route requests straight to the device the manager lists, and it stays listed until it is gone.
    const device = await readyDevice({ closeHangs: true });
    const session = fakeSession();
    await device.advance(100);
    device.send({ type: 'disconnect' });
    await settle();
    expect(device.state()).toBe('closing');
    const writes = device.written.length;
    device.output(session.ref, 1, 6);
    device.send({ type: 'device.stop', outputs: true, inputs: false, reply: { replyTo: session.ref, id: 2 } });
    await device.advance(1_000);
    expect(session.heard).toEqual([deviceError(1, expect.stringContaining('disconnecting')), ok(2)]);
    expect(device.written.length).toBe(writes);
    expect(device.finalWrites).toEqual([[]]);
  });
});

describe('the device machine: sensors', () => {
  it('reads through a task; a second subscriber joins the open stream without asking the hardware again', async () => {
    const device = await readyDevice();
    const a = fakeSession();
    const b = fakeSession();
    const input = (replyTo: typeof a.ref, id: number, command: 'Read' | 'Subscribe' | 'Unsubscribe') =>
      device.send({
        type: 'device.request',
        replyTo,
        request: { kind: 'input', id, deviceIndex: 0, featureIndex: 1, type: 'Pressure', command },
      });
    input(a.ref, 1, 'Read');
    expect(device.inputTasks.map((t) => t.input.command)).toEqual(['Read']);
    device.inputTasks[0]!.sendBack({ type: 'input.done', token: device.inputTasks[0]!.input.token, value: 42 });
    expect(a.heard).toEqual([
      { type: 'InputReading', Id: 1, DeviceIndex: 0, FeatureIndex: 1, Reading: { Pressure: { Value: 42 } } },
    ]);

    input(a.ref, 2, 'Subscribe');
    const subscribe = device.inputTasks[1]!;
    subscribe.sendBack({ type: 'input.done', token: subscribe.input.token });
    input(b.ref, 3, 'Subscribe');
    expect(device.inputTasks).toHaveLength(2);
    expect(b.heard).toEqual([ok(3)]);

    // The first to leave leaves the stream open; the last one closes it on the hardware.
    input(a.ref, 4, 'Unsubscribe');
    expect(a.heard.at(-1)).toEqual(ok(4));
    input(b.ref, 5, 'Unsubscribe');
    expect(device.inputTasks.at(-1)?.input).toMatchObject({ command: 'Unsubscribe', otherStreams: [] });
  });

  it('refuses an input the feature does not have', async () => {
    const device = await readyDevice();
    const session = fakeSession();
    device.send({
      type: 'device.request',
      replyTo: session.ref,
      request: { kind: 'input', id: 1, deviceIndex: 0, featureIndex: 0, type: 'Battery', command: 'Read' },
    });
    expect(session.heard).toEqual([deviceError(1, 'feature 0 of device 0 has no Battery input')]);
    expect(device.inputTasks).toEqual([]);
  });
});

describe('the device machine: reconnecting', () => {
  it('tries again with growing pauses (250 ms doubling up to 2 s) and gives up when the 10 s window is over', async () => {
    const device = await readyDevice({ canReconnect: true, connects: ['TestVibe', new Error('out of range')] });
    device.hardware[0]!.drop('link lost');
    expect(device.state()).toEqual({ reconnecting: 'waiting' });
    for (let t = 0; t < 10_000; t += 250) await device.advance(250);
    expect(device.connectAttempts).toEqual([0, 250, 750, 1_750, 3_750, 5_750, 7_750, 9_750]);
    expect(device.state()).toBe('disconnected');
    expect(device.toManager.at(-1)).toMatchObject({ output: { reason: 'link lost' } });
  });

  it('answers a stop at once while reconnecting, refuses commands, and comes back stopped with the same index', async () => {
    const device = await readyDevice({ canReconnect: true });
    const session = fakeSession();
    await device.advance(100);
    device.output(session.ref, 1, 6);
    await settle();
    device.hardware[0]!.drop('link lost');
    device.send({ type: 'device.stop', outputs: true, inputs: true, reply: { replyTo: session.ref, id: 2 } });
    device.output(session.ref, 3, 6);
    expect(session.heard.slice(1)).toEqual([
      ok(2),
      deviceError(3, 'device 0 is reconnecting (link lost); try again shortly'),
    ]);
    await device.advance(250);
    expect(device.state()).toMatchObject({ ready: 'gap' });
    expect(device.written.at(-1)).toEqual({ at: 350, bytes: [[0]] });
    expect(device.toManager.filter((e) => e.type === 'device.ready').map((e) => e['index'])).toEqual([0, 0]);
  });

  it('hangs up and is gone when a different device answers at its address', async () => {
    const device = await readyDevice({ canReconnect: true, identifies: ['model-x', 'model-y'] });
    device.hardware[0]!.drop('link lost');
    await device.advance(250);
    expect(device.state()).toBe('disconnected');
    expect(device.closed).toEqual(['TestVibe']);
    expect(device.toManager.at(-1)).toMatchObject({ output: { reason: 'a different device answered at its address' } });
  });

  it('is gone at once when hardware that cannot reconnect drops', async () => {
    const device = await readyDevice();
    device.hardware[0]!.drop('unplugged');
    expect(device.state()).toBe('disconnected');
    expect(device.toManager.at(-1)).toMatchObject({ output: { reason: 'unplugged' } });
  });
});

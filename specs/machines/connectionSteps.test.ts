/**
 * Reaching a device, step by step (the `connecting` and `reconnecting.attempt` states of the device
 * machine): open, identify, the device manager's definition, initialise; and every way each step ends.
 */
import { describe, expect, it } from 'vitest';
import { definition, readyDevice, settle, startDevice } from './deviceHarness.js';

describe('connecting: the first time', () => {
  it('links the opened hardware with what identification said and the definition the device manager sent', async () => {
    const device = startDevice({ identifies: ['model-x'] });
    await settle();
    expect(device.state()).toEqual({ connecting: { linked: 'awaitingDefinition' } });
    // The opened hardware is listened to from the moment it is open.
    expect(device.watching).toEqual(['TestVibe']);
    device.define(definition);
    await settle();
    expect(device.state()).toMatchObject({ ready: {} });
    expect(device.watching).toEqual(['TestVibe']);
    expect(device.context().link).toMatchObject({
      hardware: device.hardware[0],
      identifier: 'model-x',
      protocolDevice: { definition, identifier: 'model-x', hardwareName: 'TestVibe' },
    });
  });

  it('fails with the reason when the hardware cannot be opened (nothing to hang up)', async () => {
    const device = startDevice({ connects: [new Error('out of range')] });
    await settle();
    expect(device.state()).toBe('failed');
    expect(device.closed).toEqual([]);
    expect(device.toManager).toEqual([
      expect.objectContaining({
        type: 'xstate.done.actor.device',
        output: expect.objectContaining({ address: 'ADDR' }),
      }),
    ]);
  });

  it('fails and hangs up when initialisation fails', async () => {
    const device = startDevice({ initializes: [new Error('no answer to the handshake')] });
    await settle();
    device.define(definition);
    await settle();
    expect(device.state()).toBe('failed');
    expect(device.closed).toEqual(['TestVibe']);
    expect(device.watching).toEqual([]);
    expect(device.toManager.map((event) => event.type)).toEqual(['device.identified', 'xstate.done.actor.device']);
  });

  it('is gone with the reason when the hardware drops while it is being set up', async () => {
    const device = startDevice();
    await settle();
    device.hardware[0]!.drop('link lost');
    expect(device.state()).toBe('disconnected');
    expect(device.watching).toEqual([]);
    expect(device.toManager.at(-1)).toMatchObject({ output: { reason: 'link lost' } });
  });
});

describe('connecting again after a drop', () => {
  it('keeps what the device was when it says nothing about its model', async () => {
    const device = await readyDevice({ canReconnect: true, identifies: ['model-x', undefined] });
    const before = device.context().link!;
    device.hardware[0]!.drop('link lost');
    await device.advance(250);
    expect(device.state()).toMatchObject({ ready: {} });
    const after = device.context().link!;
    expect(after.hardware).toBe(device.hardware[1]);
    expect(after.identifier).toBe('model-x');
    expect(after.protocolDevice.definition).toEqual(before.protocolDevice.definition);
    // It was not looked up again.
    expect(device.toManager.filter((event) => event.type === 'device.identified')).toHaveLength(1);
  });

  it('hangs up, waits longer and tries again when an attempt fails after opening the hardware', async () => {
    const device = await readyDevice({
      canReconnect: true,
      initializes: [undefined, new Error('no answer to the handshake'), undefined],
    });
    device.hardware[0]!.drop('link lost');
    await device.advance(250);
    expect(device.state()).toEqual({ reconnecting: 'waiting' });
    expect(device.closed).toEqual(['TestVibe']);
    expect(device.context().reconnectAttempts).toBe(1);
    await device.advance(250);
    expect(device.state()).toEqual({ reconnecting: 'waiting' });
    await device.advance(250);
    expect(device.state()).toMatchObject({ ready: {} });
    expect(device.connectAttempts).toEqual([0, 250, 750]);
    expect(device.context().link!.hardware).toBe(device.hardware[2]);
  });

  it('goes back to waiting when the hardware drops during an attempt', async () => {
    const device = await readyDevice({ canReconnect: true, initializes: [undefined, 'hangs'] });
    device.hardware[0]!.drop('link lost');
    await device.advance(250);
    // The attempt has opened the hardware and is initialising it: the drop ends the attempt.
    expect(device.state()).toEqual({ reconnecting: { attempt: { linked: 'initializing' } } });
    device.hardware[1]!.drop('gone again');
    expect(device.state()).toEqual({ reconnecting: 'waiting' });
    expect(device.closed).toEqual(['TestVibe']);
    // Nothing listens to hardware while it waits; the next attempt listens to what it opens.
    expect(device.watching).toEqual([]);
    await device.advance(500);
    expect(device.watching).toEqual(['TestVibe']);
    device.hardware[2]!.drop('and again');
    expect(device.state()).toEqual({ reconnecting: 'waiting' });
  });
});

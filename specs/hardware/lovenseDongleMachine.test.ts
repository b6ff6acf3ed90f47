import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { silentLogger } from '../../protocols/core/logger.js';
import type { DongleIncoming, DongleOutgoing } from '../../hardware/lovenseDongle/dongleMessages.js';
import { lovenseDongleMachine } from '../../hardware/lovenseDongle/lovenseDongleMachine.js';

afterEach(() => {
  vi.useRealTimers();
});

const start = () => {
  const sent: DongleOutgoing[] = [];
  const reports: string[] = [];
  const actor = createActor(lovenseDongleMachine, {
    input: {
      logger: silentLogger,
      port: {
        send: (message) => sent.push(message),
        toyFound: (id) => reports.push(`found ${id}`),
        toyData: (id, text) => reports.push(`data ${id} ${text}`),
        toyGone: (id) => reports.push(`gone ${id}`),
        scanningFinished: () => reports.push('finished'),
      },
    },
  }).start();
  const hear = (message: DongleIncoming) => actor.send({ type: 'dongle.message', message });
  return { actor, sent, reports, hear };
};

describe('the Lovense dongle statechart', () => {
  it('waits 250 ms for a toy left connected, then searches if a scan was asked for meanwhile', () => {
    vi.useFakeTimers();
    const { actor, sent } = start();
    expect(sent).toEqual([{ type: 'toy', func: 'statuss' }]);
    actor.send({ type: 'scan.start' });
    vi.advanceTimersByTime(249);
    expect(actor.getSnapshot().value).toBe('probing');
    vi.advanceTimersByTime(1);
    expect(actor.getSnapshot().value).toBe('searching');
    expect(sent.at(-1)).toEqual({ type: 'toy', func: 'search' });
  });

  it('searches again when the dongle ends a search by itself, and stops when told', () => {
    vi.useFakeTimers();
    const { actor, sent, hear } = start();
    vi.advanceTimersByTime(250);
    actor.send({ type: 'scan.start' });
    hear({ type: 'toy', func: 'search', result: 206 });
    expect(sent.filter((m) => m.func === 'search')).toHaveLength(2);
    actor.send({ type: 'scan.stop' });
    expect(sent.at(-1)).toEqual({ type: 'usb', func: 'stopSearch' });
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('connects the toy that answers even if the dongle never confirms the search stopped', () => {
    vi.useFakeTimers();
    const { actor, reports, hear } = start();
    vi.advanceTimersByTime(250);
    actor.send({ type: 'scan.start' });
    hear({ type: 'toy', func: 'toyData', data: { id: 'abc' } });
    expect(actor.getSnapshot().value).toBe('stoppingSearch');
    vi.advanceTimersByTime(1_000);
    expect(actor.getSnapshot().value).toBe('toyConnected');
    expect(reports).toEqual(['finished', 'found abc']);
  });

  it('relays only its toy’s replies and lets the toy go when the dongle or the engine says so', () => {
    const { actor, reports, hear } = start();
    hear({ type: 'toy', func: 'status', data: { id: 'abc', status: 202 } });
    hear({ type: 'toy', func: 'toyData', data: { id: 'abc', data: '85;' } });
    hear({ type: 'toy', func: 'toyData', data: { id: 'other', data: '12;' } });
    hear({ type: 'toy', func: 'status', data: { id: 'abc', status: 403 } });
    expect(reports).toEqual(['found abc', 'data abc 85;', 'gone abc']);
    expect(actor.getSnapshot().value).toBe('idle');

    hear({ type: 'toy', func: 'status', data: { id: 'abc', status: 202 } });
    actor.send({ type: 'toy.released' });
    expect(actor.getSnapshot().value).toBe('idle');
  });
});

import { describe, expect, it } from 'vitest';
import { hgodProtocol } from '../../protocols/devices/hgod/hgodProtocol.js';
import { protocolDevice } from '../support/protocolDevices.js';

describe('Hgod', () => {
  const device = protocolDevice(hgodProtocol, hgodProtocol.config.defaults);
  const [motor] = device.definition.features;
  const encode = (state: { speed: number }, value: number) => {
    const result = hgodProtocol.encodeOutputs(state, [{ feature: motor!, type: 'Vibrate', value }], device);
    if (!result.ok) throw new Error(result.reason);
    return result;
  };

  it('sends the speed at once and again at every keepalive while it runs', () => {
    const running = encode(hgodProtocol.createState(device), 5);
    expect(running.writes.map((w) => [...w.data])).toEqual([[0x55, 0x04, 0, 0, 0, 5]]);
    const again = hgodProtocol.keepaliveWrites!(running.state, device);
    expect(again.writes.map((w) => [...w.data])).toEqual([[0x55, 0x04, 0, 0, 0, 5]]);
    expect(hgodProtocol.keepalive).toEqual({ kind: 'protocolKeepalive', intervalMs: 100 });
  });

  it('stops by falling silent: no packet for 0 and no keepalive after it', () => {
    const stopped = encode(encode(hgodProtocol.createState(device), 7).state, 0);
    expect(stopped.writes).toEqual([]);
    expect(hgodProtocol.keepaliveWrites!(stopped.state, device).writes).toEqual([]);
    expect(hgodProtocol.keepaliveWrites!(hgodProtocol.createState(device), device).writes).toEqual([]);
  });
});

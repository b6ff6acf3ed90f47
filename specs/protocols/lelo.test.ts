import { describe, expect, it } from 'vitest';
import type { HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { leloF1sProtocol } from '../../protocols/devices/lelo/leloF1sProtocol.js';
import { leloF1sv2Protocol } from '../../protocols/devices/lelo/leloF1sv2Protocol.js';
import { leloHarmonyProtocol } from '../../protocols/devices/lelo/leloHarmonyProtocol.js';
import { driveScript, protocolDevice } from '../support/protocolDevices.js';

/** Answers the script's waits with these reports, in turn, on the endpoint it waits on. */
const reports = (...sequence: number[][]) => {
  let next = 0;
  return (request: HardwareRequest) => {
    if (request.op !== 'notification') return undefined;
    const data = sequence[next++];
    return data && { endpoint: request.endpoint, data: Uint8Array.from(data) };
  };
};

describe('Lelo pairing', () => {
  const harmony = protocolDevice(leloHarmonyProtocol, leloHarmonyProtocol.config.defaults);
  const pair = (...sequence: number[][]) =>
    driveScript(leloHarmonyProtocol.initialize!(harmony, null), reports(...sequence)).requests;

  it('waits for the button, writes the password back while unsubscribed, and ends once authorised', () => {
    expect(pair([0], [1, 2, 3, 4, 5, 6, 8], [0x01])).toEqual([
      { op: 'subscribe', endpoint: 'whitelist' },
      { op: 'notification', endpoint: 'whitelist', timeoutMs: 60_000 },
      { op: 'notification', endpoint: 'whitelist', timeoutMs: 60_000 },
      { op: 'unsubscribe', endpoint: 'whitelist' },
      { op: 'write', endpoint: 'whitelist', data: Uint8Array.from([1, 2, 3, 4, 5, 6, 8]), withResponse: true },
      { op: 'subscribe', endpoint: 'whitelist' },
      { op: 'notification', endpoint: 'whitelist', timeoutMs: 60_000 },
    ]);
  });

  it('takes an already authorised toy as it is, and gives up when nobody presses the button', () => {
    expect(pair([1, 0, 0, 0]).filter((r) => r.op === 'write')).toEqual([]);
    expect(() => pair([0, 0])).toThrow(/power button/);
  });

  it('pairs the F1s V2 through whitelist with exact eight-byte reports', () => {
    const f1sv2 = protocolDevice(leloF1sv2Protocol, leloF1sv2Protocol.config.defaults);
    const { requests } = driveScript(
      leloF1sv2Protocol.initialize!(f1sv2, leloF1sv2Protocol.createState(f1sv2)),
      // A short `01` is a password to the F1s V2, unlike to the Harmony toys.
      reports([0, 0, 0, 0, 0, 0, 0, 0], [1], [1, 0, 0, 0, 0, 0, 0, 0]),
    );
    expect(requests[0]).toEqual({ op: 'subscribe', endpoint: 'whitelist' });
    expect(requests.filter((r) => r.op === 'write')).toEqual([
      { op: 'write', endpoint: 'whitelist', data: Uint8Array.from([1]), withResponse: true },
    ]);
  });
});

describe('Lelo packets', () => {
  it('the F1s V2 writes F1s packets with response, or Harmony packets when it has no whitelist', () => {
    const f1sv2 = protocolDevice(leloF1sv2Protocol, leloF1sv2Protocol.config.defaults);
    const [motor] = f1sv2.definition.features;
    const encode = (endpoints: typeof f1sv2.endpoints) => {
      const device = { ...f1sv2, endpoints };
      const result = leloF1sv2Protocol.encodeOutputs(
        leloF1sv2Protocol.createState(device),
        [{ feature: motor!, type: 'Vibrate', value: 9 }],
        device,
      );
      return result.ok && result.writes;
    };
    expect(encode(f1sv2.endpoints)).toEqual([
      { op: 'write', endpoint: 'tx', data: Uint8Array.from([1, 9, 0]), withResponse: true },
    ]);
    const withoutWhitelist = f1sv2.endpoints.filter((e) => e !== 'whitelist');
    expect(encode(withoutWhitelist)).toEqual([
      {
        op: 'write',
        endpoint: 'tx',
        data: Uint8Array.from([0x0a, 0x12, 1, 0x08, 0, 0, 0, 0, 9, 0]),
        withResponse: false,
      },
    ]);
  });

  it('the F1s only subscribes to rx before it takes commands', () => {
    const f1s = protocolDevice(leloF1sProtocol, leloF1sProtocol.config.defaults);
    expect(driveScript(leloF1sProtocol.initialize!(f1s, leloF1sProtocol.createState(f1s))).requests).toEqual([
      { op: 'subscribe', endpoint: 'rx' },
    ]);
  });
});

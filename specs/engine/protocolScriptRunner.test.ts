import { describe, expect, it } from 'vitest';
import { runProtocolScript } from '../../actors/engine/protocolScriptRunner.js';
import { SimulatedHardware } from '../../hardware/simulated/simulatedHardware.js';
import { randomBytes, send, write, type ProtocolScript } from '../../protocols/devices/shared/hardwareRequests.js';

/** A script that writes the random bytes it is given, as a handshake nonce would. */
function* nonceScript(): ProtocolScript<number[]> {
  const nonce = yield* randomBytes(4);
  yield* send(write('tx', nonce));
  return [...nonce];
}

const hardware = () => new SimulatedHardware({ name: 'TEST', address: 'a', endpoints: ['tx'] });

describe('runProtocolScript', () => {
  it("answers a script's randomBytes request from the injected source, so the handshake is the same every run", async () => {
    const device = hardware();
    const nonce = await runProtocolScript(nonceScript(), device, {
      timeoutMs: 1_000,
      randomBytes: (length) => Uint8Array.from({ length }, (_, i) => 0xa0 + i),
    });
    expect(nonce).toEqual([0xa0, 0xa1, 0xa2, 0xa3]);
    expect(device.commands).toEqual([
      { type: 'write', endpoint: 'tx', data: Uint8Array.of(0xa0, 0xa1, 0xa2, 0xa3), withResponse: false },
    ]);
  });

  it('draws from the operating system by default: as many bytes as asked', async () => {
    const nonce = await runProtocolScript(nonceScript(), hardware(), { timeoutMs: 1_000 });
    expect(nonce).toHaveLength(4);
  });
});

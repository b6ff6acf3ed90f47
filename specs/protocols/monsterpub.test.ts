import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../protocols/config/endpoints.js';
import type { ProtocolDevice } from '../../protocols/devices/shared/deviceProtocol.js';
import { HardwareError } from '../../hardware/hardware.js';
import { monsterpubAuthentication, monsterpubProtocol } from '../../protocols/devices/monsterpub/monsterpubProtocol.js';
import { ascii, type HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import { driveScript, encodeOrThrow, featureOutput, modelNamed } from '../support/protocolDevices.js';

const identifyWith = (answer: (request: HardwareRequest) => unknown) =>
  driveScript(
    monsterpubProtocol.identify!({ hardwareName: 'MonsterPub', address: 'a', endpoints: ['rxblemodel', 'tx'] }),
    answer,
  );

describe('MonsterPub', () => {
  it('reads its model name from rxblemodel, without the NUL padding', () => {
    const { requests, result } = identifyWith(() => Uint8Array.from([...ascii('MP2_JK_N_P1'), 0, 0, 0]));
    expect(requests).toEqual([{ op: 'read', endpoint: 'rxblemodel', length: 32, timeoutMs: 500 }]);
    expect(result).toBe('MP2_JK_N_P1');
  });

  it('is an "Unknown" model when the name cannot be read, and fails on a name that is not UTF-8', () => {
    expect(
      identifyWith(() => {
        throw new HardwareError('read on rxblemodel timed out');
      }).result,
    ).toBe('Unknown');
    expect(() => identifyWith(() => Uint8Array.from([0x4d, 0xff, 0x50]))).toThrow(/not UTF-8/);
  });

  it('answers the challenge on rx with its bytes XORed with the key it names', () => {
    const challenge = Uint8Array.from([3, ...Array.from({ length: 15 }, (_, i) => i)]);
    const expected = [...ascii('TALKTALKTALKTAL')].map((key, i) => key ^ i);
    expect(monsterpubAuthentication(challenge)).toEqual(expected);
    const device = modelNamed(monsterpubProtocol, 'Sistalk MonsterPub KiniCat');
    const { requests } = driveScript(
      monsterpubProtocol.initialize!(device, monsterpubProtocol.createState(device)),
      (r) => (r.op === 'read' ? challenge : undefined),
    );
    expect(requests).toEqual([
      { op: 'read', endpoint: 'rx', length: 16, timeoutMs: 200 },
      { op: 'write', endpoint: 'rx', data: Uint8Array.from(expected), withResponse: true },
    ]);
    expect(monsterpubAuthentication(Uint8Array.from([4, ...challenge.subarray(1)]))).toMatch(/cannot have meant/);
    expect(monsterpubAuthentication(challenge.subarray(0, 8))).toMatch(/cannot have meant/);
  });

  it('skips authentication on devices without rx', () => {
    const device = {
      ...modelNamed(monsterpubProtocol, 'Sistalk MonsterPub KiniCat'),
      endpoints: ['tx', 'txmode'] as Endpoint[],
    };
    expect(
      driveScript(monsterpubProtocol.initialize!(device, monsterpubProtocol.createState(device))).requests,
    ).toEqual([]);
  });

  describe('sends every motor in one packet', () => {
    const whale = modelNamed(monsterpubProtocol, 'Sistalk MonsterPub 2 Doctor Whale');
    const on = (endpoints: Endpoint[]): ProtocolDevice => ({ ...whale, endpoints });
    const packets = (device: ProtocolDevice, first: number, second: number) =>
      encodeOrThrow(monsterpubProtocol, device, [
        featureOutput(device, 0, 'Vibrate', first),
        featureOutput(device, 1, 'Vibrate', second),
      ]).writes.map((w) => [w.endpoint, [...w.data], w.withResponse]);

    it('on txvibrate when the device has it', () => {
      expect(packets(on(['tx', 'txmode', 'txvibrate']), 10, 0)).toEqual([['txvibrate', [10, 0], false]]);
      expect(packets(on(['tx', 'txmode', 'txvibrate']), 0, 0)).toEqual([['txvibrate', [0, 0], false]]);
    });

    it('else on tx, and the stop on txmode with response', () => {
      expect(packets(on(['tx', 'txmode']), 10, 20)).toEqual([['tx', [10, 20], false]]);
      expect(packets(on(['tx', 'txmode']), 0, 0)).toEqual([['txmode', [0, 0], true]]);
    });

    it('else after a 0x03 on generic0', () => {
      expect(packets(on(['generic0']), 10, 20)).toEqual([['generic0', [3, 10, 20], false]]);
    });
  });
});

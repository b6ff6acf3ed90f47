import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HardwareRequest } from '../../protocols/devices/shared/hardwareRequests.js';
import {
  authNonce,
  challengeAnswer,
  decrypt,
  encrypt,
  motorsPacket,
  vibcrafterProtocol,
} from '../../protocols/devices/vibcrafter/vibcrafterProtocol.js';
import { driveScript, rxNotification } from '../support/protocolDevices.js';
import { encodeBatches, modelNamed } from '../support/encodeBatches.js';

const device = modelNamed(vibcrafterProtocol, 'VibCrafter Harlow');
const sentText = (requests: readonly HardwareRequest[]) =>
  requests.filter((r) => r.op === 'write').map((r) => decrypt((r as { data: Uint8Array }).data));
/** Answers the script's notification waits with these (encrypted) texts in turn. */
const replies = (...texts: (string | undefined)[]) => {
  let next = 0;
  return (request: HardwareRequest) => {
    if (request.op !== 'notification') return undefined;
    const text = texts[next++];
    return text === undefined ? undefined : rxNotification([...encrypt(text)]);
  };
};

describe('VibCrafter', () => {
  it('encrypts text with AES-128-ECB and PKCS#7 padding, and decrypts it back', () => {
    expect(encrypt('MtInt:0000;')).toHaveLength(16);
    expect(decrypt(encrypt('Auth:abcdef;'))).toBe('Auth:abcdef;');
    expect(decrypt(Uint8Array.from(Array(16).fill(9)))).toBeUndefined();
  });

  it('authenticates: nonce, answered challenge, OK', () => {
    const { requests } = driveScript(
      vibcrafterProtocol.initialize!(device, { levels: [0, 0] }),
      replies('a1B2:Token42;', 'OK;'),
    );
    expect(requests[0]).toEqual({ op: 'subscribe', endpoint: 'rx' });
    const [auth, answer] = sentText(requests);
    expect(auth).toBe('Auth:ABCDEF;'); // the nonce from the random bytes 0..5 the test hands the script
    const digest = createHash('sha256').update('Token42').digest();
    expect(answer).toBe(`Auth:${digest[0]!.toString(16).padStart(2, '0')}${digest[1]!.toString(16).padStart(2, '0')};`);
    expect(answer).toBe(challengeAnswer('Token42'));
  });

  it('draws its nonce from the random bytes it asks for: letters and digits, the same bytes giving the same nonce', () => {
    const { requests } = driveScript(vibcrafterProtocol.initialize!(device, { levels: [0, 0] }), (request) =>
      request.op === 'randomBytes' ? Uint8Array.of(0, 25, 26, 51, 52, 61 + 62) : replies('OK;')(request),
    );
    expect(requests[1]).toEqual({ op: 'randomBytes', length: 6 });
    expect(sentText(requests)[0]).toBe('Auth:AZaz09;');
    expect(authNonce(Uint8Array.of(255, 128, 0))).toBe('HEA');
  });

  it('fails on silence, on an answer that is neither OK nor a challenge, and on endless challenges', () => {
    const init = () => vibcrafterProtocol.initialize!(device, { levels: [0, 0] });
    expect(() => driveScript(init(), replies())).toThrow(/handshake/);
    expect(() => driveScript(init(), replies('NO;'))).toThrow(/handshake/);
    expect(() =>
      driveScript(init(), (r) => (r.op === 'notification' ? rxNotification([...encrypt('abcd:x;')]) : undefined)),
    ).toThrow(/handshake/);
  });

  it('sends both motors as two-digit levels', () => {
    expect(motorsPacket([5, 42])).toBe('MtInt:0542;');
    const [writes] = encodeBatches(vibcrafterProtocol, device, [[[1, 'Vibrate', 99]]]);
    expect(typeof writes !== 'string' && writes!.map((w) => decrypt(w.data))).toEqual(['MtInt:0099;']);
  });
});

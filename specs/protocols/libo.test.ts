import { describe, expect, it } from 'vitest';
import { liboElleProtocol, liboElleSecondMotorByte } from '../../protocols/devices/libo/liboElleProtocol.js';
import { liboSharkProtocol } from '../../protocols/devices/libo/liboSharkProtocol.js';
import { liboVibesProtocol } from '../../protocols/devices/libo/liboVibesProtocol.js';
import { encodeOrThrow, featureOutput, modelNamed, protocolDevice } from '../support/protocolDevices.js';

const endpointsAndBytes = (writes: readonly { endpoint: string; data: Uint8Array }[]) =>
  writes.map((w) => [w.endpoint, [...w.data]]);

describe('Libo Elle', () => {
  it('sends the main motor as one byte on txmode', () => {
    const elle = modelNamed(liboElleProtocol, 'LiBo Elle');
    expect(
      endpointsAndBytes(encodeOrThrow(liboElleProtocol, elle, [featureOutput(elle, 0, 'Vibrate', 3)]).writes),
    ).toEqual([['txmode', [3]]]);
  });

  it('packs a second motor as level and mode nibbles', () => {
    expect([0, 1, 7, 8, 15].map(liboElleSecondMotorByte)).toEqual([0x00, 0x01, 0x61, 0x04, 0x74]);
  });
});

describe('Libo Shark', () => {
  it('puts motor 0 in the high nibble and motor 1 in the low one of one byte', () => {
    const shark = protocolDevice(liboSharkProtocol, liboSharkProtocol.config.defaults);
    const first = encodeOrThrow(liboSharkProtocol, shark, [
      featureOutput(shark, 0, 'Vibrate', 3),
      featureOutput(shark, 1, 'Vibrate', 1),
    ]);
    expect(first.bytes).toEqual([[0x31]]);
    expect(encodeOrThrow(liboSharkProtocol, shark, [featureOutput(shark, 0, 'Vibrate', 0)], first.state).bytes).toEqual(
      [[0x01]],
    );
  });
});

describe('Libo vibrators', () => {
  const lala = modelNamed(liboVibesProtocol, 'Libo LaLa');

  it('drives the main motor on tx and the second on txmode', () => {
    const { writes } = encodeOrThrow(liboVibesProtocol, lala, [
      featureOutput(lala, 0, 'Vibrate', 60),
      featureOutput(lala, 1, 'Vibrate', 2),
    ]);
    expect(endpointsAndBytes(writes)).toEqual([
      ['tx', [60]],
      ['txmode', [2]],
    ]);
  });

  it('also clears txmode when the main motor stops', () => {
    const { writes } = encodeOrThrow(liboVibesProtocol, lala, [featureOutput(lala, 0, 'Vibrate', 0)]);
    expect(endpointsAndBytes(writes)).toEqual([
      ['tx', [0]],
      ['txmode', [0]],
    ]);
  });
});

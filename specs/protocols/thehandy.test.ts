import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMessage, varint } from '../../protocols/devices/thehandy/protobufWire.js';
import { linearPayload, pingPayload, thehandyProtocol } from '../../protocols/devices/thehandy/thehandyProtocol.js';
import {
  handyModel,
  rpcRequest,
  strokeRequest,
  thehandyV3Protocol,
  vibrationRequest,
} from '../../protocols/devices/thehandy/thehandyV3Protocol.js';
import { driveScript, writtenBytes } from '../support/protocolDevices.js';
import { encodeBatches, modelNamed } from '../support/encodeBatches.js';

/** Reads a varint back (the encoder's inverse) for the property below. */
const readVarint = (bytes: readonly number[]): number =>
  bytes.reduceRight((value, byte) => value * 128 + (byte & 0x7f), 0);

describe('protobuf wire format', () => {
  it('writes varints 7 bits at a time, low first, every byte but the last flagged', () => {
    expect(varint(0)).toEqual([0]);
    expect(varint(999)).toEqual([0xe7, 0x07]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
        const bytes = varint(value);
        expect(readVarint(bytes)).toBe(value);
        expect(bytes.slice(0, -1).every((b) => b >= 0x80)).toBe(true);
        expect(bytes.at(-1)!).toBeLessThan(0x80);
      }),
    );
  });

  it('leaves out default scalars but writes empty messages', () => {
    expect(
      encodeMessage([
        { kind: 'varint', field: 1, value: 0 },
        { kind: 'float', field: 2, value: 0 },
        { kind: 'double', field: 3, value: 0 },
      ]),
    ).toEqual([]);
    expect(encodeMessage([{ kind: 'message', field: 901, value: [] }])).toEqual([0xaa, 0x38, 0x00]);
    expect(encodeMessage([{ kind: 'float', field: 1, value: 0.5 }])).toEqual([0x0d, 0x00, 0x00, 0x00, 0x3f]);
    expect(encodeMessage([{ kind: 'double', field: 3, value: 0.5 }])).toEqual([0x19, 0, 0, 0, 0, 0, 0, 0xe0, 0x3f]);
  });
});

describe('The Handy (handyplug)', () => {
  it('sends a stroke as a LinearCmd payload with response', () => {
    expect(linearPayload(50, 500)).toEqual([
      0x0a, 0x13, 0x9a, 0x19, 0x10, 0x08, 0x02, 0x1a, 0x0c, 0x10, 0xf4, 0x03, 0x19, 0, 0, 0, 0, 0, 0, 0xe0, 0x3f,
    ]);
    const device = modelNamed(thehandyProtocol, 'The Handy');
    const [writes] = encodeBatches(thehandyProtocol, device, [[[0, 'HwPositionWithDuration', 50, 500]]]);
    expect(typeof writes !== 'string' && writes!.map((w) => [w.endpoint, [...w.data], w.withResponse])).toEqual([
      ['tx', linearPayload(50, 500), true],
    ]);
  });

  it('pings with id 999 when the hardware wants keepalive', () => {
    expect(pingPayload()).toEqual([0x0a, 0x06, 0xb2, 0x06, 0x03, 0x08, 0xe7, 0x07]);
    expect(thehandyProtocol.keepalive).toMatchObject({ kind: 'whenHardwareRequires', intervalMs: 5_000 });
  });
});

describe('The Handy (firmware 4+, hdy_rpc)', () => {
  it('takes the model from the advertised name', () => {
    expect(handyModel('OHD_hw4_1234')).toBe('hw4');
    expect(handyModel('OHD_hw1')).toBe('unknown');
    expect(
      driveScript(thehandyV3Protocol.identify!({ hardwareName: 'OHD_hw1_x', address: 'a', endpoints: [] })).result,
    ).toBe('hw1');
  });

  it('asks the battery and the capabilities once connected, and goes on without answers', () => {
    const device = modelNamed(thehandyV3Protocol, 'The Handy 2 Pro');
    const { requests, result } = driveScript(thehandyV3Protocol.initialize!(device, { seq: 3 }));
    expect(requests[0]).toEqual({ op: 'subscribe', endpoint: 'rx' });
    expect(writtenBytes(requests)).toEqual([
      [0x08, 0x01, 0x12, 0x05, 0x10, 0x01, 0xb2, 0x2c, 0x00],
      [0x08, 0x01, 0x12, 0x05, 0x10, 0x02, 0xca, 0x2c, 0x00],
    ]);
    expect(result).toEqual({ seq: 3 });
  });

  it('numbers strokes and vibrations from 3, stopping vibration with HvpStop', () => {
    expect(strokeRequest(3, 50, 1000)).toEqual([
      0x08, 0x01, 0x12, 0x0f, 0x10, 0x03, 0xc2, 0x2e, 0x0a, 0x0d, 0x00, 0x00, 0x00, 0x3f, 0x10, 0xe8, 0x07, 0x18, 0x01,
    ]);
    expect(vibrationRequest(4, 0)).toEqual([0x08, 0x01, 0x12, 0x05, 0x10, 0x04, 0xaa, 0x38, 0x00]);
    expect(vibrationRequest(5, 50)).toEqual(
      rpcRequest([
        { kind: 'varint', field: 2, value: 5 },
        {
          kind: 'message',
          field: 900,
          value: [
            { kind: 'float', field: 1, value: 0.5 },
            { kind: 'varint', field: 2, value: 100 },
          ],
        },
      ]),
    );
    const oh = modelNamed(thehandyV3Protocol, 'The Oh!');
    const batches = encodeBatches(thehandyV3Protocol, oh, [[[0, 'Vibrate', 50]], [[0, 'Vibrate', 0]]]);
    expect(batches.map((writes) => typeof writes !== 'string' && writes.map((w) => [...w.data]))).toEqual([
      [vibrationRequest(3, 50)],
      [vibrationRequest(4, 0)],
    ]);
  });

  it("keeps alive with the reference's bare capabilities request", () => {
    expect(thehandyV3Protocol.keepalive).toMatchObject({ kind: 'whenHardwareRequires', intervalMs: 5_000 });
    const keepalive = thehandyV3Protocol.keepalive!;
    expect(keepalive.kind === 'whenHardwareRequires' && [...keepalive.write.data]).toEqual([
      0x10, 0x01, 0xca, 0x2c, 0x00,
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBatch, emptyQueue, enqueueOutputs, takeBatch } from '../../machines/device/outputQueue.js';
import {
  checkOutputRequest,
  encodeBatch,
  finalStopWrites,
  missingFeature,
  type Encoder,
  type OutputRequest,
} from '../../machines/device/outputRequests.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import { encoded } from '../../protocols/devices/shared/deviceProtocol.js';
import { write } from '../../protocols/devices/shared/hardwareRequests.js';
import { protocolDevice } from '../support/protocolDevices.js';
import { testProtocol } from './deviceHarness.js';

const device = protocolDevice(testProtocol, testProtocol.config.defaults);
const encoder: Encoder = { protocol: testProtocol, state: null, device };
const vibrate = (id: number, ...values: number[]): OutputRequest => ({
  kind: 'output',
  id,
  deviceIndex: 0,
  commands: values.map((value) => ({ featureIndex: 0, command: { Vibrate: { Value: value } } })),
});

describe('output requests', () => {
  it('accepts in-range commands as outputs, and refuses out-of-range values, missing features and what the encoder cannot do', () => {
    expect(checkOutputRequest(encoder, vibrate(1, 20))).toMatchObject({
      ok: true,
      outputs: [{ type: 'Vibrate', value: 20 }],
    });
    expect(checkOutputRequest(encoder, vibrate(1, 21))).toMatchObject({
      ok: false,
      failure: { code: ErrorCode.Device },
    });
    expect(
      checkOutputRequest(encoder, {
        ...vibrate(1),
        commands: [{ featureIndex: 4, command: { Vibrate: { Value: 1 } } }],
      }),
    ).toMatchObject({ ok: false, failure: { code: ErrorCode.Device } });
    expect(checkOutputRequest(encoder, vibrate(1, 13))).toEqual({
      ok: false,
      failure: { code: ErrorCode.Device, message: 'this toy cannot do 13' },
    });
  });

  it('property: a request is accepted exactly when every value is in range and the encoder can say it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 30 }), { minLength: 1, maxLength: 3 }), (values) => {
        const accepted = checkOutputRequest(encoder, vibrate(1, ...values)).ok;
        expect(accepted).toBe(values.every((value) => value >= 0 && value <= 20 && value !== 13));
      }),
    );
  });

  it('answers a request asked again (a guard, then the action) the same, and afresh for another device', () => {
    const request = vibrate(1, 20);
    const first = checkOutputRequest(encoder, request);
    expect(checkOutputRequest(encoder, request)).toBe(first);
    // The same request to a device without that feature (a redefinition, say) is checked again.
    const featureless = { ...encoder, device: { ...device, definition: { ...device.definition, features: [] } } };
    expect(checkOutputRequest(featureless, request)).toMatchObject({ ok: false, failure: { code: ErrorCode.Device } });
    expect(checkOutputRequest(encoder, request)).toEqual(first);
  });

  it('names a stop of a feature the device lacks; a stop of all features or of one it has is fine', () => {
    expect(missingFeature(device, 9)).toEqual({ code: ErrorCode.Device, message: 'device 0 has no feature 9' });
    expect(missingFeature(device, 0)).toBeUndefined();
    expect(missingFeature(device, undefined)).toBeUndefined();
  });

  it('splits a batch into writes now and the delayed rest of a motion', () => {
    const moving: Encoder = {
      ...encoder,
      protocol: {
        ...testProtocol,
        encodeOutputs: (state) => encoded(state, [write('tx', [1]), { ...write('tx', [2]), delayMs: 50 }]),
      },
    };
    const { batch } = takeBatch(
      enqueueOutputs(emptyQueue(), [{ feature: device.definition.features[0]!, type: 'Vibrate', value: 1 }], 'c', 1)
        .queue,
    );
    const result = encodeBatch(moving, batch);
    expect(result.ok && result.writes.map((w) => [...w.data])).toEqual([[1]]);
    expect(result.ok && result.delayed.map((w) => [w.delayMs, ...w.data])).toEqual([[50, 2]]);
  });

  it('stops before hanging up only what is not already written as zero, and never plays delayed writes', () => {
    const feature = device.definition.features[0]!;
    const written = (value: number) => {
      const { queue } = enqueueOutputs(emptyQueue(), [{ feature, type: 'Vibrate', value }], 'c', 1);
      const taken = takeBatch(queue);
      return completeBatch(taken.queue, taken.batch).queue;
    };
    expect(finalStopWrites(encoder, written(7)).map((w) => [...w.data])).toEqual([[0]]);
    expect(finalStopWrites(encoder, written(0))).toEqual([]);
    // Nothing known written yet: stop anyway.
    expect(finalStopWrites(encoder, emptyQueue()).map((w) => [...w.data])).toEqual([[0]]);
    const delayedOnly: Encoder = {
      ...encoder,
      protocol: { ...testProtocol, encodeOutputs: (state) => encoded(state, [{ ...write('tx', [0]), delayMs: 10 }]) },
    };
    expect(finalStopWrites(delayedOnly, written(7))).toEqual([]);
  });
});

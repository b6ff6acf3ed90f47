/**
 * KGoal Boost: a pelvic-floor trainer with a pressure sensor and no outputs. `rxpressure` notifies
 * `00 01 04`, then the normalised reading (2 bytes, big-endian; feature 0) and the raw one (feature
 * 1). Both features stream from that one subscription, which ends with the last of them. Battery:
 * `rxblebattery`.
 */
import { readBleBattery } from '../shared/bleBattery.js';
import { type DeviceProtocol, type SensorReading } from '../shared/deviceProtocol.js';
import { subscribe, unsubscribe } from '../shared/hardwareRequests.js';
import { kgoalBoostDevices } from './kgoalBoostDevices.js';
import { byOutputType } from '../shared/outputEncoders.js';

const READING_LENGTH = 7;

/** Both pressure readings of a notification; none from anything shorter than a reading. */
export const kgoalReadings = (data: Uint8Array): SensorReading[] =>
  data.length < READING_LENGTH
    ? []
    : [
        { featureIndex: 0, type: 'Pressure', value: (data[3]! << 8) | data[4]! },
        { featureIndex: 1, type: 'Pressure', value: (data[5]! << 8) | data[6]! },
      ];

export const kgoalBoostProtocol: DeviceProtocol<null> = {
  name: 'kgoal-boost',
  config: kgoalBoostDevices,
  createState: () => null,
  encodeOutputs: byOutputType({}), // a sensor: it drives nothing
  readInput: readBleBattery,
  *subscribeInput(_state, request) {
    if (request.type !== 'Pressure') throw new Error(`the KGoal Boost cannot stream its ${request.type}`);
    yield* subscribe('rxpressure');
  },
  *unsubscribeInput(_state, request) {
    if (request.type !== 'Pressure') throw new Error(`the KGoal Boost cannot stream its ${request.type}`);
    if (!request.otherStreams?.some((stream) => stream.type === 'Pressure')) yield* unsubscribe('rxpressure');
  },
  decodeNotification: (_state, notification) =>
    notification.endpoint === 'rxpressure' ? kgoalReadings(notification.data) : [],
};

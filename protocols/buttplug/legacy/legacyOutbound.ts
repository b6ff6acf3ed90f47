/**
 * Engine (v4) messages -> a legacy session's messages.
 *   - DeviceList events become one DeviceRemoved per device gone and one DeviceAdded per device
 *     new (legacy clients never got whole lists unasked); a requested DeviceList stays a list, in
 *     the version's device shape.
 *   - InputReading answers become BatteryLevelReading / RSSILevelReading (v2) or SensorReading (v3)
 *     with what the request said; subscribed readings (Id 0) become SensorReading events (v3).
 *   - Ok, Error and ScanningFinished look the same in every version.
 */
import { ErrorCode } from '../errorCodes.js';
import type { TaggedMessage } from '../frame.js';
import type { MessageV4, ServerMessageV4 } from '../messages.js';
import type { ServerInfoFields } from '../sessionCodec.js';
import type { LegacyVersion } from './legacyClientMessages.js';
import { legacyDevice } from './legacyDevices.js';
import { applyDeviceList, sensorKey, type LegacySessionState } from './legacySessionState.js';

type Result = { readonly state: LegacySessionState; readonly messages: readonly TaggedMessage[] };

const tagged = (type: string, body: object): TaggedMessage => ({ type, ...body }) as TaggedMessage;

/** ServerInfo as each version wrote it; the version always echoes the client's. */
export const legacyServerInfo = (
  version: LegacyVersion,
  { id, serverName, maxPingTime }: ServerInfoFields,
): TaggedMessage =>
  version < 2
    ? tagged('ServerInfo', {
        Id: id,
        ServerName: serverName,
        MessageVersion: version,
        MajorVersion: 0,
        MinorVersion: 0,
        BuildVersion: 0,
        MaxPingTime: maxPingTime,
      })
    : tagged('ServerInfo', { Id: id, ServerName: serverName, MessageVersion: version, MaxPingTime: maxPingTime });

const deviceList = (version: LegacyVersion, message: MessageV4<'DeviceList'>, state: LegacySessionState): Result => {
  const update = applyDeviceList(state, message);
  if (message.Id !== 0) {
    const devices = [...update.state.devices.values()].map((device) => legacyDevice(version, device));
    return { state: update.state, messages: [tagged('DeviceList', { Id: message.Id, Devices: devices })] };
  }
  return {
    state: update.state,
    messages: [
      ...update.removed.map((index) => tagged('DeviceRemoved', { Id: 0, DeviceIndex: index })),
      ...update.added.map((device) => tagged('DeviceAdded', { Id: 0, ...legacyDevice(version, device) })),
    ],
  };
};

const inputReading = (
  version: LegacyVersion,
  message: MessageV4<'InputReading'>,
  state: LegacySessionState,
): Result => {
  const { Id: id, DeviceIndex: deviceIndex } = message;
  const [type, { Value: value }] = Object.entries(message.Reading)[0] as [string, { Value: number }];
  if (id === 0) {
    const stream = state.subscriptions.get(sensorKey(deviceIndex, message.FeatureIndex, type));
    if (!stream) return { state, messages: [] };
    return {
      state,
      messages: [
        tagged('SensorReading', {
          Id: 0,
          DeviceIndex: deviceIndex,
          SensorIndex: stream.sensorIndex,
          SensorType: stream.sensorType,
          Data: [value],
        }),
      ],
    };
  }
  const request = state.pending.get(id);
  const pending = new Map(state.pending);
  pending.delete(id);
  const next = { ...state, pending };
  switch (request?.kind) {
    case 'batteryLevel':
      return {
        state: next,
        messages: [
          tagged('BatteryLevelReading', {
            Id: id,
            DeviceIndex: deviceIndex,
            BatteryLevel: Math.min(Math.max(value / 100, 0), 1),
          }),
        ],
      };
    case 'rssiLevel':
      return {
        state: next,
        messages: [tagged('RSSILevelReading', { Id: id, DeviceIndex: deviceIndex, RSSILevel: value })],
      };
    case 'sensorReading':
      return {
        state: next,
        messages: [
          tagged('SensorReading', {
            Id: id,
            DeviceIndex: deviceIndex,
            SensorIndex: request.sensorIndex,
            SensorType: request.sensorType,
            Data: [value],
          }),
        ],
      };
    default:
      // Every read a legacy client can ask for is pending; anything else has no legacy form.
      return {
        state: next,
        messages: [
          tagged('Error', {
            Id: id,
            ErrorCode: ErrorCode.Message,
            ErrorMessage: `a ${type} reading has no spec v${version} form`,
          }),
        ],
      };
  }
};

/** The answer to a request settles it; a confirmed subscription starts delivering readings. */
const settle = (state: LegacySessionState, id: number, ok: boolean): LegacySessionState => {
  const request = state.pending.get(id);
  if (!request) return state;
  const pending = new Map(state.pending);
  pending.delete(id);
  if (!ok || request.kind !== 'subscribe') return { ...state, pending };
  const subscriptions = new Map(state.subscriptions).set(request.key, {
    sensorIndex: request.sensorIndex,
    sensorType: request.sensorType,
  });
  return { ...state, pending, subscriptions };
};

/** Converts one engine message for a session of `version`. Pure; the new state goes back into the session. */
export const legacyOutbound = (version: LegacyVersion, message: ServerMessageV4, state: LegacySessionState): Result => {
  switch (message.type) {
    case 'DeviceList':
      return deviceList(version, message, state);
    case 'InputReading':
      return inputReading(version, message, state);
    case 'Ok':
      return { state: settle(state, message.Id, true), messages: [message] };
    case 'Error':
      return { state: settle(state, message.Id, false), messages: [message] };
    case 'ScanningFinished':
      return { state, messages: [message] };
    case 'ServerInfo':
      return {
        state,
        messages: [
          legacyServerInfo(version, {
            id: message.Id,
            serverName: message.ServerName,
            maxPingTime: message.MaxPingTime,
          }),
        ],
      };
  }
};

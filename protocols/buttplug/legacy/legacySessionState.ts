/**
 * What a legacy session's codec remembers between messages (kept in the session's context, opaque
 * to it): the devices as the client knows them, replies that need their request to be converted,
 * the sensor streams the client subscribed to, and where each Launch-style stroker was last sent.
 */
import type { DeviceInfo, DeviceListV4 } from '../messages.js';

/** A request whose answer can only be written with what the request said. */
export type PendingReply =
  | { readonly kind: 'batteryLevel' }
  | { readonly kind: 'rssiLevel' }
  | { readonly kind: 'sensorReading'; readonly sensorIndex: number; readonly sensorType: string }
  /** A SensorSubscribeCmd: its readings flow once the engine says Ok. */
  | { readonly kind: 'subscribe'; readonly key: string; readonly sensorIndex: number; readonly sensorType: string };

interface SensorStream {
  readonly sensorIndex: number;
  readonly sensorType: string;
}

export interface LegacySessionState {
  /** The engine's devices, which are also exactly the devices the client has been told about. */
  readonly devices: ReadonlyMap<number, DeviceInfo>;
  /** By request Id. */
  readonly pending: ReadonlyMap<number, PendingReply>;
  /** By `sensorKey`. */
  readonly subscriptions: ReadonlyMap<string, SensorStream>;
  /** Last target (0..1) per `featureKey`, to turn Launch speeds into durations. */
  readonly launchPositions: ReadonlyMap<string, number>;
}

export const emptyLegacyState = (): LegacySessionState => ({
  devices: new Map(),
  pending: new Map(),
  subscriptions: new Map(),
  launchPositions: new Map(),
});

export const featureKey = (deviceIndex: number, featureIndex: number): string => `${deviceIndex}/${featureIndex}`;
export const sensorKey = (deviceIndex: number, featureIndex: number, type: string): string =>
  `${deviceIndex}/${featureIndex}/${type}`;

const withoutDevices = <V>(map: ReadonlyMap<string, V>, gone: (deviceIndex: number) => boolean): Map<string, V> =>
  new Map([...map].filter(([key]) => !gone(Number(key.split('/')[0]))));

/** Forgets the sensor streams of one device (or of all), e.g. after a stop that ended them. */
export const withoutSubscriptions = (state: LegacySessionState, deviceIndex?: number): LegacySessionState => ({
  ...state,
  subscriptions: withoutDevices(state.subscriptions, (index) => deviceIndex === undefined || index === deviceIndex),
});

/** Takes a new device list; says which devices appeared and which went away since the last one. */
export const applyDeviceList = (
  state: LegacySessionState,
  list: DeviceListV4,
): { state: LegacySessionState; added: DeviceInfo[]; removed: number[] } => {
  const devices = new Map(
    Object.values(list.Devices)
      .sort((a, b) => a.DeviceIndex - b.DeviceIndex)
      .map((device) => [device.DeviceIndex, device] as const),
  );
  const added = [...devices.values()].filter((device) => !state.devices.has(device.DeviceIndex));
  const removed = [...state.devices.keys()].filter((index) => !devices.has(index)).sort((a, b) => a - b);
  const gone = (index: number) => removed.includes(index);
  return {
    state: {
      ...state,
      devices,
      subscriptions: withoutDevices(state.subscriptions, gone),
      launchPositions: withoutDevices(state.launchPositions, gone),
    },
    added,
    removed,
  };
};

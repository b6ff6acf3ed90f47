/** Named endpoints of a device: where a protocol reads and writes bytes (a BLE characteristic, a serial line...). */
const GENERIC_ENDPOINTS = Array.from({ length: 32 }, (_, i) => `generic${i}` as const);

export const ENDPOINTS = [
  'command',
  'firmware',
  'rx',
  'rxaccel',
  'rxblebattery',
  'rxblemodel',
  'rxpressure',
  'rxtouch',
  'tx',
  'txmode',
  'txshock',
  'txvibrate',
  'txvendorcontrol',
  'whitelist',
  ...GENERIC_ENDPOINTS,
] as const;

export type Endpoint = (typeof ENDPOINTS)[number];

export const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === 'string' && (ENDPOINTS as readonly string[]).includes(value);

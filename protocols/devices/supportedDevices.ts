/**
 * The README's list of supported protocols and models, generated from the protocol modules so it
 * cannot drift from what the engine really drives (`npm run readme:devices` rewrites it).
 */
import type { ProtocolConfig, Transport } from '../config/deviceDefinitions.js';
import type { AnyDeviceProtocol } from './shared/deviceProtocol.js';

export const SUPPORTED_DEVICES_START =
  '<!-- supported-devices:start (generated from the protocol modules by `npm run readme:devices`; do not edit) -->';
export const SUPPORTED_DEVICES_END = '<!-- supported-devices:end -->';

const TRANSPORT_NAMES: Record<Transport, string> = {
  btle: 'Bluetooth LE',
  serial: 'serial port',
  hid: 'HID',
  usb: 'USB',
  websocket: 'WebSocket',
  xinput: 'XInput',
  lovenseConnectService: 'Lovense Connect',
  sdlGamepad: 'SDL gamepad',
  simulated: 'simulated',
};

/** Code-point order: the same on every machine, whatever its locale data. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const escapeMarkdown = (text: string) => text.trim().replace(/[\\`*_|<>[\]]/g, (c) => `\\${c}`);

/** A protocol's models: its configurations, or its defaults when it has none (as PROTOCOLS.md counts). */
const modelNames = (config: ProtocolConfig): string[] => {
  const models = config.configurations.length > 0 ? config.configurations : [config.defaults];
  return [...new Set(models.map((model) => model.name))].sort(byText);
};

/** The generated section's body: a count and one table row per protocol. */
export const supportedDevicesMarkdown = (protocols: readonly AnyDeviceProtocol[]): string => {
  const sorted = [...protocols].sort((a, b) => byText(a.name, b.name));
  const models = sorted.reduce((n, p) => n + (p.config.configurations.length || 1), 0);
  const rows = sorted.map(({ name, config }) => {
    const transports = [...new Set(config.communication.map((s) => TRANSPORT_NAMES[s.transport]))].join(', ');
    return `| \`${name}\` | ${transports} | ${modelNames(config).map(escapeMarkdown).join(', ')} |`;
  });
  return [
    `${sorted.length} protocol${sorted.length === 1 ? '' : 's'}, ${models} device model${models === 1 ? '' : 's'}.`,
    '',
    '| Protocol | Connects over | Models |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
};

/** The README with its generated section replaced; throws if the markers are missing. */
export const withSupportedDevices = (readme: string, protocols: readonly AnyDeviceProtocol[]): string => {
  const start = readme.indexOf(SUPPORTED_DEVICES_START);
  const end = readme.indexOf(SUPPORTED_DEVICES_END);
  if (start < 0 || end < start)
    throw new Error(`README.md needs the lines ${SUPPORTED_DEVICES_START} and ${SUPPORTED_DEVICES_END}`);
  return `${readme.slice(0, start + SUPPORTED_DEVICES_START.length)}\n${supportedDevicesMarkdown(protocols)}\n${readme.slice(end)}`;
};

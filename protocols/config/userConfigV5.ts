/**
 * What a v5 user config file allows beyond v4 (device-config-v5 §4), brought to the v4 shape the
 * parser checks: `$schema` is ignored, `null` means absent, `allow`/`deny` default to false, UUIDs
 * may be written 32-hex, in braces, as `urn:uuid:` or in capitals (kept lowercase hyphenated), and
 * `simulated_devices` (new) is read on its own. The rest of the file is checked as v4 is.
 */
import { issue, type ConfigIssue, type JsonPath } from './configIssues.js';

/** A simulated device the user file asks for: an archetype of the database's `simulated` protocol. */
export interface SimulatedDeviceSettings {
  readonly identifier: string;
  readonly displayName?: string;
  readonly address?: string;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const UUID_FORMS =
  /^(?:urn:uuid:)?\{?([0-9a-fA-F]{8})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{12})\}?$/;

/** A UUID in any form v5 accepts, lowercase and hyphenated; anything else as it was. */
export const canonicalUuid = (text: string): string => {
  const parts = UUID_FORMS.exec(text);
  return parts ? parts.slice(1).join('-').toLowerCase() : text;
};

/** The file without nulls (v5: `null` is absent) and with its ids canonical. */
const withoutNulls = (value: unknown, key?: string): unknown => {
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item));
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== null)
        .map(([name, item]) => [name, withoutNulls(item, name)]),
    );
  }
  return typeof value === 'string' && (key === 'id' || key === 'base_id') ? canonicalUuid(value) : value;
};

export interface V5UserFile {
  /** The file in the v4 shape. */
  readonly file: unknown;
  readonly simulatedDevices: readonly SimulatedDeviceSettings[];
  readonly issues: readonly ConfigIssue[];
}

/** Whether the parsed file says it is version 5. */
export const isVersion5 = (value: unknown): boolean =>
  isObject(value) && isObject(value['version']) && value['version']['major'] === 5;

/** A v5 user file brought to the v4 shape, with its simulated devices checked against the archetypes. */
export const fromV5UserFile = (value: unknown, archetypes: readonly string[]): V5UserFile => {
  const clean = withoutNulls(value) as Record<string, Json>;
  const { $schema: _schema, ...file } = clean;
  const userConfigs = isObject(file['user_configs'])
    ? { ...(file['user_configs'] as Record<string, Json>) }
    : undefined;
  const issues: ConfigIssue[] = [];
  const simulatedDevices: SimulatedDeviceSettings[] = [];
  if (userConfigs) {
    const raw = userConfigs['simulated_devices'];
    delete userConfigs['simulated_devices'];
    const at: JsonPath = ['user_configs', 'simulated_devices'];
    if (raw !== undefined && !Array.isArray(raw)) issues.push(issue(at, 'expected a list'));
    const addresses = new Map<string, number>();
    (Array.isArray(raw) ? raw : []).forEach((entry: Json, i: number) => {
      const here = [...at, i];
      if (!isObject(entry) || typeof entry['identifier'] !== 'string') {
        issues.push(issue([...here, 'identifier'], 'is missing'));
        return;
      }
      const { identifier, display_name, address } = entry;
      if (!archetypes.includes(identifier)) {
        issues.push(
          issue([...here, 'identifier'], `"${identifier}" is not a simulated archetype (${archetypes.join(', ')})`),
        );
      }
      if (display_name !== undefined && typeof display_name !== 'string')
        issues.push(issue([...here, 'display_name'], 'expected a string'));
      if (address !== undefined && typeof address !== 'string')
        issues.push(issue([...here, 'address'], 'expected a string'));
      if (typeof address === 'string') {
        const earlier = addresses.get(address);
        if (earlier !== undefined)
          issues.push(
            issue([...here, 'address'], `address "${address}" is also used by simulated_devices[${earlier}]`),
          );
        addresses.set(address, i);
      }
      simulatedDevices.push({
        identifier,
        ...(typeof display_name === 'string' ? { displayName: display_name } : {}),
        ...(typeof address === 'string' ? { address } : {}),
      });
    });
    const devices = userConfigs['devices'];
    if (Array.isArray(devices)) {
      userConfigs['devices'] = devices.map((device: Json) => {
        if (!isObject(device) || !isObject(device['config']) || !isObject(device['config']['user_config']))
          return device;
        const settings = device['config']['user_config'];
        return {
          ...device,
          config: { ...device['config'], user_config: { allow: false, deny: false, ...settings } },
        };
      });
    }
  }
  return { file: userConfigs ? { ...file, user_configs: userConfigs } : file, simulatedDevices, issues };
};

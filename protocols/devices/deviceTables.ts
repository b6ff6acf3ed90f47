/**
 * The protocol modules' device tables (`*Devices.ts`), generated from the upstream device config
 * (the vendored `buttplug-device-config-v5.json`): one source of truth, typed TypeScript in the
 * repository. `npm run devices:generate` rewrites them; a test fails when they drift from the file.
 */
import type { CommunicationSpecifier, ProtocolConfig } from '../config/deviceDefinitions.js';
import type { DevicesShorthand } from '../config/deviceData.js';

/** What this engine adds to the upstream facts, by protocol: the Lovense WebSocket simulator's name. */
export const OUR_ADDITIONS: Readonly<Record<string, readonly CommunicationSpecifier[]>> = {
  lovense: [{ transport: 'websocket', name: 'LVSDevice' }],
};

/** Family folders: a protocol whose name starts with the key lives in the folder. */
const FAMILIES: readonly (readonly [string, string])[] = [
  ['svakom', 'svakom'],
  ['kiiroo', 'kiiroo'],
  ['sexverse', 'sexverse'],
  ['magic-motion', 'magicMotion'],
  ['lelo', 'lelo'],
  ['libo', 'libo'],
  ['mizzzee', 'mizzzee'],
  ['tryfun', 'tryfun'],
  ['wevibe', 'wevibe'],
  ['mysteryvibe', 'mysteryvibe'],
  ['lovense', 'lovense'],
  ['fredorch', 'fredorch'],
  ['galaku', 'galaku'],
  ['hismith', 'hismith'],
  ['thehandy', 'thehandy'],
  ['sensee', 'sensee'],
  ['cowgirl', 'cowgirl'],
  ['vorze', 'vorze'],
  // Vibio is VibCrafter's scheme under another key.
  ['vibio', 'vibcrafter'],
];

/** `kiiroo-v21-initialized` -> `kiirooV21Initialized`; `pink_punch` -> `pinkPunch`. */
export const camelName = (protocol: string): string =>
  protocol.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Where a protocol's table lives, relative to `protocols/devices/`. */
export const tablePath = (protocol: string): string => {
  const camel = camelName(protocol);
  const family = FAMILIES.find(([prefix]) => protocol === prefix || protocol.startsWith(`${prefix}-`))?.[1];
  return `${family ?? camel}/${camel}Devices.ts`;
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A value as a TypeScript literal (Prettier lays it out). */
const literal = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`).join(', ')} }`;
  }
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value);
};

/** The module text of one protocol's table (before formatting). */
export const tableModule = (devices: DevicesShorthand): string => {
  const additions = OUR_ADDITIONS[devices.name] ?? [];
  const { configurations = [], ...rest } = devices;
  const spec = {
    ...rest,
    communication: [...devices.communication, ...additions],
    ...(configurations.length > 0 ? { configurations } : {}),
  };
  return [
    `/** Devices spoken to by the ${devices.name} protocol: how they are found and the models it knows. Generated from the upstream device config by \`npm run devices:generate\`; do not edit. */`,
    `import { defineDevices } from '${'../'.repeat(tablePath(devices.name).split('/').length)}config/deviceData.js';`,
    '',
    `export const ${camelName(devices.name)}Devices = defineDevices(${literal(spec)});`,
    '',
  ].join('\n');
};

/** The database a table module yields, without our additions: what the upstream file says. */
export const upstreamFacts = (config: ProtocolConfig): ProtocolConfig => {
  const additions = OUR_ADDITIONS[config.name] ?? [];
  return {
    ...config,
    communication: config.communication.filter(
      (specifier) => !additions.some((added) => JSON.stringify(added) === JSON.stringify(specifier)),
    ),
  };
};

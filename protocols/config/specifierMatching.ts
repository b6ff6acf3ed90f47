/** Does a discovered device match a protocol's communication specifier? (Rules of the device config format.) */
import type { CommunicationSpecifier, DiscoveryInfo, ManufacturerData } from './deviceDefinitions.js';

/** Exact name, or a pattern ending in `*` that matches by prefix. */
export const nameMatches = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;

/** As the reference compares a configured name with an advertised one: equal, or either is a `*` wildcard for the other. */
const namesMatch = (configured: string, advertised: string): boolean =>
  configured === advertised || nameMatches(configured, advertised) || nameMatches(advertised, configured);

const containsRun = (haystack: readonly number[], needle: readonly number[]): boolean => {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** Same company, and either side has no bytes or the shorter byte list occurs inside the longer. */
const manufacturerDataMatches = (a: ManufacturerData, b: ManufacturerData): boolean => {
  if (a.company !== b.company) return false;
  if (!a.data || !b.data) return true;
  return a.data.length <= b.data.length ? containsRun(b.data, a.data) : containsRun(a.data, b.data);
};

const sameUuid = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export const specifierMatches = (specifier: CommunicationSpecifier, info: DiscoveryInfo): boolean => {
  switch (specifier.transport) {
    case 'btle':
      if (info.transport !== 'btle') return false;
      return (
        specifier.names.some((configured) => namesMatch(configured, info.name)) ||
        (specifier.manufacturerData ?? []).some((wanted) =>
          (info.manufacturerData ?? []).some((seen) => manufacturerDataMatches(wanted, seen)),
        ) ||
        (specifier.advertisedServices ?? []).some((wanted) =>
          (info.advertisedServices ?? []).some((seen) => sameUuid(wanted, seen)),
        )
      );
    case 'serial':
      return info.transport === 'serial' && specifier.port === info.port;
    case 'hid':
    case 'usb':
      return (
        info.transport === specifier.transport &&
        specifier.pairs.some((pair) => pair.vendorId === info.vendorId && pair.productId === info.productId)
      );
    case 'websocket':
      return info.transport === 'websocket' && specifier.name === info.identifier;
    case 'xinput':
    case 'lovenseConnectService':
    case 'sdlGamepad':
      return info.transport === specifier.transport;
    case 'simulated':
      // Exact names only: an archetype is a name, not a pattern.
      return info.transport === 'simulated' && specifier.names.includes(info.name);
  }
};

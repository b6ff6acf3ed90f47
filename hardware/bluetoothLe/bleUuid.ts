/**
 * Bluetooth UUIDs come in several spellings: the device config writes them dashed and in full
 * (`0000fff0-0000-1000-8000-00805f9b34fb`), noble reports them without dashes and shortens the ones on
 * the Bluetooth base UUID (`fff0`). Everything is compared in the config's spelling.
 */
const BASE_SUFFIX = '-0000-1000-8000-00805f9b34fb';
const HEX = /^[0-9a-f]+$/;

/** The full, dashed, lower-case form; text that is no UUID comes back lower-cased and trimmed. */
export const canonicalUuid = (uuid: string): string => {
  const text = uuid.trim().toLowerCase();
  const bare = text.replace(/-/g, '');
  if (!HEX.test(bare)) return text;
  if (bare.length === 4 || bare.length === 8) return `${bare.padStart(8, '0')}${BASE_SUFFIX}`;
  if (bare.length === 32) {
    return `${bare.slice(0, 8)}-${bare.slice(8, 12)}-${bare.slice(12, 16)}-${bare.slice(16, 20)}-${bare.slice(20)}`;
  }
  return text;
};

/** How noble spells a UUID: 16-bit short form on the base UUID, else 32 hex digits. */
export const nobleUuid = (uuid: string): string => {
  const canonical = canonicalUuid(uuid);
  if (canonical.startsWith('0000') && canonical.endsWith(BASE_SUFFIX)) return canonical.slice(4, 8);
  return canonical.replace(/-/g, '');
};

export const sameUuid = (a: string, b: string): boolean => canonicalUuid(a) === canonicalUuid(b);

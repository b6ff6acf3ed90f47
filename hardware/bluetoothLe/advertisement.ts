/**
 * What an advertisement tells the device configuration: the local name, the manufacturer data (the
 * company id is the first two bytes, little endian) and the advertised services.
 */
import type { ManufacturerData } from '../../protocols/config/deviceDefinitions.js';
import { canonicalUuid } from './bleUuid.js';

/** The advertisement fields noble reports that matter here. */
export interface AdvertisementData {
  readonly localName?: string;
  readonly manufacturerData?: Uint8Array;
  readonly serviceUuids?: readonly string[];
}

export interface AdvertisedInfo {
  readonly name: string;
  readonly manufacturerData?: readonly ManufacturerData[];
  readonly advertisedServices?: readonly string[];
}

export const advertisedInfo = (advertisement: AdvertisementData): AdvertisedInfo => {
  // Some toys pad their names with NULs.
  const name = (advertisement.localName ?? '').replace(/\0+$/, '').trim();
  const bytes = advertisement.manufacturerData;
  const services = (advertisement.serviceUuids ?? []).map(canonicalUuid);
  return {
    name,
    ...(bytes && bytes.length >= 2
      ? { manufacturerData: [{ company: bytes[0]! | (bytes[1]! << 8), data: [...bytes.subarray(2)] }] }
      : {}),
    ...(services.length > 0 ? { advertisedServices: services } : {}),
  };
};

/** A peripheral that says neither its name nor a service cannot be matched to anything. */
export const isWorthOffering = (info: AdvertisedInfo): boolean =>
  info.name !== '' || (info.advertisedServices?.length ?? 0) > 0;

/**
 * The part of `node-hid` the HID managers use, and how it is loaded. node-hid loads its native
 * binding on first use, and that fails on machines without the system's USB library (libusb), so the
 * managers load it when they start and treat a failure as "HID is not available here". Tests pass a
 * stand-in with the same shape (`testing/fakeHid.ts`).
 */
import { messageOf } from '../../protocols/core/errorText.js';
import { isMissingPackage, missingPackageSentence } from '../optionalPackage.js';
export interface HidDeviceInfo {
  readonly vendorId: number;
  readonly productId: number;
  readonly path?: string | undefined;
  readonly serialNumber?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly product?: string | undefined;
  readonly interface?: number | undefined;
}

type DataListener = (data: Buffer) => void;
type ErrorListener = (error: Error) => void;

/** An open device (node-hid's `HIDAsync`). Listening for `data` starts its read loop. */
export interface HidConnection {
  /** Writes one output report; the first byte is the report id (0 for devices without numbered reports). */
  write(data: number[]): Promise<number>;
  /** The next input report, or undefined when none came within `timeoutMs`. */
  read(timeoutMs?: number): Promise<Buffer | undefined>;
  close(): Promise<void>;
  on(event: 'data', listener: DataListener): unknown;
  on(event: 'error', listener: ErrorListener): unknown;
  removeListener(event: 'data', listener: DataListener): unknown;
  removeListener(event: 'error', listener: ErrorListener): unknown;
}

export interface HidLibrary {
  devicesAsync(): Promise<HidDeviceInfo[]>;
  readonly HIDAsync: { open(path: string): Promise<HidConnection> };
}

const firstLine = (error: unknown): string => messageOf(error).split('\n')[0]!.trim();

/**
 * The HID library, ready to use: the given one, or node-hid. Rejects with one sentence starting with
 * `subsystem` (e.g. "HID is not available") when its native part cannot load.
 */
export const openHidLibrary = async (subsystem: string, given?: HidLibrary): Promise<HidLibrary> => {
  try {
    const hid: HidLibrary = given ?? ((await import('node-hid')) as unknown as HidLibrary);
    // The first enumeration is what loads the native binding.
    await hid.devicesAsync();
    return hid;
  } catch (error) {
    if (isMissingPackage(error, 'node-hid')) throw new Error(missingPackageSentence(subsystem, ['node-hid']));
    throw new Error(`${subsystem}: the node-hid native library could not be loaded (${firstLine(error)}).`);
  }
};

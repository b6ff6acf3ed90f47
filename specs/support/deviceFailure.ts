/**
 * What every device communication manager owes a client when its device fails mid-command (a write
 * fails, the link drops): ERROR_DEVICE for the command in flight, then a DeviceList without the device.
 */
import { expect } from 'vitest';
import { ButtplugDeviceError } from '../../actors/client/clientErrors.js';
import { ErrorCode } from '../../protocols/buttplug/errorCodes.js';
import type { RawSession } from './rawSession.js';

export const outputCmd = (id: number, deviceIndex: number, featureIndex: number, command: object): string =>
  JSON.stringify([{ OutputCmd: { Id: id, DeviceIndex: deviceIndex, FeatureIndex: featureIndex, Command: command } }]);

/** Resolves once the reply to `id` is ERROR_DEVICE and a later DeviceList no longer lists `deviceIndex`; returns the error text. */
export const expectDeviceErrorThenRemoval = async (
  raw: RawSession,
  id: number,
  deviceIndex: number,
): Promise<string> => {
  const error = await raw.reply(id, 3_000);
  expect(error).toMatchObject({ Error: { Id: id, ErrorCode: ErrorCode.Device } });
  const errorAt = raw.received.indexOf(error);
  await raw.waitFor(
    (m) =>
      'DeviceList' in m &&
      raw.received.indexOf(m) > errorAt &&
      !(String(deviceIndex) in (m['DeviceList']!['Devices'] as object)),
    3_000,
  );
  return String(error['Error']!['ErrorMessage']);
};

/** The promise rejects with ERROR_DEVICE; returns the error. */
export const expectDeviceError = async (promise: Promise<unknown>): Promise<ButtplugDeviceError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ButtplugDeviceError);
  expect((error as ButtplugDeviceError).code).toBe(ErrorCode.Device);
  return error as ButtplugDeviceError;
};

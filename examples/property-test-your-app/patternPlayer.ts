/**
 * The app under test: plays a pattern of vibration levels on every vibrator, then stops them all,
 * whatever happened on the way. Set PLANTED_BUG=1 for a hurried version that forgets the final stop.
 */
import type { ButtplugClient } from 'buttplug-actors';

export const playPattern = async (client: ButtplugClient, levels: readonly number[]): Promise<void> => {
  try {
    for (const level of levels)
      for (const device of client.devices) if (device.hasOutput('Vibrate')) await device.vibrate(level);
  } finally {
    if (process.env['PLANTED_BUG'] !== '1') await client.stopAllDevices();
  }
};

/**
 * JoyHub: the motors of features 0-3 (vibrate, rotate, oscillate) travel together in
 * `[0xA0, 0x03, m0, m1, m2, m3, 0xAA]` on `tx`. The other outputs have packets of their own:
 * suction `[0xA0, 0x0D, 0, 0, level, 0xFF]` (`[0xA0, 0x07, on, 0, level, 0xFF]` when it is feature 4),
 * heater `[0xA0, 0x04, ...]`, light `[0xA0, 0x14, ...]` and lube pump `[0xA0, 0x24, ...]`, each
 * `01 00 01 FF` for on and `00 00 00 00` for off. The pump is switched off again a second after it
 * starts.
 */
import { encoded, unsupported, type DeviceProtocol, type ProtocolWrite } from '../shared/deviceProtocol.js';
import { write } from '../shared/hardwareRequests.js';
import { drivesOnly, initialLevels, type LevelsState } from '../shared/outputEncoders.js';
import { joyhubDevices } from './joyhubDevices.js';

const MOTOR_SLOTS = 4;
const SPRAY_MS = 1_000;

const motorPacket = (levels: readonly number[]) => write('tx', [0xa0, 0x03, ...levels, 0xaa]);

/** The on/off packets of the heater (0x04), light (0x14) and lube pump (0x24). */
const switchPacket = (command: number, on: boolean) =>
  write('tx', on ? [0xa0, command, 0x01, 0x00, 0x01, 0xff] : [0xa0, command, 0x00, 0x00, 0x00, 0x00]);

export const joyhubProtocol: DeviceProtocol<LevelsState> = {
  name: 'joyhub',
  config: joyhubDevices,
  createState: () => initialLevels(MOTOR_SLOTS),
  encodeOutputs: drivesOnly(
    ['Vibrate', 'Rotate', 'Oscillate', 'Constrict', 'Temperature', 'Led', 'Spray'],
    (state, outputs) => {
      const levels = [...state.levels];
      // The motor packet goes where the batch's last motor change was, as if each had been sent in turn.
      const parts: (ProtocolWrite | 'motors')[] = [];
      for (const { type, value, feature } of outputs) {
        switch (type) {
          case 'Vibrate':
          case 'Rotate':
          case 'Oscillate': {
            if (feature.index >= MOTOR_SLOTS)
              return unsupported(`JoyHub motors are features 0-${MOTOR_SLOTS - 1}, not ${feature.index}`);
            levels[feature.index] = Math.abs(value);
            const previous = parts.indexOf('motors');
            if (previous >= 0) parts.splice(previous, 1);
            parts.push('motors');
            break;
          }
          case 'Constrict':
            parts.push(
              write(
                'tx',
                feature.index === 4
                  ? [0xa0, 0x07, value === 0 ? 0x00 : 0x01, 0x00, value, 0xff]
                  : [0xa0, 0x0d, 0x00, 0x00, value, 0xff],
              ),
            );
            break;
          case 'Temperature':
            parts.push(switchPacket(0x04, value !== 0));
            break;
          case 'Led':
            parts.push(switchPacket(0x14, value !== 0));
            break;
          case 'Spray':
            parts.push(switchPacket(0x24, value !== 0));
            if (value !== 0) parts.push({ ...switchPacket(0x24, false), delayMs: SPRAY_MS });
            break;
        }
      }
      return encoded(
        { ...state, levels },
        parts.map((part) => (part === 'motors' ? motorPacket(levels) : part)),
      );
    },
  ),
};

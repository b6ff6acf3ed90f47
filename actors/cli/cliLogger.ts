/** The command line's logs: pino, human-readable by default (pino-pretty), JSON lines with `--log-json`. */
import { pino } from 'pino';
import pretty from 'pino-pretty';
import type { Logger } from '../../protocols/core/logger.js';
import type { LogLevel } from './cliOptions.js';

// Both streams write synchronously, so nothing is lost when the process exits right after a signal.
export const createCliLogger = (level: LogLevel, json: boolean): Logger =>
  json
    ? pino({ level }, pino.destination({ dest: 1, sync: true }))
    : pino(
        { level },
        pretty({
          sync: true,
          singleLine: true,
          colorize: process.stdout.isTTY === true,
          ignore: 'pid,hostname',
          translateTime: 'SYS:HH:MM:ss.l',
        }),
      );

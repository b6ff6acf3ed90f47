/**
 * What SIGHUP means to the command line, decided in one place.
 *
 * With a controlling terminal (stdin or stdout is a TTY), SIGHUP means the terminal went away (its
 * window closed, the SSH connection dropped): nobody is watching any more, so every device stops and
 * the command exits, as on SIGTERM. Without one (a supervisor runs it: systemd, Docker, nohup),
 * SIGHUP conventionally asks a daemon to reload its configuration; it never kills the engine without
 * stopping its devices (Node's default for an unhandled SIGHUP would).
 */
import { messageOf } from '../../protocols/core/errorText.js';
import type { Logger } from '../../protocols/core/logger.js';

export type HangUpPolicy =
  /** The terminal is gone: stop every device and exit. */
  | 'stop'
  /** A supervisor asks for a configuration reload. */
  | 'reload';

export interface Terminal {
  readonly stdin: { readonly isTTY?: boolean };
  readonly stdout: { readonly isTTY?: boolean };
}

export const hangUpPolicy = (terminal: Terminal = process): HangUpPolicy =>
  terminal.stdin.isTTY === true || terminal.stdout.isTTY === true ? 'stop' : 'reload';

/**
 * SIGHUP under a supervisor (policy `reload`): reloads the user device config when the engine has one
 * (`--user-device-config-file`), and otherwise is acknowledged; either way the engine keeps running.
 * `reload` is asked at each signal (the engine may not be up yet). Returns the function that stops listening.
 */
export const listenForReload = (
  logger: Logger,
  reload: () => (() => Promise<boolean>) | undefined = () => undefined,
): (() => void) => {
  const onHangUp = () => {
    const reloadConfig = reload();
    if (!reloadConfig) {
      logger.info({ signal: 'SIGHUP' }, 'SIGHUP: nothing to reload; the engine keeps running');
      return;
    }
    logger.info({ signal: 'SIGHUP' }, 'SIGHUP: reloading the user device config');
    void reloadConfig().catch((error: unknown) =>
      logger.error({ signal: 'SIGHUP', error: messageOf(error) }, 'SIGHUP: the user device config did not reload'),
    );
  };
  process.on('SIGHUP', onHangUp);
  return () => process.off('SIGHUP', onHangUp);
};

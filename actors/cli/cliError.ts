/** A problem the command line reports as one line on stderr, with its exit code (2: bad usage). */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

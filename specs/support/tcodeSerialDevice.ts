/**
 * A simulated TCode device on the far end of a serial line: reads newline-terminated TCode, parses
 * each command as a stroker's firmware would, and keeps its axes' targets. It uses the real
 * `serialport` library on its own pty, so bytes cross the kernel's pty pair.
 */
import { SerialPort } from 'serialport';
import { afterEach } from 'vitest';

export interface TcodeCommand {
  /** Channel, e.g. `L0`, `V1`. */
  readonly channel: string;
  /** The magnitude as the fraction the firmware reads (`L0510` -> 0.51). */
  readonly magnitude: number;
  readonly intervalMs?: number;
}

const open: SerialPort[] = [];

afterEach(async () => {
  for (const port of open.splice(0)) {
    if (port.isOpen) await new Promise((resolve) => port.close(resolve));
  }
});

/** `L0510I200` -> `{ channel: 'L0', magnitude: 0.51, intervalMs: 200 }`; anything else is not TCode. */
export const parseTcodeCommand = (token: string): TcodeCommand | undefined => {
  const match = /^([LRVA])(\d)(\d+)(?:I(\d+))?$/.exec(token);
  if (!match) return undefined;
  const [, type, axis, digits, interval] = match;
  return {
    channel: `${type}${axis}`,
    magnitude: Number(`0.${digits}`),
    ...(interval !== undefined ? { intervalMs: Number(interval) } : {}),
  };
};

export class TcodeSerialDevice {
  /** Every line received, without its newline. */
  readonly lines: string[] = [];
  /** Tokens that were not TCode. */
  readonly garbage: string[] = [];
  /** Where each channel was last sent. */
  readonly targets = new Map<string, TcodeCommand>();
  private pending = '';
  private taken = 0;
  private readonly waiters: ((line: string) => void)[] = [];

  private constructor(private readonly port: SerialPort) {
    port.on('data', (chunk: Buffer) => this.receive(chunk.toString('latin1')));
    port.on('error', () => {});
  }

  static async open(path: string, baudRate = 115200): Promise<TcodeSerialDevice> {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    open.push(port);
    return new TcodeSerialDevice(port);
  }

  /** The next line the device receives (or one already received and not yet taken). */
  nextLine(timeoutMs = 2_000): Promise<string> {
    const taken = this.taken++;
    if (taken < this.lines.length) return Promise.resolve(this.lines[taken]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the TCode device received no line within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
  }

  /** The device lets go of its end of the line. */
  async close(): Promise<void> {
    if (this.port.isOpen) await new Promise((resolve) => this.port.close(resolve));
  }

  /** Sends bytes back to the engine. */
  send(text: string): Promise<void> {
    return new Promise((resolve, reject) => this.port.write(text, (error) => (error ? reject(error) : resolve())));
  }

  private receive(text: string): void {
    this.pending += text;
    let newline: number;
    while ((newline = this.pending.indexOf('\n')) >= 0) {
      const line = this.pending.slice(0, newline);
      this.pending = this.pending.slice(newline + 1);
      this.lines.push(line);
      for (const token of line.split(' ')) {
        const command = parseTcodeCommand(token);
        if (command) this.targets.set(command.channel, command);
        else this.garbage.push(token);
      }
      this.waiters.shift()?.(line);
    }
  }
}

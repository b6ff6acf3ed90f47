/**
 * The `serialport` library behind a small interface: list ports, open one with a configuration's line
 * settings, then bytes in and out. Loaded on demand, so an engine without serial support never loads
 * the native binding, and one whose binding cannot load says so in one sentence.
 */
import { read } from 'node:fs';
import { promisify } from 'node:util';
import type { CommunicationSpecifier } from '../../protocols/config/deviceDefinitions.js';
import { messageOf } from '../../protocols/core/errorText.js';
import { isMissingPackage, missingPackageSentence } from '../optionalPackage.js';

const fsRead = promisify(read);

export type SerialSpecifier = Extract<CommunicationSpecifier, { transport: 'serial' }>;

export interface SerialSettings {
  readonly baudRate: number;
  readonly dataBits: 5 | 6 | 7 | 8;
  readonly stopBits: 1 | 1.5 | 2;
  readonly parity: 'none' | 'even' | 'odd' | 'mark' | 'space';
}

/** An open port. */
export interface SerialLine {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  onData(listener: (data: Uint8Array) => void): void;
  /** The port closed: unplugged, the other end went away, or `close()`. Called once. */
  onClose(listener: (reason: string) => void): void;
}

export interface SerialPortLibrary {
  /** Paths of the ports the operating system lists (pseudo-terminals are not among them). */
  list(): Promise<string[]>;
  open(path: string, settings: SerialSettings): Promise<SerialLine>;
}

const PARITIES: Record<string, SerialSettings['parity']> = { N: 'none', E: 'even', O: 'odd', M: 'mark', S: 'space' };

/** The line settings a serial specifier asks for, or what is wrong with them. */
export const serialSettings = (specifier: SerialSpecifier): SerialSettings | { readonly problem: string } => {
  const { baudRate, dataBits, stopBits, parity } = specifier;
  if (!Number.isInteger(baudRate) || baudRate <= 0)
    return { problem: `baud rate ${baudRate} is not a positive integer` };
  if (![5, 6, 7, 8].includes(dataBits)) return { problem: `data bits ${dataBits} is not 5, 6, 7 or 8` };
  if (![1, 1.5, 2].includes(stopBits)) return { problem: `stop bits ${stopBits} is not 1, 1.5 or 2` };
  const parityName = PARITIES[parity.toUpperCase()];
  if (!parityName) return { problem: `parity "${parity}" is not N, E, O, M or S` };
  return {
    baudRate,
    dataBits: dataBits as SerialSettings['dataBits'],
    stopBits: stopBits as SerialSettings['stopBits'],
    parity: parityName,
  };
};

type SerialPortModule = typeof import('serialport');
type StreamModule = typeof import('@serialport/stream');
type Binding = SerialPortModule['SerialPort']['binding'];

/** What a Unix port binding exposes (Linux, macOS); Windows bindings have no file descriptor. */
interface UnixPort {
  readonly fd: number | null;
  readonly isOpen: boolean;
  readonly poller: { once(event: 'readable', callback: (error?: Error | null) => void): unknown };
  read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }>;
}

const isUnixPort = (port: object): port is UnixPort => 'fd' in port && 'poller' in port;

const RETRY_CODES = new Set(['EAGAIN', 'EWOULDBLOCK', 'EINTR']);

type ReadFd = (fd: number, buffer: Buffer, offset: number, length: number) => Promise<{ bytesRead: number }>;

const readFd: ReadFd = (fd, buffer, offset, length) => fsRead(fd, buffer, offset, length, null);

const portClosed = () => Object.assign(new Error('Port is not open'), { canceled: true });

/**
 * The library's own Unix read retries forever when a read returns no bytes, which is how a tty whose
 * other end hung up (a pulled USB adapter, a closed pseudo-terminal) answers: the process spins and the
 * port never closes. This read treats end of file as the disconnect it is; the stream then closes.
 * A read runs on the thread pool, so the port may close while it is out: closing destroys the native
 * poller, and polling a destroyed one dereferences freed memory (the process dies of SIGSEGV). So the
 * port is checked again after every read before waiting on the poller.
 */
export const hangUpAwareRead =
  (port: Omit<UnixPort, 'read'>, read: ReadFd = readFd) =>
  async (buffer: Buffer, offset: number, length: number) => {
    for (;;) {
      if (!port.isOpen || port.fd === null) throw portClosed();
      try {
        const { bytesRead } = await read(port.fd, buffer, offset, length);
        if (bytesRead === 0) throw new Error('the other end hung up');
        return { buffer, bytesRead };
      } catch (error) {
        if (!RETRY_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        if (!port.isOpen || port.fd === null) throw portClosed();
        await new Promise<void>((resolve, reject) =>
          port.poller.once('readable', (failure) => (failure ? reject(failure) : resolve())),
        );
      }
    }
  };

const hangUpAwareBinding = (base: Binding): Binding =>
  ({
    list: () => base.list(),
    open: async (options: Parameters<Binding['open']>[0]) => {
      const port = await base.open(options as never);
      if (isUnixPort(port)) port.read = hangUpAwareRead(port);
      return port;
    },
  }) as Binding;

const openLine = (
  stream: StreamModule,
  binding: Binding,
  path: string,
  settings: SerialSettings,
): Promise<SerialLine> =>
  new Promise((resolve, reject) => {
    const port = new stream.SerialPortStream({ binding, path, ...settings, autoOpen: false });
    const closeListeners: ((reason: string) => void)[] = [];
    const dataListeners: ((data: Uint8Array) => void)[] = [];
    // Always reading: that is also how a hang-up is noticed while nobody waits for data.
    port.on('data', (chunk: Buffer) => {
      for (const listener of dataListeners) listener(new Uint8Array(chunk));
    });
    let closed = false;
    const closedBecause = (reason: string) => {
      if (closed) return;
      closed = true;
      for (const listener of closeListeners) listener(reason);
    };
    // The stream reports failures as 'error' events; unheard ones would crash the process.
    port.on('error', (error) => {
      if (port.isOpen) port.close(() => closedBecause(`port error: ${error.message}`));
      else closedBecause(`port error: ${error.message}`);
    });
    port.on('close', (error?: { message: string } | null) =>
      closedBecause(error ? `port disconnected: ${error.message}` : 'port closed'),
    );
    port.open((error) => {
      if (error) return reject(new Error(`cannot open serial port ${path}: ${error.message}`));
      resolve({
        write: (data) =>
          new Promise<void>((done, fail) => {
            // The stream would hold a write to a closed port until it reopens, which never happens here.
            if (!port.isOpen) return fail(new Error(`serial port ${path} is closed`));
            port.write(Buffer.from(data), (writeError) => (writeError ? fail(writeError) : done()));
          }),
        close: () =>
          new Promise<void>((done) => {
            if (!port.isOpen) return done();
            port.close(() => done());
          }),
        onData: (listener) => {
          dataListeners.push(listener);
        },
        onClose: (listener) => {
          closeListeners.push(listener);
        },
      });
    });
  });

const SERIAL_PACKAGES = ['serialport', '@serialport/stream'];

/** Loads `serialport`; rejects with a sentence a user can act on when its native binding cannot load. */
export const loadSerialPortLibrary = async (): Promise<SerialPortLibrary> => {
  let module: SerialPortModule;
  let stream: StreamModule;
  try {
    // Importing the library loads its native binding: a missing or incompatible binary fails here.
    [module, stream] = await Promise.all([import('serialport'), import('@serialport/stream')]);
  } catch (error) {
    if (SERIAL_PACKAGES.some((name) => isMissingPackage(error, name)))
      throw new Error(missingPackageSentence('Serial port support is not available', SERIAL_PACKAGES));
    throw new Error(
      `Serial port support is not available: the serialport native binding could not be loaded (${messageOf(error).split('\n')[0]}).`,
    );
  }
  const binding = hangUpAwareBinding(module.SerialPort.binding);
  return {
    list: async () => (await binding.list()).map((port) => port.path),
    open: (path, settings) => openLine(stream, binding, path, settings),
  };
};

/**
 * Issue 9's findings reproduced black-box: the command as a child process (run from any checkout of
 * this repository), a raw WebSocket or IPC client, and a Lovense toy attached over the device
 * WebSocket. Nothing here imports the engine, so it runs against an old build as well as this one:
 *
 *   npx tsx specs/safety/support/foundReproductions.ts [checkout]   (default: this repository)
 *
 * Prints one line per check (PASS: the finding is fixed there; FAIL: it still reproduces) and exits 1
 * if any check failed.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ReadStream } from 'node:tty';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const checkout = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../..'));
const scratch = mkdtempSync(join(tmpdir(), 'bpa-found-'));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const freePort = async (): Promise<number> => {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const port = (probe.address() as { port: number }).port;
  await new Promise((done) => probe.close(done));
  return port;
};

const until = async (predicate: () => boolean, ms: number): Promise<boolean> => {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
};

interface Cli {
  readonly child: ChildProcess;
  stderr: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exit?: { code: number | null; signal: NodeJS.Signals | null };
}

const children = new Set<ChildProcess>();
const cli = (args: string[], stdin: 'pipe' | number = 'pipe'): Cli => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli.ts', ...args], {
    cwd: checkout,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  children.add(child);
  const run: Cli = {
    child,
    stderr: '',
    exited: once(child, 'exit').then(([code, signal]) => {
      children.delete(child);
      run.exit = { code: code as number | null, signal: signal as NodeJS.Signals | null };
      return run.exit;
    }),
  };
  child.stdout!.setEncoding('utf8').on('data', (text: string) => {
    if (process.env['FOUND_DEBUG']) process.stdout.write(`  cli: ${text}`);
  });
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (run.stderr += text));
  return run;
};

const listening = async (port: number, ms = 60_000): Promise<void> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), done(true)));
      socket.once('error', () => done(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`);
    await sleep(100);
  }
};

/** A Lovense Edge on the device WebSocket: answers DeviceType and Battery, records every other command. */
class Toy {
  readonly commands: string[] = [];
  closed = false;
  private constructor(readonly socket: WebSocket) {}
  static async attach(port: number, address = 'A1B2C3D4E5F6', identifier = 'LVSDevice'): Promise<Toy> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}`);
    socket.on('error', () => {});
    const toy = new Toy(socket);
    socket.on('close', () => (toy.closed = true));
    socket.on('message', (data) => {
      const text = String(data);
      if (process.env['FOUND_DEBUG']) console.log('toy got', text);
      if (text === 'DeviceType;') socket.send(Buffer.from(`P:37:${address};`));
      else if (text === 'Battery;') socket.send(Buffer.from('66;'));
      else toy.commands.push(text);
    });
    await once(socket, 'open');
    socket.send(JSON.stringify({ identifier, address, version: 0 }));
    return toy;
  }
  /** The level motor 1 was last set to. */
  get level(): number | undefined {
    const last = this.commands.filter((c) => c.startsWith('Vibrate1:') || c.startsWith('Vibrate:')).at(-1);
    return last === undefined ? undefined : Number(/:(\d+);/.exec(last)?.[1]);
  }
}

type Message = Record<string, Record<string, unknown>>;

/** A raw client over WebSocket or IPC: frames in, every frame out counted. */
class Client {
  readonly messages: Message[] = [];
  frames = 0;
  closed = false;
  private constructor(private readonly write: (text: string) => void) {}

  static async websocket(port: number): Promise<Client & { socket: WebSocket }> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}`);
    socket.on('error', () => {});
    const client = Object.assign(new Client((text) => socket.send(text)), { socket });
    socket.on('message', (data) => client.take(String(data)));
    socket.on('close', () => (client.closed = true));
    await once(socket, 'open');
    return client;
  }

  static async ipc(path: string): Promise<Client & { socket: Socket }> {
    const socket = connect(path);
    socket.on('error', () => {});
    const client = Object.assign(new Client((text) => socket.write(`${text}\n`)), { socket });
    let buffered = '';
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => {
      buffered += text;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) client.take(line);
    });
    socket.on('close', () => (client.closed = true));
    await once(socket, 'connect');
    return client;
  }

  private take(text: string): void {
    this.frames += 1;
    // Only what a check looks at is kept (a flood of errors is counted, not stored).
    for (const message of JSON.parse(text) as Message[])
      if (this.messages.length < 10_000 || message['Error']?.['Id'] !== 0) this.messages.push(message);
  }

  send(text: string): void {
    this.write(text);
  }

  has(type: string, id?: number): boolean {
    return this.messages.some((m) => m[type] !== undefined && (id === undefined || m[type]!['Id'] === id));
  }

  async answered(type: string, id: number, ms = 3_000): Promise<boolean> {
    return until(() => this.has(type, id), ms);
  }

  /** Handshake, scan until the toy is listed, and set it vibrating at 12. */
  async driveToyAt12(toy: Toy, pinging = false): Promise<void> {
    this.send(
      '[{"RequestServerInfo":{"Id":1,"ClientName":"repro","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]',
    );
    if (!(await this.answered('ServerInfo', 1, 10_000))) throw new Error('no ServerInfo');
    const pings = pinging ? setInterval(() => this.send('[{"Ping":{"Id":100}}]'), 200) : undefined;
    const isListed = () =>
      this.messages.some(
        (m) =>
          (m['DeviceList'] && Object.keys(m['DeviceList']['Devices'] as object).length > 0) ||
          m['DeviceAdded'] !== undefined,
      );
    // A scan may end before the toy's hello is read: scan again until it is listed.
    let listed = false;
    for (let scan = 0; scan < 8 && !listed; scan++) {
      // The toy may be in the engine already (the device server takes a toy when it says hello): ask.
      this.send(`[{"StartScanning":{"Id":${200 + scan}}},{"RequestDeviceList":{"Id":${300 + scan}}}]`);
      listed = await until(isListed, 2_000);
    }
    if (!listed) throw new Error(`the toy was never listed: ${JSON.stringify(this.messages).slice(0, 400)}`);
    this.send('[{"OutputCmd":{"Id":3,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":12}}}}]');
    const ok = await this.answered('Ok', 3);
    clearInterval(pings);
    if (!ok || !(await until(() => toy.level === 12, 2_000))) throw new Error('the toy did not reach 12');
  }

  end(): void {
    const socket = (this as unknown as { socket: WebSocket | Socket }).socket;
    if (socket instanceof WebSocket) socket.close();
    else socket.destroy();
  }
}

/** An engine with the device WebSocket server, its WebSocket port and a toy attached. */
const engineWithToy = async (extra: string[] = [], stdin: 'pipe' | number = 'pipe') => {
  const port = await freePort();
  const devicePort = await freePort();
  const run = cli(
    [
      '--websocket-port',
      String(port),
      '--use-device-websocket-server',
      '--device-websocket-server-port',
      String(devicePort),
      ...extra,
    ],
    stdin,
  );
  await listening(port);
  await listening(devicePort);
  const toy = await Toy.attach(devicePort);
  return { run, port, devicePort, toy };
};

const nested = (levels: number, inside = '0') => `${'['.repeat(levels)}${inside}${']'.repeat(levels)}`;

/** Drives the toy, sends `hostile`, then checks a Ping is answered, the toy stops when the client leaves, and a new client is served. */
const wedgeCheck = async (hostile: string, via: 'websocket' | 'ipc' = 'websocket'): Promise<string[]> => {
  const ipcPath = join(scratch, `w${Math.random().toString(36).slice(2, 8)}.sock`);
  const { run, port, toy } = await engineWithToy(via === 'ipc' ? ['--ipc-path', ipcPath] : []);
  const client = via === 'ipc' ? await Client.ipc(ipcPath) : await Client.websocket(port);
  await client.driveToyAt12(toy);
  client.send(hostile);
  client.send('[{"Ping":{"Id":9}}]');
  const problems: string[] = [];
  if (!(await client.answered('Ok', 9))) problems.push('no reply to a Ping after it (wedged)');
  client.end();
  if (!(await until(() => toy.level === 0, 3_000))) problems.push(`toy left at ${toy.level} after the client left`);
  const next = via === 'ipc' ? await Client.ipc(ipcPath) : await Client.websocket(port);
  next.send('[{"RequestServerInfo":{"Id":1,"ClientName":"next","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]');
  if (!(await next.answered('ServerInfo', 1))) problems.push('the next client hangs at the handshake');
  next.end();
  run.child.kill('SIGKILL');
  return problems;
};

const checks: Record<string, () => Promise<string[]>> = {
  'F1 WebSocket: [{"Ping":[[...3,000 levels]]}]': () => wedgeCheck(`[{"Ping":${nested(3_000)}}]`),
  'F1 IPC: an OutputCmd Value 3,000 levels deep': () =>
    wedgeCheck(
      `[{"OutputCmd":{"Id":5,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":${nested(3_000)}}}}}]`,
      'ipc',
    ),
  'F1 --max-ping-time 1000 after a nested frame': async () => {
    const { run, port, toy } = await engineWithToy(['--max-ping-time', '1000']);
    const client = await Client.websocket(port);
    await client.driveToyAt12(toy, true);
    client.send(`[{"Ping":${nested(3_000)}}]`);
    await sleep(4_000);
    run.child.kill('SIGKILL');
    return toy.level === 0 ? [] : [`toy at ${toy.level} 4 s after the last ping`];
  },
  'F1 SIGTERM after a nested frame': async () => {
    const { run, port, toy } = await engineWithToy();
    const client = await Client.websocket(port);
    await client.driveToyAt12(toy);
    client.send(`[{"Ping":${nested(3_000)}}]`);
    await sleep(300);
    run.child.kill('SIGTERM');
    const exit = await Promise.race([run.exited, sleep(10_000).then(() => undefined)]);
    await until(() => toy.closed, 2_000);
    run.child.kill('SIGKILL');
    const problems: string[] = [];
    if (toy.level !== 0) problems.push(`toy left at ${toy.level} (exit ${JSON.stringify(exit)})`);
    return problems;
  },
  'F11 WebSocket: Ping Id 50,000 levels deep': () => wedgeCheck(`[{"Ping":{"Id":${nested(50_000)}}}]`),
  'F2 WebSocket: a 1 MiB frame [0,0,...]': async () => {
    const { run, port, toy } = await engineWithToy();
    const client = await Client.websocket(port);
    await client.driveToyAt12(toy);
    const before = client.frames;
    client.send(`[${new Array(524_000).fill('0').join(',')}]`);
    client.send('[{"Ping":{"Id":9}}]');
    const problems: string[] = [];
    if (!(await client.answered('Ok', 9, 5_000))) problems.push('no Ping reply within 5 s');
    const replies = client.frames - before - 1;
    if (replies > 1) problems.push(`${replies} reply frames to one frame`);
    client.end();
    if (!(await until(() => toy.level === 0, 2_000))) problems.push(`toy at ${toy.level} 2 s after the client left`);
    run.child.kill('SIGKILL');
    return problems;
  },
  'F2 IPC: 100,000 lines of [0], then a Ping': async () => {
    const ipcPath = join(scratch, 'flood.sock');
    const { run, toy } = await engineWithToy(['--ipc-path', ipcPath]);
    const client = await Client.ipc(ipcPath);
    await client.driveToyAt12(toy);
    const before = client.frames;
    const cpuOf = () => {
      const stat = readFileSync(`/proc/${run.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(stat[11]) + Number(stat[12])) * 10; // utime + stime, in ms at 100 ticks/s
    };
    const cpu = cpuOf();
    client.send('[0]\n'.repeat(99_999) + '[0]');
    client.send('[{"Ping":{"Id":9}}]');
    const problems: string[] = [];
    if (!(await until(() => client.has('Ok', 9) || client.closed, 60_000))) problems.push('no Ping reply in 60 s');
    if (client.closed) problems.push('the client was dropped');
    const replies = client.frames - before;
    console.log(
      `    (engine CPU for the flood: ${cpuOf() - cpu} ms, reply frames: ${replies}, session alive: ${!client.closed})`,
    );
    run.child.kill('SIGKILL');
    return problems;
  },
  'F3 SIGHUP with a terminal': async () => {
    const native = (
      createRequire(join(checkout, 'package.json'))('@lydell/node-pty/requireBinary.js') as {
        requireBinary(file: string): { open(cols: number, rows: number): { master: number; slave: number } };
      }
    ).requireBinary('pty.node');
    const { master, slave } = native.open(80, 24);
    const masterStream = new ReadStream(master);
    masterStream.on('error', () => {});
    masterStream.resume();
    const { run, port, toy } = await engineWithToy([], slave);
    const client = await Client.websocket(port);
    await client.driveToyAt12(toy);
    run.child.kill('SIGHUP');
    const exit = await Promise.race([run.exited, sleep(10_000).then(() => undefined)]);
    await until(() => toy.closed, 2_000);
    run.child.kill('SIGKILL');
    masterStream.destroy();
    closeSync(slave);
    return toy.level === 0 ? [] : [`toy left at ${toy.level} (exit ${JSON.stringify(exit)})`];
  },
  'F4 IPC: a client that never reads': async () => {
    const ipcPath = join(scratch, 'noread.sock');
    const { run, toy } = await engineWithToy(['--ipc-path', ipcPath]);
    const client = await Client.ipc(ipcPath);
    await client.driveToyAt12(toy);
    client.socket.pause();
    const request = `[${new Array(200).fill('{"RequestDeviceList":{"Id":7}}').join(',')}]`;
    for (let i = 0; i < 2_000 && !client.closed; i++) {
      client.send(request);
      await new Promise((done) => setImmediate(done));
    }
    const problems: string[] = [];
    if (!(await until(() => client.closed, 20_000))) problems.push('still connected 20 s after it stopped reading');
    if (!(await until(() => toy.level === 0, 2_000))) problems.push(`toy at ${toy.level}`);
    run.child.kill('SIGKILL');
    return problems;
  },
  'F5 a denied WebSocket device sending 8 MiB': async () => {
    // An allow list naming another toy: this one is denied, and talks anyway.
    const allowList = join(checkout, 'specs/config/fixtures/user-allow-list.json');
    const { run, devicePort } = await engineWithToy(['--user-device-config-file', allowList]);
    const stranger = await Toy.attach(devicePort, 'FFEEDDCCBBAA');
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    for (let i = 0; i < 128 && !stranger.closed; i++) {
      stranger.socket.send(chunk);
      await new Promise((done) => setImmediate(done));
    }
    const closed = await until(() => stranger.closed, 3_000);
    run.child.kill('SIGKILL');
    return closed ? [] : ['8 MiB accepted and buffered, still connected'];
  },
  'F6 a WebSocket client beside an IPC client': async () => {
    const ipcPath = join(scratch, 'two.sock');
    const { run, port, toy } = await engineWithToy(['--ipc-path', ipcPath]);
    const holder = await Client.ipc(ipcPath);
    await holder.driveToyAt12(toy);
    const intruder = await Client.websocket(port);
    intruder.send(
      '[{"RequestServerInfo":{"Id":1,"ClientName":"intruder","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]',
    );
    await until(() => intruder.has('ServerInfo') || intruder.has('Error'), 3_000);
    const problems: string[] = [];
    if (intruder.has('ServerInfo')) problems.push('the second client was admitted');
    intruder.end();
    await sleep(500);
    if (toy.level !== 12) problems.push(`the first client's toy changed to ${toy.level} without notice`);
    run.child.kill('SIGKILL');
    return problems;
  },
  'F6 the REST API beside a WebSocket client': async () => {
    const restPort = await freePort();
    const { run, port, toy } = await engineWithToy(['--rest-api-port', String(restPort)]);
    await listening(restPort);
    const holder = await Client.websocket(port);
    await holder.driveToyAt12(toy);
    const reply = await fetch(`http://127.0.0.1:${restPort}/api/v1/devices/0/outputs/Vibrate/1`, { method: 'PUT' });
    await reply.text();
    await sleep(300);
    run.child.kill('SIGKILL');
    const problems: string[] = [];
    if (reply.status !== 409) problems.push(`REST answered ${reply.status}`);
    if (toy.level !== 12) problems.push(`REST drove the app's toy to ${toy.level}`);
    return problems;
  },
  'F7 a hello reusing a connected address': async () => {
    const { run, port, devicePort, toy } = await engineWithToy();
    const client = await Client.websocket(port);
    await client.driveToyAt12(toy);
    const usurper = await Toy.attach(devicePort);
    await until(() => toy.closed, 3_000);
    run.child.kill('SIGKILL');
    usurper.socket.terminate();
    return toy.level === 0 ? [] : [`old connection closed: ${toy.closed}, old toy left at ${toy.level}`];
  },
  'F7 a browser Origin on the device server': async () => {
    const { run, devicePort } = await engineWithToy();
    const socket = new WebSocket(`ws://127.0.0.1:${devicePort}`, { origin: 'https://web-page.example' });
    socket.on('error', () => {});
    const outcome = await Promise.race([
      once(socket, 'open').then(() => 'accepted'),
      once(socket, 'unexpected-response').then(
        ([, response]) => `refused ${(response as { statusCode: number }).statusCode}`,
      ),
    ]);
    socket.terminate();
    run.child.kill('SIGKILL');
    return outcome.startsWith('refused') ? [] : ['a browser origin was accepted'];
  },
  'F8 --ipc-path naming a regular file': async () => {
    const file = join(scratch, 'precious.txt');
    writeFileSync(file, 'precious');
    const run = cli(['--websocket-port', String(await freePort()), '--ipc-path', file]);
    const exit = await Promise.race([run.exited, sleep(30_000).then(() => undefined)]);
    run.child.kill('SIGKILL');
    const problems: string[] = [];
    const kept = existsSync(file) && statSync(file).isFile() && readFileSync(file, 'utf8') === 'precious';
    if (!kept) problems.push('the file was deleted (a socket listens in its place)');
    if (exit?.code !== 2) problems.push(`exit ${JSON.stringify(exit)}`);
    return problems;
  },
  'F8 --ipc-path longer than the socket limit': async () => {
    const path = join(scratch, `${'x'.repeat(120)}.sock`);
    const run = cli(['--websocket-port', String(await freePort()), '--ipc-path', path]);
    const exit = await Promise.race([run.exited, sleep(30_000).then(() => undefined)]);
    run.child.kill('SIGKILL');
    return exit?.code === 2 ? [] : [`exit ${JSON.stringify(exit)} (the path was accepted)`];
  },
  'F9 a FIFO as the user config file': async () => {
    const fifo = join(scratch, 'config.fifo');
    execFileSync('mkfifo', [fifo]);
    const run = cli(['--websocket-port', String(await freePort()), '--user-device-config-file', fifo]);
    const exit = await Promise.race([run.exited, sleep(20_000).then(() => undefined)]);
    run.child.kill('SIGKILL');
    return exit?.code === 2 ? [] : [`exit ${JSON.stringify(exit)} after 20 s (start-up hangs)`];
  },
  'F10 a config file nested 100,000 deep': async () => {
    const file = join(scratch, 'deep.json');
    writeFileSync(file, nested(100_000));
    const run = cli(['--websocket-port', String(await freePort()), '--device-config-file', file]);
    const exit = await Promise.race([run.exited, sleep(30_000).then(() => undefined)]);
    run.child.kill('SIGKILL');
    const problems: string[] = [];
    if (exit?.code !== 2) problems.push(`exit ${JSON.stringify(exit)}`);
    if (!run.stderr.includes(file) || run.stderr.trim().split('\n').length !== 1)
      problems.push(`stderr: ${run.stderr.slice(0, 120).replace(/\n/g, ' | ')}`);
    return problems;
  },
  'F10 a config file holding null': async () => {
    const file = join(scratch, 'null.json');
    writeFileSync(file, 'null');
    const run = cli(['--websocket-port', String(await freePort()), '--device-config-file', file]);
    const exit = await Promise.race([run.exited, sleep(30_000).then(() => undefined)]);
    run.child.kill('SIGKILL');
    const problems: string[] = [];
    if (exit?.code !== 2) problems.push(`exit ${JSON.stringify(exit)}`);
    if (run.stderr.length > 300) problems.push(`${run.stderr.length} bytes on stderr`);
    return problems;
  },
  'F10 a protocol named __proto__': async () => {
    const upstream = JSON.parse(
      readFileSync(join(checkout, 'specs/conformance/upstream/device-config/buttplug-device-config-v4.json'), 'utf8'),
    ) as { version: unknown; protocols: Record<string, unknown> };
    const [, entry] = Object.entries(upstream.protocols)[0]!;
    const file = join(scratch, 'proto.json');
    writeFileSync(
      file,
      `{"version":${JSON.stringify(upstream.version)},"protocols":{"__proto__":${JSON.stringify(entry)}}}`,
    );
    const run = cli(['--websocket-port', String(await freePort()), '--device-config-file', file]);
    const exit = await Promise.race([run.exited, sleep(15_000).then(() => undefined)]);
    run.child.kill('SIGKILL');
    return exit?.code === 2 ? [] : [`accepted silently (exit ${JSON.stringify(exit)})`];
  },
};

const only = process.env['FOUND_ONLY'];
let failed = 0;
console.log(`issue 9 findings against ${checkout}`);
for (const [name, check] of Object.entries(checks)) {
  if (only && !name.startsWith(only)) continue;
  const problems = await check().catch((error: unknown) => [`error: ${(error as Error).message}`]);
  for (const child of children) child.kill('SIGKILL');
  if (problems.length > 0) failed += 1;
  console.log(`${problems.length === 0 ? 'PASS' : 'FAIL'} ${name}${problems.length ? `: ${problems.join('; ')}` : ''}`);
}
rmSync(scratch, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);

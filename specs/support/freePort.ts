import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago (for programs that must be told their port). */
export const freePort = async (): Promise<number> => {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const port = (probe.address() as { port: number }).port;
  await new Promise((done) => probe.close(done));
  return port;
};

/**
 * The mDNS advertisement over this machine's real multicast: the advertiser's and an app's
 * multicast-dns sockets on port 5353, group 224.0.0.251, sending through the loopback interface
 * (multicast loop on), so nothing leaves the machine. Where loopback carries no multicast (some
 * network namespaces), the probe says why (its errno, or silence) in the test's name, and the test
 * asserts only what still holds on those sockets: the advertiser starts and stops without failing.
 * Other runs may advertise on the same group at the same time: each run's instance name is its own.
 */
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { createServer, connect, type Server } from 'node:net';
import { Bonjour, type Service } from 'bonjour-service';
import { describe, expect, it } from 'vitest';
import { MdnsAdvertiser } from '../../actors/services/mdnsAdvertiser.js';
import { onCleanup, waitFor } from '../support/engine.js';

const GROUP = '224.0.0.251';
const LOOPBACK = '127.0.0.1';
/** Send through loopback, receive on the wildcard address (a socket bound to 127.0.0.1 gets no group datagrams). */
const LOOPBACK_MULTICAST = { interface: LOOPBACK, bind: '0.0.0.0' } as const;

type Capability = { readonly multicast: true } | { readonly multicast: false; readonly why: string };

/** One datagram to the mDNS group through loopback, on a port of its own: does it come back? */
const probeLoopbackMulticast = (): Promise<Capability> =>
  new Promise((resolve) => {
    const receiver = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    const sender = dgram.createSocket('udp4');
    const token = randomBytes(8).toString('hex');
    const finish = (result: Capability) => {
      clearTimeout(timer);
      receiver.close();
      sender.close();
      resolve(result);
    };
    const failed = (step: string) => (error: NodeJS.ErrnoException) =>
      finish({ multicast: false, why: `${step}: ${error.code ?? error.message} (errno ${error.errno ?? '?'})` });
    const timer = setTimeout(() => finish({ multicast: false, why: 'no datagram came back within 2 s' }), 2_000);
    receiver.on('error', failed('bind'));
    sender.on('error', failed('send'));
    receiver.on('message', (data) => {
      if (String(data) === token) finish({ multicast: true });
    });
    receiver.bind(0, () => {
      try {
        receiver.addMembership(GROUP, LOOPBACK);
      } catch (error) {
        return failed('addMembership')(error as NodeJS.ErrnoException);
      }
      sender.bind(0, () => {
        try {
          sender.setMulticastInterface(LOOPBACK);
          sender.setMulticastLoopback(true);
        } catch (error) {
          return failed('setMulticastInterface')(error as NodeJS.ErrnoException);
        }
        sender.send(token, receiver.address().port, GROUP, (error) => {
          if (error) failed('send')(error as NodeJS.ErrnoException);
        });
      });
    });
  });

const capability = await probeLoopbackMulticast();

/** A real listener, so the advertised port is one an app can connect to. */
const listening = async (): Promise<{ server: Server; port: number }> => {
  const server = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  onCleanup(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { server, port: (server.address() as { port: number }).port };
};

/** An app browsing for Intiface over real multicast, seeing only this run's instance. */
const browse = (instance: string) => {
  const bonjour = new Bonjour(LOOPBACK_MULTICAST as never);
  onCleanup(() => new Promise<void>((resolve) => bonjour.destroy(() => resolve())));
  const up: Service[] = [];
  const down: Service[] = [];
  const browser = bonjour.find({ type: 'intiface_engine', protocol: 'tcp' });
  browser.on('up', (service: Service) => service.name === instance && up.push(service));
  browser.on('down', (service: Service) => service.name === instance && down.push(service));
  return { up, down };
};

describe(
  capability.multicast
    ? 'the mDNS advertisement over real multicast on the loopback interface'
    : `the mDNS advertisement where loopback carries no multicast (${capability.why})`,
  () => {
    if (capability.multicast) {
      it('is browsed with the real port, the suffix and TXT path=/, and withdrawn by a goodbye on stop', async () => {
        const suffix = `Real ${randomBytes(4).toString('hex')}`;
        const instance = `Intiface ${suffix}`;
        const { port } = await listening();
        const app = browse(instance);
        const advertiser = MdnsAdvertiser.start({ port, suffix, multicastDns: LOOPBACK_MULTICAST });
        onCleanup(() => advertiser.stop());

        await waitFor(() => app.up.length > 0, 10_000, 'the service to be found over multicast');
        const [found] = app.up;
        expect(found).toMatchObject({
          name: instance,
          type: 'intiface_engine',
          protocol: 'tcp',
          port,
          txt: { path: '/' },
        });
        // The port found is the one really listened on: an app can connect to it.
        await new Promise<void>((resolve, reject) =>
          connect(found!.port, LOOPBACK).once('connect', resolve).once('error', reject),
        );

        await advertiser.stop();
        await waitFor(() => app.down.length > 0, 3_000, 'the goodbye over multicast');
        expect(app.down[0]?.name).toBe(instance);
      }, 20_000);
    } else {
      it('says why, and the advertiser still starts and stops cleanly on the same real sockets', async () => {
        expect(capability.why).toMatch(
          /^(bind|addMembership|setMulticastInterface|send): E[A-Z]+ \(errno -?\d+\)$|^no datagram came back within 2 s$/,
        );
        const { port } = await listening();
        const advertiser = MdnsAdvertiser.start({
          port,
          suffix: `Real ${randomBytes(4).toString('hex')}`,
          multicastDns: LOOPBACK_MULTICAST,
        });
        await advertiser.stop();
        expect(advertiser.service.published).toBe(false);
      }, 20_000);
    }
  },
);

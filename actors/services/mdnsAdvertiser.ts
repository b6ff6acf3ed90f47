/**
 * `--broadcast-server-mdns`: advertises the WebSocket server on the local network as Intiface Engine
 * does (service type `_intiface_engine._tcp`, TXT `path=/`), but with the port really listened on
 * (Intiface always says 12345) and the instance name `Intiface <suffix>` (`--mdns-suffix`; Intiface
 * ignores it and always picks 6 random characters, which we do only when no suffix is given).
 *
 * Only a server reachable from the network is advertised: one bound to loopback gets a warning
 * instead. Stopping sends the goodbye (TTL 0) records, so browsers drop the service at once.
 */
import { randomInt } from 'node:crypto';
import { Bonjour, type Service } from 'bonjour-service';
import { errorFields, silentLogger, type Logger } from '../../protocols/core/logger.js';

export const MDNS_SERVICE_TYPE = 'intiface_engine';

export interface MdnsAdvertiserOptions {
  /** The WebSocket server's port. */
  readonly port: number;
  readonly suffix?: string;
  /**
   * Options for the underlying multicast-dns socket (its `interface`, `ttl`...). Tests pass
   * `{ socket, multicast: false }` to run the protocol over an in-memory network.
   */
  readonly multicastDns?: Readonly<Record<string, unknown>>;
  readonly logger?: Logger;
}

/** True for an address other machines can reach the server on (not loopback). */
export const isNetworkReachable = (host: string): boolean =>
  !(host === 'localhost' || host === '::1' || host.startsWith('127.') || host === '::ffff:127.0.0.1');

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomSuffix = (): string =>
  Array.from({ length: 6 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');

export class MdnsAdvertiser {
  private stopping: Promise<void> | undefined;

  private constructor(
    private readonly bonjour: Bonjour,
    readonly service: Service,
    private readonly logger: Logger,
  ) {}

  get instanceName(): string {
    return this.service.name;
  }

  /** Starts advertising (probing for a name clash first, as mDNS requires). */
  static start(options: MdnsAdvertiserOptions): MdnsAdvertiser {
    const logger = (options.logger ?? silentLogger).child({ service: 'mdns' });
    // Socket errors (no multicast route, port taken) are warnings: the engine serves clients without mDNS.
    const bonjour = new Bonjour(options.multicastDns as never, (error: unknown) =>
      logger.warn(errorFields(error), 'mDNS advertisement failed; clients must be given the address'),
    );
    const name = `Intiface ${options.suffix ?? randomSuffix()}`;
    const service = bonjour.publish({
      name,
      type: MDNS_SERVICE_TYPE,
      protocol: 'tcp',
      port: options.port,
      txt: { path: '/' },
    });
    service.on('error', (error: unknown) => logger.warn(errorFields(error), 'mDNS advertisement failed'));
    logger.info({ name, type: `_${MDNS_SERVICE_TYPE}._tcp`, port: options.port }, 'advertising the server over mDNS');
    return new MdnsAdvertiser(bonjour, service, logger);
  }

  /** Withdraws the advertisement (goodbye records) and closes the socket. */
  stop(): Promise<void> {
    this.stopping ??= new Promise<void>((resolve) => {
      const timer = setTimeout(finish, 1_000);
      timer.unref();
      let done = false;
      function finish() {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve();
      }
      this.bonjour.unpublishAll(() => this.bonjour.destroy(finish));
    }).then(() => this.logger.debug('mDNS advertisement withdrawn'));
    return this.stopping;
  }
}

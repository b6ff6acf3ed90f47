/**
 * Toys connected to the Lovense Connect app (phone or desktop), reached over its local HTTP API.
 *
 * The app is at the address given (`http://192.168.1.23:30010`), or, without one, wherever Lovense's
 * lookup service says apps on this network are (asked while scanning until one is known, every 10 s).
 * Each look (`scanOnce`, run by the DCM machine's poll loop every second, the fastest the apps are known
 * to bear, while scanning or while any toy is connected) asks each app for its toy list: while
 * scanning, connected toys are offered to the
 * engine; for connected toys, the list updates their battery, and a toy the list drops or marks
 * disconnected is gone. An app that stops answering takes its toys with it (and is forgotten if the
 * lookup service named it).
 */
import type { Logger } from '../../protocols/core/logger.js';
import type { DcmEvents, DeviceCommunicationManager, PollLook } from '../deviceCommunicationManager.js';
import { HardwareError, type DiscoveredDevice } from '../hardware.js';
import { appAddress, fetchToys, lookUpApps, type LovenseToy } from './lovenseConnectApi.js';
import { LovenseConnectHardware } from './lovenseConnectHardware.js';
import { messageOf } from '../../protocols/core/errorText.js';

export const LOVENSE_LOOKUP_URL = 'https://api.lovense.com/api/lan/getToys';

export interface LovenseConnectDcmOptions {
  /** The app's address, e.g. `http://192.168.1.23:30010`; no lookup service is asked then. */
  readonly address?: string;
  /** Where to ask for apps on the network when no address is given (default: Lovense's lookup service). */
  readonly lookupUrl?: string;
  /** How often each app's toy list is read (default 1000 ms). */
  readonly pollIntervalMs?: number;
  /** How often the lookup service is asked while scanning and no app is known (default 10000 ms). */
  readonly lookupIntervalMs?: number;
  /** Bound for each HTTP request (default 3000 ms). */
  readonly requestTimeoutMs?: number;
}

export class LovenseConnectDcm implements DeviceCommunicationManager {
  readonly name = 'lovense-connect';
  private readonly fixedApp: string | undefined;
  private readonly addressProblem: string | undefined;
  /** Apps the lookup service named. */
  private readonly foundApps = new Set<string>();
  /** Connected toys by id. */
  private readonly toys = new Map<string, LovenseConnectHardware>();
  private events: DcmEvents | undefined;
  private logger: Logger | undefined;
  private lastLookup = Number.NEGATIVE_INFINITY;
  /** Apps that did not answer the last poll, so their silence is reported once, not every second. */
  private readonly silentApps = new Set<string>();
  private lookupFailed = false;

  readonly pollIntervalMs: number;

  constructor(private readonly options: LovenseConnectDcmOptions = {}) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    if (options.address === undefined) return;
    const app = appAddress(options.address);
    if (typeof app === 'string') this.fixedApp = app;
    else this.addressProblem = app.problem;
  }

  async start(events: DcmEvents, logger: Logger): Promise<void> {
    if (this.addressProblem) throw new Error(this.addressProblem);
    this.events = events;
    this.logger = logger;
    logger.info({ app: this.fixedApp ?? `found through ${this.lookupUrl}` }, 'Lovense Connect ready');
  }

  async startScanning(): Promise<void> {
    if (!this.events) throw new Error('the Lovense Connect manager is not started');
    this.lastLookup = Number.NEGATIVE_INFINITY;
  }

  async stopScanning(): Promise<void> {}

  async stop(): Promise<void> {
    this.events = undefined;
    for (const toy of this.toys.values()) toy.gone('the engine is shutting down');
    this.toys.clear();
  }

  isWatching(): boolean {
    return this.toys.size > 0;
  }

  private get lookupUrl(): string {
    return this.options.lookupUrl ?? LOVENSE_LOOKUP_URL;
  }

  /** Asks every known app for its toys: updates connected toys, and offers new ones while scanning. */
  async scanOnce(look: PollLook): Promise<void> {
    if (!this.events) return;
    try {
      for (const app of await this.apps(look.scanning)) await this.pollApp(app, look);
    } catch (error) {
      this.logger?.warn({ reason: messageOf(error) }, 'Lovense Connect poll failed');
    }
  }

  /** The apps to ask: the given one, or those the lookup service named (asked again while scanning and none is known). */
  private async apps(scanning: boolean): Promise<string[]> {
    if (this.fixedApp) return [this.fixedApp];
    const lookupDue = Date.now() - this.lastLookup >= (this.options.lookupIntervalMs ?? 10_000);
    if (scanning && this.foundApps.size === 0 && lookupDue) {
      this.lastLookup = Date.now();
      try {
        for (const app of await lookUpApps(this.lookupUrl, this.options.requestTimeoutMs ?? 3_000))
          this.foundApps.add(app);
        this.logger?.info({ apps: [...this.foundApps] }, 'Lovense Connect apps found');
        this.lookupFailed = false;
      } catch (error) {
        this.logger?.[this.lookupFailed ? 'debug' : 'warn'](
          { reason: messageOf(error) },
          'cannot ask the Lovense lookup service for apps',
        );
        this.lookupFailed = true;
      }
    }
    return [...this.foundApps];
  }

  private async pollApp(app: string, { scanning, signal }: PollLook): Promise<void> {
    let listed: LovenseToy[];
    try {
      listed = await fetchToys(app, this.options.requestTimeoutMs ?? 3_000);
    } catch (error) {
      const reason = `the Lovense Connect app at ${app} stopped answering: ${messageOf(error)}`;
      this.logger?.[this.silentApps.has(app) ? 'debug' : 'warn'](
        { app, reason: messageOf(error) },
        'Lovense Connect app not answering',
      );
      this.silentApps.add(app);
      this.foundApps.delete(app);
      for (const toy of [...this.toys.values()]) if (toy.app === app) toy.gone(reason);
      return;
    }
    if (this.silentApps.delete(app)) this.logger?.info({ app }, 'Lovense Connect app answering again');
    const byId = new Map(listed.map((toy) => [toy.id, toy]));
    for (const hardware of [...this.toys.values()]) {
      if (hardware.app !== app) continue;
      const toy = byId.get(hardware.address);
      if (!toy) hardware.gone('the Lovense Connect app no longer lists the toy');
      else if (!toy.connected) hardware.gone('the toy disconnected from the Lovense Connect app');
      else hardware.update(toy.battery);
    }
    if (!scanning || signal.aborted) return;
    for (const toy of listed) {
      if (toy.connected && !this.toys.has(toy.id)) this.events?.deviceFound(this.discovered(app, toy));
    }
  }

  private discovered(app: string, toy: LovenseToy): DiscoveredDevice {
    return {
      info: { transport: 'lovenseConnectService', name: toy.name, address: toy.id },
      connect: async (specifier) => {
        if (!this.events) throw new HardwareError('the Lovense Connect manager is stopped');
        if (specifier.transport !== 'lovenseConnectService')
          throw new HardwareError(`a Lovense Connect toy cannot connect as ${specifier.transport}`);
        const hardware = new LovenseConnectHardware({
          name: toy.name,
          address: toy.id,
          app,
          battery: toy.battery,
          requestTimeoutMs: this.options.requestTimeoutMs ?? 3_000,
        });
        this.toys.set(toy.id, hardware);
        hardware.onEvent((event) => {
          if (event.type === 'disconnected' && this.toys.get(toy.id) === hardware) this.toys.delete(toy.id);
        });
        return hardware;
      },
    };
  }
}

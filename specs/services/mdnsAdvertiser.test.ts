import { Bonjour, type Service } from 'bonjour-service';
import { describe, expect, it } from 'vitest';
import { isNetworkReachable, MdnsAdvertiser } from '../../actors/services/mdnsAdvertiser.js';
import { onCleanup, waitFor } from '../support/engine.js';
import { MemoryMulticastNetwork } from '../support/memoryMulticast.js';

/** A browser on the in-memory network, as an app looking for Intiface would run one. */
const browse = (network: MemoryMulticastNetwork) => {
  const bonjour = new Bonjour({ socket: network.socket(), multicast: false } as never);
  onCleanup(() => new Promise<void>((resolve) => bonjour.destroy(() => resolve())));
  const up: Service[] = [];
  const down: Service[] = [];
  const browser = bonjour.find({ type: 'intiface_engine', protocol: 'tcp' });
  browser.on('up', (service) => up.push(service));
  browser.on('down', (service) => down.push(service));
  return { up, down };
};

describe('the mDNS advertisement (--broadcast-server-mdns)', () => {
  it('is found by a browser with the real port, the suffix and TXT path=/, and withdrawn on stop', async () => {
    const network = new MemoryMulticastNetwork();
    const app = browse(network);
    const advertiser = MdnsAdvertiser.start({
      port: 23456,
      suffix: 'Bedroom',
      multicastDns: { socket: network.socket(), multicast: false },
    });
    onCleanup(() => advertiser.stop());
    await waitFor(() => app.up.length === 1, 5_000, 'the service to be found');
    const [found] = app.up;
    expect(found).toMatchObject({
      name: 'Intiface Bedroom',
      type: 'intiface_engine',
      protocol: 'tcp',
      port: 23456,
      txt: { path: '/' },
    });
    await advertiser.stop();
    await waitFor(() => app.down.length === 1, 2_000, 'the goodbye');
    expect(app.down[0]?.name).toBe('Intiface Bedroom');
  });

  it("advertises Intiface's records, with 6 random characters when no suffix is given", async () => {
    const network = new MemoryMulticastNetwork();
    const advertiser = MdnsAdvertiser.start({
      port: 4321,
      multicastDns: { socket: network.socket(), multicast: false },
    });
    onCleanup(() => advertiser.stop());
    expect(advertiser.instanceName).toMatch(/^Intiface [A-Za-z0-9]{6}$/);
    const records = advertiser.service.records();
    expect(records.find((record) => record.type === 'PTR')).toMatchObject({
      name: '_intiface_engine._tcp.local',
      data: `${advertiser.instanceName}._intiface_engine._tcp.local`,
    });
    expect(records.find((record) => record.type === 'SRV')?.data).toMatchObject({ port: 4321 });
    expect(records.find((record) => record.type === 'TXT')?.data).toEqual([Buffer.from('path=/')]);
  });

  it('only counts addresses off this machine as reachable from the network', () => {
    expect(isNetworkReachable('0.0.0.0')).toBe(true);
    expect(isNetworkReachable('192.168.1.20')).toBe(true);
    expect(isNetworkReachable('127.0.0.1')).toBe(false);
    expect(isNetworkReachable('127.1.2.3')).toBe(false);
    expect(isNetworkReachable('::1')).toBe(false);
    expect(isNetworkReachable('localhost')).toBe(false);
  });
});

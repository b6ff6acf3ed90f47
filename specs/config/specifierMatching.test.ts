import { describe, expect, it } from 'vitest';
import {
  connectionSpecifier,
  createDeviceConfig,
  matchProtocols,
  specifiersOf,
  type UserConfig,
} from '../../protocols/config/deviceConfig.js';
import type {
  CommunicationSpecifier,
  DiscoveryInfo,
  ManufacturerData,
} from '../../protocols/config/deviceDefinitions.js';
import { defineDevices } from '../../protocols/config/deviceData.js';

const SERVICES = { '0000fff0-0000-1000-8000-00805f9b34fb': { tx: '0000fff2-0000-1000-8000-00805f9b34fb' } };

const protocol = (name: string, ...communication: CommunicationSpecifier[]) =>
  defineDevices({ name, communication, defaults: { id: '00000000-0000-4000-8000-000000000000', name, features: [] } });

const database = [
  protocol('named', { transport: 'btle', names: ['Exact Name', 'PRE-*', 'MV Tenuto   '], services: SERVICES }),
  protocol('maker', {
    transport: 'btle',
    names: ['maker placeholder'],
    manufacturerData: [{ company: 620, data: [255, 33] }, { company: 3840 }],
    services: SERVICES,
  }),
  protocol('advertiser', {
    transport: 'btle',
    names: ['advertiser placeholder'],
    advertisedServices: ['50300001-0023-4bd4-bbd5-a6920e4c5653'],
    services: SERVICES,
  }),
  protocol('serial-toy', {
    transport: 'serial',
    port: 'default',
    baudRate: 115200,
    dataBits: 8,
    stopBits: 1,
    parity: 'N',
  }),
  protocol('hid-toy', {
    transport: 'hid',
    pairs: [
      { vendorId: 1155, productId: 22352 },
      { vendorId: 1, productId: 2 },
    ],
  }),
  protocol('usb-toy', { transport: 'usb', pairs: [{ vendorId: 1155, productId: 22352 }] }),
  protocol('ws-toy', { transport: 'websocket', name: 'WSToy' }),
  protocol('pad', { transport: 'xinput' }),
  protocol('connect', { transport: 'lovenseConnectService' }),
];

const matches = (info: DiscoveryInfo, user: UserConfig = {}) =>
  matchProtocols(createDeviceConfig(database, user), info).map((m) => m.protocol);

const ble = (
  name: string,
  extra: { manufacturerData?: ManufacturerData[]; advertisedServices?: string[] } = {},
): DiscoveryInfo => ({
  transport: 'btle',
  name,
  address: 'AA:BB',
  ...extra,
});

describe('matching a discovered device to protocols', () => {
  it('matches BLE names exactly, trailing spaces included', () => {
    expect(matches(ble('Exact Name'))).toEqual(['named']);
    expect(matches(ble('MV Tenuto   '))).toEqual(['named']);
    expect(matches(ble('MV Tenuto'))).toEqual([]);
    expect(matches(ble('Exact Name 2'))).toEqual([]);
    expect(matches(ble('exact name'))).toEqual([]);
  });

  it('matches a name ending in * as a prefix, on either side', () => {
    expect(matches(ble('PRE-123'))).toEqual(['named']);
    expect(matches(ble('PRE-'))).toEqual(['named']);
    expect(matches(ble('PRE'))).toEqual([]);
    expect(matches(ble('xPRE-1'))).toEqual([]);
    expect(matches(ble('Exact*'))).toEqual(['named']);
  });

  it('matches manufacturer data: same company, and one byte list inside the other (contiguously) or no bytes on one side', () => {
    const data = (company: number, bytes?: number[]) =>
      ble('unknown', { manufacturerData: [bytes ? { company, data: bytes } : { company }] });
    expect(matches(data(620, [255, 33]))).toEqual(['maker']);
    expect(matches(data(620, [1, 255, 33, 7]))).toEqual(['maker']);
    expect(matches(data(620, [33]))).toEqual(['maker']);
    expect(matches(data(620, []))).toEqual(['maker']);
    expect(matches(data(620))).toEqual(['maker']);
    expect(matches(data(620, [255, 1, 33]))).toEqual([]);
    expect(matches(data(620, [33, 255]))).toEqual([]);
    expect(matches(data(621, [255, 33]))).toEqual([]);
    expect(matches(data(3840, [9, 9, 9]))).toEqual(['maker']);
    expect(matches(ble('unknown', { manufacturerData: [] }))).toEqual([]);
  });

  it('matches advertised services, whatever the case of the UUID', () => {
    expect(matches(ble('unknown', { advertisedServices: ['50300001-0023-4BD4-BBD5-A6920E4C5653'] }))).toEqual([
      'advertiser',
    ]);
    expect(matches(ble('unknown', { advertisedServices: ['0000fff0-0000-1000-8000-00805f9b34fb'] }))).toEqual([]);
  });

  it('matches serial devices by port name only, so the database\'s "default" port needs a user specifier', () => {
    const port = (name: string): DiscoveryInfo => ({ transport: 'serial', name, address: name, port: name });
    expect(matches(port('/dev/ttyUSB0'))).toEqual([]);
    expect(matches(port('default'))).toEqual(['serial-toy']);
    const user: UserConfig = {
      communication: {
        'serial-toy': [
          { transport: 'serial', port: '/dev/ttyUSB0', baudRate: 9600, dataBits: 7, stopBits: 2, parity: 'E' },
        ],
      },
    };
    const [match] = matchProtocols(createDeviceConfig(database, user), port('/dev/ttyUSB0'));
    expect(match).toEqual({ protocol: 'serial-toy', specifier: user.communication!['serial-toy']![0] });
  });

  it('matches HID and USB devices by any vendor/product pair, each on its own transport', () => {
    const device = (transport: 'hid' | 'usb', vendorId: number, productId: number): DiscoveryInfo => ({
      transport,
      name: 'x',
      address: 'x',
      vendorId,
      productId,
    });
    expect(matches(device('hid', 1155, 22352))).toEqual(['hid-toy']);
    expect(matches(device('hid', 1, 2))).toEqual(['hid-toy']);
    expect(matches(device('usb', 1155, 22352))).toEqual(['usb-toy']);
    expect(matches(device('hid', 1155, 2))).toEqual([]);
  });

  it('matches WebSocket devices by exact name, without wildcards', () => {
    const ws = (identifier: string): DiscoveryInfo => ({
      transport: 'websocket',
      name: identifier,
      address: 'ws',
      identifier,
    });
    expect(matches(ws('WSToy'))).toEqual(['ws-toy']);
    expect(matches(ws('WSToy2'))).toEqual([]);
    expect(
      matches(ws('LVSDevice'), { communication: { named: [{ transport: 'websocket', name: 'LVSDevice' }] } }),
    ).toEqual(['named']);
    expect(matches(ws('LVSDevice'), { communication: { named: [{ transport: 'websocket', name: 'LVS*' }] } })).toEqual(
      [],
    );
  });

  it('matches XInput pads and Lovense Connect toys by their transport', () => {
    expect(matches({ transport: 'xinput', name: 'pad 1', address: '0' })).toEqual(['pad']);
    expect(matches({ transport: 'lovenseConnectService', name: 'Lush', address: 'lc' })).toEqual(['connect']);
  });

  it('never matches across transports', () => {
    expect(matches({ transport: 'serial', name: 'Exact Name', address: 'x', port: 'Exact Name' })).toEqual([]);
    expect(matches(ble('WSToy'))).toEqual([]);
  });

  it('checks user specifiers first, lists each protocol once, and skips user specifiers of protocols not in the database', () => {
    const user: UserConfig = {
      communication: {
        advertiser: [{ transport: 'btle', names: ['PRE-*'], services: {} }],
        named: [{ transport: 'btle', names: ['PRE-1'], services: {} }],
        ghost: [{ transport: 'btle', names: ['PRE-*'], services: SERVICES }],
      },
    };
    expect(matches(ble('PRE-1'), user)).toEqual(['advertiser', 'named']);
    expect(matches(ble('PRE-1'))).toEqual(['named']);
  });

  it("connects a user BLE specifier without services through the database's service map", () => {
    const config = createDeviceConfig(database, {
      communication: { maker: [{ transport: 'btle', names: ['MY-TOY'], services: {} }] },
    });
    const [match] = matchProtocols(config, ble('MY-TOY'));
    expect(connectionSpecifier(config, match!)).toEqual(database[1]!.communication[0]);
  });

  it('lists the specifiers of one transport, user ones first, for the managers that need them (serial ports, WebSocket names)', () => {
    const config = createDeviceConfig(database, {
      communication: {
        'serial-toy': [
          { transport: 'serial', port: '/dev/ttyUSB0', baudRate: 9600, dataBits: 8, stopBits: 1, parity: 'N' },
        ],
        'ws-toy': [{ transport: 'websocket', name: 'LVSDevice' }],
        ghost: [{ transport: 'websocket', name: 'Nobody drives me' }],
      },
    });
    expect(specifiersOf(config, 'serial').map((s) => s.port)).toEqual(['/dev/ttyUSB0', 'default']);
    expect(specifiersOf(config, 'websocket').map((s) => s.name)).toEqual(['LVSDevice', 'WSToy']);
    expect(specifiersOf(config, 'hid')).toHaveLength(1);
  });
});

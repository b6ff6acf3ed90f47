/**
 * `ButtplugClient` with the official `buttplug` 5.x API, on top of our client. Ours does the work:
 * matching replies to requests, pinging when the server asks for it (the official client never pings
 * and is dropped by servers with a MaxPingTime), rejecting pending requests when the link drops (the
 * official client leaves them pending forever), timeouts, validation of what the server sends.
 */
import { EventEmitter } from 'eventemitter3';
import { ButtplugClient as NativeClient } from '../client/buttplugClient.js';
import type { ButtplugClientDevice as NativeDevice } from '../client/clientDevice.js';
import type { MessageV4 } from '../../protocols/buttplug/messages.js';
import { adoptDevice, ButtplugClientDevice } from './clientDevice.js';
import { ConnectorBridge, type IButtplugClientConnector } from './connector.js';
import { ButtplugClientConnectorException, compatCall } from './exceptions.js';
import { ButtplugLogger } from './logging.js';
import { SYSTEM_MESSAGE_ID, type InputReading } from './messages.js';

export interface ButtplugClientServerInfo {
  readonly serverName: string;
  readonly maxPingTime: number;
  readonly protocolVersionMajor: number;
  readonly protocolVersionMinor: number;
}

/**
 * Events: `deviceadded` (device), `deviceremoved` (device), `scanningfinished` (the message),
 * `inputreading` (a reading from a sensor subscription), `disconnect`.
 */
export class ButtplugClient extends EventEmitter {
  private readonly _native: NativeClient;
  private readonly _devices = new Map<number, ButtplugClientDevice>();
  private readonly _logger = ButtplugLogger.Logger;
  private _isScanning = false;
  private _serverInfo: { readonly from: MessageV4<'ServerInfo'>; readonly info: ButtplugClientServerInfo } | undefined;

  constructor(clientName: string = 'Generic Buttplug Client') {
    super();
    this._native = new NativeClient(clientName);
    this._native.on('deviceadded', this.onDeviceAdded);
    this._native.on('deviceremoved', this.onDeviceRemoved);
    this._native.on('scanningfinished', this.onScanningFinished);
    this._native.on('inputreading', this.onInputReading);
    this._native.on('disconnect', this.onDisconnect);
    this._native.on('pingtimeout', () => this._logger.Error('ButtplugClient: the server pinged us out'));
    this._native.on('error', (error) => this._logger.Error(`ButtplugClient: ${error.message}`));
    this._logger.Debug(`ButtplugClient: Client ${clientName} created.`);
  }

  get connected(): boolean {
    return this._native.connected;
  }

  /** The devices by index (a copy); throws when not connected. */
  get devices(): ReadonlyMap<number, ButtplugClientDevice> {
    this.checkConnector();
    return new Map(this._devices);
  }

  get isScanning(): boolean {
    return this._isScanning;
  }

  get serverInfo(): ButtplugClientServerInfo | undefined {
    const from = this._native.serverInfo;
    if (!from) return undefined;
    if (this._serverInfo?.from !== from) {
      this._serverInfo = {
        from,
        info: Object.freeze({
          serverName: from.ServerName,
          maxPingTime: from.MaxPingTime,
          protocolVersionMajor: from.ProtocolVersionMajor,
          protocolVersionMinor: from.ProtocolVersionMinor,
        }),
      };
    }
    return this._serverInfo.info;
  }

  connect = async (connector: IButtplugClientConnector): Promise<void> => {
    this._logger.Info(`ButtplugClient: Connecting using ${connector.constructor.name}`);
    await compatCall(() => this._native.connect(new ConnectorBridge(connector)));
    this._logger.Info(`ButtplugClient: Connected to Server ${this.serverInfo?.serverName ?? ''}`);
  };

  /** Tells the server goodbye (it stops every device) and closes the connector. */
  disconnect = async (): Promise<void> => {
    this._logger.Debug('ButtplugClient: Disconnect called');
    // Devices go without `deviceremoved`, as in the official client.
    this._devices.clear();
    this.checkConnector();
    await compatCall(() => this._native.disconnect());
  };

  startScanning = async (): Promise<void> => {
    this._logger.Debug('ButtplugClient: StartScanning called');
    this._isScanning = true;
    this.checkConnector();
    await compatCall(() => this._native.startScanning());
  };

  stopScanning = async (): Promise<void> => {
    this._logger.Debug('ButtplugClient: StopScanning called');
    this._isScanning = false;
    this.checkConnector();
    await compatCall(() => this._native.stopScanning());
  };

  stopAllDevices = async (): Promise<void> => {
    this._logger.Debug('ButtplugClient: StopCmd (all devices)');
    this.checkConnector();
    await compatCall(() => this._native.stopAllDevices());
  };

  protected checkConnector(): void {
    if (!this.connected) throw new ButtplugClientConnectorException('ButtplugClient not connected');
  }

  private readonly onDeviceAdded = (native: NativeDevice): void => {
    const device = ButtplugClientDevice[adoptDevice](native, (messages) => this._native.requestAll(messages));
    this._devices.set(device.index, device);
    this._logger.Debug(`ButtplugClient: Adding Device: ${device.name}`);
    this.emit('deviceadded', device);
  };

  private readonly onDeviceRemoved = (native: NativeDevice): void => {
    const device = this._devices.get(native.index);
    if (!device) return;
    this._devices.delete(native.index);
    // Our client drops every device when the connection ends; the official client announces none then.
    if (!this._native.connected) return;
    device.emitDisconnected();
    this.emit('deviceremoved', device);
  };

  private readonly onScanningFinished = (): void => {
    this._isScanning = false;
    this.emit('scanningfinished', { ScanningFinished: { Id: SYSTEM_MESSAGE_ID } });
  };

  private readonly onInputReading = (message: MessageV4<'InputReading'>): void => {
    const device = this._devices.get(message.DeviceIndex);
    if (!device) return;
    const reading: InputReading = {
      Id: message.Id,
      DeviceIndex: message.DeviceIndex,
      FeatureIndex: message.FeatureIndex,
      Reading: message.Reading as InputReading['Reading'],
    };
    for (const each of device.emitInputReading(reading)) this.emit('inputreading', each);
  };

  private readonly onDisconnect = (): void => {
    this._logger.Info('ButtplugClient: Disconnect event received.');
    this.emit('disconnect');
  };
}

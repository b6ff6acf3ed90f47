/**
 * The official client's logger: one process-wide `ButtplugLogger.Logger` that prints to the console
 * and emits `log` events, each up to its own level (both `Off` by default).
 */
import { EventEmitter } from 'eventemitter3';

export enum ButtplugLogLevel {
  Off = 0,
  Error = 1,
  Warn = 2,
  Info = 3,
  Debug = 4,
  Trace = 5,
}

export class LogMessage {
  private timestamp: string;
  private logMessage: string;
  private logLevel: ButtplugLogLevel;

  constructor(logMessage: string, logLevel: ButtplugLogLevel) {
    const now = new Date();
    this.timestamp = `${now.getHours()}:${now.getMinutes()}:${now.getSeconds()}`;
    this.logMessage = logMessage;
    this.logLevel = logLevel;
  }

  get Message(): string {
    return this.logMessage;
  }

  get LogLevel(): ButtplugLogLevel {
    return this.logLevel;
  }

  get Timestamp(): string {
    return this.timestamp;
  }

  get FormattedMessage(): string {
    return `${ButtplugLogLevel[this.logLevel]} : ${this.timestamp} : ${this.logMessage}`;
  }
}

export class ButtplugLogger extends EventEmitter {
  protected static sLogger: ButtplugLogger | undefined = undefined;
  protected maximumConsoleLogLevel: ButtplugLogLevel = ButtplugLogLevel.Off;
  protected maximumEventLogLevel: ButtplugLogLevel = ButtplugLogLevel.Off;

  /** The one logger of the process. */
  static get Logger(): ButtplugLogger {
    return (ButtplugLogger.sLogger ??= new ButtplugLogger());
  }

  protected constructor() {
    super();
  }

  get MaximumConsoleLogLevel(): ButtplugLogLevel {
    return this.maximumConsoleLogLevel;
  }

  set MaximumConsoleLogLevel(level: ButtplugLogLevel) {
    this.maximumConsoleLogLevel = level;
  }

  get MaximumEventLogLevel(): ButtplugLogLevel {
    return this.maximumEventLogLevel;
  }

  set MaximumEventLogLevel(level: ButtplugLogLevel) {
    this.maximumEventLogLevel = level;
  }

  Error(msg: string): void {
    this.AddLogMessage(msg, ButtplugLogLevel.Error);
  }

  Warn(msg: string): void {
    this.AddLogMessage(msg, ButtplugLogLevel.Warn);
  }

  Info(msg: string): void {
    this.AddLogMessage(msg, ButtplugLogLevel.Info);
  }

  Debug(msg: string): void {
    this.AddLogMessage(msg, ButtplugLogLevel.Debug);
  }

  Trace(msg: string): void {
    this.AddLogMessage(msg, ButtplugLogLevel.Trace);
  }

  protected AddLogMessage(msg: string, level: ButtplugLogLevel): void {
    const toConsole = level <= this.maximumConsoleLogLevel;
    const toEvents = level <= this.maximumEventLogLevel;
    if (!toConsole && !toEvents) return;
    const message = new LogMessage(msg, level);
    if (toConsole) console.log(message.FormattedMessage);
    if (toEvents) this.emit('log', message);
  }
}

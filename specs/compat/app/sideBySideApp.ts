/**
 * An app written for the official `buttplug` 5.0.2 npm client, as its users write them. The
 * side-by-side tests run it unchanged against `buttplug` and against `buttplug-actors/compat` (only
 * the module `buttplug` resolves to differs) and compare what it logs and what the devices received.
 * It uses named imports and the default import, every output type through `runOutput`, battery, RSSI
 * and pressure reads, a sensor subscription, stops, and every client, device and feature event.
 *
 * `hooks` is the test's hand on the hardware: the app calls it where a user would do something.
 */
import buttplug, {
  ButtplugClient,
  ButtplugClientConnectorException,
  ButtplugDeviceError,
  ButtplugError,
  ButtplugInitError,
  ButtplugMessageError,
  ButtplugPingError,
  ButtplugUnknownError,
  DeviceOutput,
  ErrorClass,
  InputCommandType,
  InputType,
  OutputType,
  type ButtplugClientDevice,
  type ButtplugClientInputReading,
  type DeviceOutputCommand,
  type IButtplugClientDeviceFeature,
} from 'buttplug';

export interface AppHooks {
  /** The app listens to the pressure sensor: the test makes the device send two readings. */
  sensorSubscribed(): Promise<void>;
  /** The test takes the small device away (out of range). */
  removeSmallDevice(): Promise<void>;
}

const until = async (done: () => boolean, what: string, timeoutMs = 3_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`app: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const ERROR_CLASSES = {
  ButtplugClientConnectorException,
  ButtplugDeviceError,
  ButtplugInitError,
  ButtplugMessageError,
  ButtplugPingError,
  ButtplugUnknownError,
};

/** How the app reports a failure: the error's class (by `instanceof`: bundles rename classes) and code. */
const describe = (error: unknown): string => {
  if (error instanceof ButtplugError) {
    const name = Object.entries(ERROR_CLASSES).find(([, type]) => error instanceof type)?.[0] ?? 'ButtplugError';
    return `${name}(${ErrorClass[error.ErrorClass]}): ${error.message}`;
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `${typeof error}: ${String(error)}`;
};

const json = (value: unknown) => JSON.stringify(value);

const featureLine = (feature: IButtplugClientDeviceFeature) =>
  `  feature ${feature.index} descriptor=${json(feature.descriptor)} featureDescriptor=${json(feature.featureDescriptor)}` +
  ` outputs=${json([...feature.outputs.values()])} inputs=${json([...feature.inputs.values()])}`;

const readingLine = (where: string, reading: ButtplugClientInputReading) =>
  `${where} inputreading device ${reading.device.index} feature ${reading.feature.index} ${reading.inputType}=${reading.value}`;

/** Every output type, and the mistakes apps make, through `device.runOutput`. */
const OUTPUTS: readonly (readonly [string, () => DeviceOutputCommand])[] = [
  ['Vibrate.percent(0.5)', () => DeviceOutput.Vibrate.percent(0.5)],
  ['Vibrate.value(7)', () => DeviceOutput.Vibrate.value(7)],
  ['Rotate.percent(0.25)', () => DeviceOutput.Rotate.percent(0.25)],
  ['Rotate.value(-3)', () => DeviceOutput.Rotate.value(-3)],
  ['Oscillate.percent(1)', () => DeviceOutput.Oscillate.percent(1)],
  ['Constrict.steps(2)', () => DeviceOutput.Constrict.steps(2)],
  ['Inflate.percent(0.5)', () => DeviceOutput.Inflate.percent(0.5)],
  ['Temperature.percent(0.75)', () => DeviceOutput.Temperature.percent(0.75)],
  ['Led.value(1)', () => DeviceOutput.Led.value(1)],
  ['Spray.percent(0.3)', () => DeviceOutput.Spray.percent(0.3)],
  ['Position.percent(0.4)', () => DeviceOutput.Position.percent(0.4)],
  ['PositionWithDuration.percent(1, 500)', () => DeviceOutput.PositionWithDuration.percent(1, 500)],
  ['HwPositionWithDuration.value(20, 250)', () => DeviceOutput.HwPositionWithDuration.value(20, 250)],
  ['Vibrate.value(21)', () => DeviceOutput.Vibrate.value(21)],
  ['HwPositionWithDuration.value(50, 20000)', () => DeviceOutput.HwPositionWithDuration.value(50, 20_000)],
  ['HwPositionWithDuration.value(50, undefined)', () => DeviceOutputCommandOf(OutputType.HwPositionWithDuration, 50)],
  ['Vibrate.percent(1.5)', () => DeviceOutput.Vibrate.percent(1.5)],
  ['Vibrate.value(Infinity)', () => DeviceOutput.Vibrate.value(Number.POSITIVE_INFINITY)],
  ['Vibrate.percent(0)', () => DeviceOutput.Vibrate.percent(0)],
];

/** The static constructor, as apps that build commands from data use it (through the default import). */
const DeviceOutputCommandOf = (type: OutputType, value: number) =>
  buttplug.DeviceOutputCommand.createValue(type, value);

export const runApp = async (url: string, hooks: AppHooks): Promise<string[]> => {
  const log: string[] = [];
  const added: string[] = [];
  const client = new ButtplugClient('Side-by-side app');
  client.on('deviceadded', (device: ButtplugClientDevice) => added.push(`${device.index} ${device.name}`));
  client.on('deviceremoved', (device: ButtplugClientDevice) => log.push(`client deviceremoved ${device.index}`));
  let scanFinished = 0;
  let scanFinishedWith = '';
  client.on('scanningfinished', (message: unknown) => {
    scanFinished++;
    scanFinishedWith = json(message);
  });
  const readings: ButtplugClientInputReading[] = [];
  client.on('inputreading', (reading: ButtplugClientInputReading) => {
    readings.push(reading);
    log.push(readingLine('client', reading));
  });
  client.on('disconnect', () => log.push('client disconnect'));

  // Connect (the connector through the default import, as CommonJS apps write it)
  log.push(`connected before: ${client.connected}`);
  await client.connect(new buttplug.ButtplugNodeWebsocketClientConnector(url));
  log.push(`connected: ${client.connected} serverInfo=${json(client.serverInfo)}`);

  // Scan
  await client.startScanning();
  // (A short simulated scan may already be over: then isScanning is false again.)
  log.push(`scanning or finished: ${client.isScanning || scanFinished > 0}`);
  await until(() => client.devices.size === 2 && scanFinished > 0, 'two devices and the end of the scan');
  log.push(`scan finished ${scanFinished}x with ${scanFinishedWith}, scanning: ${client.isScanning}`);
  log.push(`added: ${added.sort().join(', ')}`);

  // The device list
  const devices = [...client.devices.values()].sort((a, b) => a.index - b.index);
  const everything = devices.find((d) => d.name === 'Test Everything')!;
  const small = devices.find((d) => d.name === 'Test Vibe')!;
  for (const device of devices) {
    log.push(
      `device ${device.index} ${json(device.name)} displayName=${json(device.displayName)} gap=${device.messageTimingGap}`,
    );
    for (const feature of device.features.values()) log.push(featureLine(feature));
    for (const check of [
      () => `hasOutput(Vibrate)=${device.hasOutput(OutputType.Vibrate)}`,
      () => `hasOutput(Rotate)=${device.hasOutput(OutputType.Rotate)}`,
      () => `hasInput(Battery)=${device.hasInput(InputType.Battery)}`,
    ]) {
      try {
        log.push(`  ${check()}`);
      } catch (error) {
        log.push(`  device check threw ${describe(error)}`);
      }
    }
  }

  // Every output type
  for (const [name, command] of OUTPUTS) {
    try {
      await everything.runOutput(command());
      log.push(`runOutput ${name}: ok`);
    } catch (error) {
      log.push(`runOutput ${name}: ${describe(error)}`);
    }
  }
  const rightMotor = everything.features.get(1)!;
  await rightMotor.runOutput(DeviceOutput.Vibrate.percent(1));
  log.push(`feature 1 runOutput Vibrate.percent(1): ok`);
  await everything.features
    .get(9)!
    .runOutput(DeviceOutput.Vibrate.percent(1))
    .then(
      () => log.push('feature 9 runOutput: ok'),
      (error: unknown) => log.push(`feature 9 runOutput: ${describe(error)}`),
    );
  await small.runOutput(DeviceOutput.Vibrate.percent(0.5));
  log.push('small runOutput Vibrate.percent(0.5): ok');

  // Sensors: battery, RSSI and pressure reads
  for (const device of devices) log.push(`device ${device.index} battery: ${await device.battery()}`);
  const rssiFeatures = [...everything.features.values()].filter((f) => f.hasInput(InputType.RSSI));
  if (rssiFeatures.length === 0) log.push('no RSSI sensor');
  for (const feature of rssiFeatures) {
    const reading = await feature.runInput(InputType.RSSI, InputCommandType.Read);
    log.push(`RSSI: ${reading?.value} (${reading?.inputType})`);
  }
  const pressure = [...everything.features.values()].find((f) => f.hasInput(InputType.Pressure))!;
  const read = await pressure.runInput(InputType.Pressure, InputCommandType.Read);
  log.push(
    `pressure read: ${read?.value} same device: ${read?.device === everything} same feature: ${read?.feature === pressure}`,
  );
  await pressure
    .runInput(InputType.Battery, InputCommandType.Read)
    .catch((error: unknown) => log.push(`battery on the pressure feature: ${describe(error)}`));

  // A sensor subscription: readings arrive on the feature, the device and the client
  pressure.on('inputreading', (reading: ButtplugClientInputReading) => log.push(readingLine('feature', reading)));
  everything.on('inputreading', (reading: ButtplugClientInputReading) => log.push(readingLine('device', reading)));
  log.push(`subscribe: ${json(await pressure.runInput(InputType.Pressure, InputCommandType.Subscribe))}`);
  await hooks.sensorSubscribed();
  await until(() => readings.length === 2, 'two pressure readings');
  log.push(`unsubscribe: ${json(await pressure.runInput(InputType.Pressure, InputCommandType.Unsubscribe))}`);

  // Stops
  await everything.stop();
  log.push('device stop: ok');
  await small.runOutput(DeviceOutput.Vibrate.percent(1));
  await client.stopAllDevices();
  log.push('stopAllDevices: ok');
  await client.stopScanning();
  log.push(`stopScanning: ok, scanning: ${client.isScanning}`);

  // A device goes away
  small.on('deviceremoved', () => log.push(`device ${small.index} deviceremoved (device event)`));
  await hooks.removeSmallDevice();
  await until(() => log.includes(`client deviceremoved ${small.index}`), 'the small device to go');
  log.push(`devices left: ${[...client.devices.keys()].join(', ')}`);

  // Disconnect
  await client.disconnect();
  log.push(`connected after disconnect: ${client.connected}`);
  try {
    log.push(`devices after disconnect: ${client.devices.size}`);
  } catch (error) {
    log.push(`devices after disconnect: ${describe(error)}`);
  }
  await client
    .startScanning()
    .catch((error: unknown) => log.push(`startScanning after disconnect: ${describe(error)}`));
  return log;
};

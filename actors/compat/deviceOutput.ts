/**
 * Output commands as the official client builds them: `DeviceOutput.Vibrate.percent(0.5)`,
 * `DeviceOutput.Position.value(40)`, `DeviceOutput.PositionWithDuration.percent(1, 500)`.
 * A command holds either a raw value (a step of the feature's range) or a percent (0..1 of the range,
 * turned into a step by the feature that runs it).
 */
import { ButtplugDeviceError } from './exceptions.js';
import { OutputType } from './messages.js';

type Amount =
  { readonly value: number; readonly percent?: undefined } | { readonly percent: number; readonly value?: undefined };

const valueAmount = (value: number): Amount => {
  if (!Number.isFinite(value)) throw new ButtplugDeviceError(`Output value ${value} is not finite`);
  return { value };
};

const percentAmount = (percent: number): Amount => {
  // `!(in range)` rather than `out of range`, so NaN is refused too.
  if (!(percent >= 0 && percent <= 1)) {
    throw new ButtplugDeviceError(`Percent value ${percent} is not in the range 0.0 <= x <= 1.0`);
  }
  return { percent };
};

export class DeviceOutputCommand {
  private constructor(
    private readonly _outputType: OutputType,
    private readonly _value: Amount,
    private readonly _duration?: number,
  ) {}

  static createValue(outputType: OutputType, value: number, duration?: number): DeviceOutputCommand {
    return new DeviceOutputCommand(outputType, valueAmount(value), duration);
  }

  static createPercent(outputType: OutputType, percent: number, duration?: number): DeviceOutputCommand {
    return new DeviceOutputCommand(outputType, percentAmount(percent), duration);
  }

  get outputType(): OutputType {
    return this._outputType;
  }

  get value(): number | undefined {
    return this._value.value;
  }

  get percent(): number | undefined {
    return this._value.percent;
  }

  get duration(): number | undefined {
    return this._duration;
  }
}

export class DeviceOutputValueConstructor {
  constructor(private readonly _outputType: OutputType) {}

  value(value: number): DeviceOutputCommand {
    return DeviceOutputCommand.createValue(this._outputType, value);
  }

  /** @deprecated Use value() for v4 output ranges. */
  steps(steps: number): DeviceOutputCommand {
    return this.value(steps);
  }

  percent(percent: number): DeviceOutputCommand {
    return DeviceOutputCommand.createPercent(this._outputType, percent);
  }
}

export class DeviceOutputPositionWithDurationConstructor {
  value(value: number, duration: number): DeviceOutputCommand {
    return DeviceOutputCommand.createValue(OutputType.HwPositionWithDuration, value, duration);
  }

  /** @deprecated Use value() for v4 output ranges. */
  steps(steps: number, duration: number): DeviceOutputCommand {
    return this.value(steps, duration);
  }

  percent(percent: number, duration: number): DeviceOutputCommand {
    return DeviceOutputCommand.createPercent(OutputType.HwPositionWithDuration, percent, duration);
  }
}

export class DeviceOutput {
  private constructor() {}

  static get Vibrate(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Vibrate);
  }
  static get Rotate(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Rotate);
  }
  static get Oscillate(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Oscillate);
  }
  static get Constrict(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Constrict);
  }
  static get Inflate(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Inflate);
  }
  static get Temperature(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Temperature);
  }
  static get Led(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Led);
  }
  static get Spray(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Spray);
  }
  static get Position(): DeviceOutputValueConstructor {
    return new DeviceOutputValueConstructor(OutputType.Position);
  }
  static get PositionWithDuration(): DeviceOutputPositionWithDurationConstructor {
    return new DeviceOutputPositionWithDurationConstructor();
  }
  static get HwPositionWithDuration(): DeviceOutputPositionWithDurationConstructor {
    return new DeviceOutputPositionWithDurationConstructor();
  }
}

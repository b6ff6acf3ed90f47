/**
 * What a session asks of the device manager, whatever spec version the client speaks. Legacy
 * messages become these too; a legacy command that sets several features becomes one `output`
 * request with several commands and gets one answer.
 */
import type { InputCommand, InputType } from './featureTypes.js';
import type { OutputCommand } from './messages.js';

export type EngineRequest =
  | { readonly kind: 'startScanning'; readonly id: number }
  | { readonly kind: 'stopScanning'; readonly id: number }
  | { readonly kind: 'requestDeviceList'; readonly id: number }
  | {
      readonly kind: 'output';
      readonly id: number;
      readonly deviceIndex: number;
      readonly commands: readonly { readonly featureIndex: number; readonly command: OutputCommand }[];
    }
  | {
      readonly kind: 'input';
      readonly id: number;
      readonly deviceIndex: number;
      readonly featureIndex: number;
      readonly type: InputType;
      readonly command: InputCommand;
    }
  | {
      readonly kind: 'stop';
      readonly id: number;
      readonly deviceIndex?: number;
      readonly featureIndex?: number;
      readonly inputs: boolean;
      readonly outputs: boolean;
    };

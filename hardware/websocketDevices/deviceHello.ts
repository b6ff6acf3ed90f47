/**
 * The first frame a WebSocket device sends: a JSON text naming what it is and which one it is,
 * `{"identifier":"LVSDevice","address":"8A3D9FAC2A45","version":0}`. The identifier is matched against
 * the configuration's `websocket` specifiers; the address identifies this very device (allow and deny
 * lists, index reuse when it comes back). Extra keys are ignored, as the reference does.
 */
import * as Either from 'effect/Either';
import * as ParseResult from 'effect/ParseResult';
import * as Schema from 'effect/Schema';

const Text = Schema.String.annotations({ message: () => 'must be a string' }).pipe(
  Schema.minLength(1, { message: () => 'must not be empty' }),
  Schema.maxLength(256, { message: () => 'is longer than 256 characters' }),
);

const DeviceHelloSchema = Schema.Struct({
  identifier: Text,
  address: Text,
  version: Schema.Int.annotations({ message: () => 'must be a non-negative integer' }).pipe(
    Schema.nonNegative({ message: () => 'must be a non-negative integer' }),
  ),
}).annotations({ message: () => 'expected an object with identifier, address and version' });

export type DeviceHello = typeof DeviceHelloSchema.Type;

const decode = Schema.decodeUnknownEither(Schema.parseJson(DeviceHelloSchema));

/** The hello, or what is wrong with it in a sentence short enough for a close frame. */
export const decodeDeviceHello = (text: string): { readonly hello: DeviceHello } | { readonly problem: string } => {
  const result = decode(text);
  if (Either.isRight(result)) return { hello: result.right };
  const [issue] = ParseResult.ArrayFormatter.formatErrorSync(result.left);
  const field = issue && issue.path.length > 0 ? `${issue.path.join('.')} ` : '';
  return { problem: `invalid hello: ${field}${issue?.message ?? 'not a JSON object'}` };
};

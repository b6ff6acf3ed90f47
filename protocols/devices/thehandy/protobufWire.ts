/**
 * Just enough of the protobuf wire format to build The Handy's messages. As proto3 encoders do,
 * scalar fields holding their default (0, false) are left out; message fields (oneof members,
 * repeated entries) are always written, empty ones too. Fields are written in the order given.
 */
export type ProtoField =
  /** uint32, enum or bool (as 0/1). */
  | { readonly kind: 'varint'; readonly field: number; readonly value: number }
  | { readonly kind: 'float'; readonly field: number; readonly value: number }
  | { readonly kind: 'double'; readonly field: number; readonly value: number }
  | { readonly kind: 'message'; readonly field: number; readonly value: readonly ProtoField[] };

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

export const varint = (value: number): number[] => {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
};

const key = (field: number, wireType: number): number[] => varint(field * 8 + wireType);

const littleEndian = (write: (view: DataView) => void, length: number): number[] => {
  const view = new DataView(new ArrayBuffer(length));
  write(view);
  return [...new Uint8Array(view.buffer)];
};

export const encodeMessage = (fields: readonly ProtoField[]): number[] =>
  fields.flatMap((f): number[] => {
    switch (f.kind) {
      case 'varint':
        return f.value === 0 ? [] : [...key(f.field, VARINT), ...varint(f.value)];
      case 'float':
        return f.value === 0
          ? []
          : [...key(f.field, FIXED32), ...littleEndian((v) => v.setFloat32(0, f.value, true), 4)];
      case 'double':
        return f.value === 0
          ? []
          : [...key(f.field, FIXED64), ...littleEndian((v) => v.setFloat64(0, f.value, true), 8)];
      case 'message': {
        const body = encodeMessage(f.value);
        return [...key(f.field, LENGTH_DELIMITED), ...varint(body.length), ...body];
      }
    }
  });

/**
 * The least a correct Buttplug server does with a frame, as the throughput baseline: JSON.parse, check
 * each message's fields, one device write per OutputCmd (the Lovense bytes, built and handed to the
 * device), and the replies in one frame. RequestDeviceList is answered from a prepared text.
 */
type Body = Record<string, unknown>;

const isU32 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff;

export interface MinimalServer {
  /** Answers one text frame with one text frame. */
  handle(text: string): string;
  /** The DeviceList (Id 0) RequestDeviceList answers with. */
  setDeviceList(text: string): void;
  /** Bytes the device has been sent. */
  readonly written: number;
}

export const minimalServer = (write: (bytes: Uint8Array) => void = () => {}): MinimalServer => {
  let deviceList = '{"DeviceList":{"Id":0,"Devices":{}}}';
  let written = 0;
  const encoder = new TextEncoder();
  const answer = (name: string, body: Body): string => {
    const id = body['Id'];
    if (!isU32(id) || id === 0) return `{"Error":{"Id":0,"ErrorCode":3,"ErrorMessage":"bad Id"}}`;
    switch (name) {
      case 'Ping':
        return `{"Ok":{"Id":${id}}}`;
      case 'RequestDeviceList':
        return deviceList.replace('"Id":0', `"Id":${id}`);
      case 'OutputCmd': {
        const command = body['Command'] as Record<string, { Value?: unknown }> | undefined;
        const value = command?.['Vibrate']?.Value;
        if (!isU32(body['DeviceIndex']) || !isU32(body['FeatureIndex']) || !isU32(value) || value > 20)
          return `{"Error":{"Id":${id},"ErrorCode":3,"ErrorMessage":"bad OutputCmd"}}`;
        const bytes = encoder.encode(`Vibrate:${value};`);
        written += bytes.length;
        write(bytes);
        return `{"Ok":{"Id":${id}}}`;
      }
      default:
        return `{"Error":{"Id":${id},"ErrorCode":3,"ErrorMessage":"unknown message"}}`;
    }
  };
  return {
    handle(text) {
      let frame: unknown;
      try {
        frame = JSON.parse(text);
      } catch {
        return '[{"Error":{"Id":0,"ErrorCode":3,"ErrorMessage":"not JSON"}}]';
      }
      const replies = (Array.isArray(frame) ? frame : []).map((message: Record<string, Body>) => {
        const name = Object.keys(message)[0] ?? '';
        return answer(name, message[name] ?? {});
      });
      return `[${replies.join(',')}]`;
    },
    setDeviceList(text) {
      deviceList = text;
    },
    get written() {
      return written;
    },
  };
};

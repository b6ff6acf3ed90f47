/** A WebSocket close frame's reason holds at most 123 bytes of UTF-8: longer ones are cut, never split mid-character. */
const MAX_BYTES = 123;

export const closeReason = (reason: string): string => {
  if (Buffer.byteLength(reason) <= MAX_BYTES) return reason;
  let cut = reason;
  while (Buffer.byteLength(`${cut}…`) > MAX_BYTES) cut = [...cut].slice(0, -1).join('');
  return `${cut}…`;
};

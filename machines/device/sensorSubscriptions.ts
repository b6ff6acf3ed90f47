/**
 * Which sessions listen to which sensor stream of one device. A stream is one input of one feature
 * (an `InputStream`: feature index and input type); it is open on the hardware while anybody listens.
 * Pure and immutable: every change returns a new registry and says which streams nobody listens to
 * any more, for the device to close on the hardware.
 */
import type { InputStream } from '../../protocols/devices/shared/deviceProtocol.js';

interface Stream<S> extends InputStream {
  /** Never empty: a stream nobody listens to is not in the registry. */
  readonly listeners: readonly S[];
}

export type Subscriptions<S> = readonly Stream<S>[];

export const noSubscriptions: Subscriptions<never> = [];

const sameStream = (a: InputStream, b: InputStream) => a.featureIndex === b.featureIndex && a.type === b.type;

const streamOf = (stream: InputStream): InputStream => ({ featureIndex: stream.featureIndex, type: stream.type });

export const listenersOf = <S>(subscriptions: Subscriptions<S>, stream: InputStream): readonly S[] =>
  subscriptions.find((open) => sameStream(open, stream))?.listeners ?? [];

/** The registry with `stream`'s listeners replaced (the stream dropped when there are none). */
const withListeners = <S>(subscriptions: Subscriptions<S>, stream: InputStream, listeners: readonly S[]) => {
  const rest = subscriptions.filter((open) => !sameStream(open, stream));
  if (listeners.length === 0) return rest;
  const at = subscriptions.findIndex((open) => sameStream(open, stream));
  const updated = { ...streamOf(stream), listeners };
  // An open stream keeps its place: the order streams were opened in is the order they are restored in.
  return at === -1 ? [...rest, updated] : [...rest.slice(0, at), updated, ...rest.slice(at)];
};

/** `listener` listens to `stream` (once, however often it joins). */
export const join = <S>(subscriptions: Subscriptions<S>, stream: InputStream, listener: S): Subscriptions<S> => {
  const listeners = listenersOf(subscriptions, stream);
  return listeners.includes(listener) ? subscriptions : withListeners(subscriptions, stream, [...listeners, listener]);
};

/** `listener` stops listening to `stream`. */
export const leave = <S>(subscriptions: Subscriptions<S>, stream: InputStream, listener: S): Subscriptions<S> =>
  withListeners(
    subscriptions,
    stream,
    listenersOf(subscriptions, stream).filter((other) => other !== listener),
  );

/** Whether `listener` leaving `stream` leaves it with nobody: the stream then closes on the hardware. */
export const isLastListener = <S>(subscriptions: Subscriptions<S>, stream: InputStream, listener: S): boolean => {
  const listeners = listenersOf(subscriptions, stream);
  return listeners.length === 1 && listeners[0] === listener;
};

/**
 * Ends the listening of one listener (every listener when `listener` is undefined), on the given
 * features (every feature when undefined). Returns the streams that nobody listens to any more.
 */
export const endListening = <S>(
  subscriptions: Subscriptions<S>,
  listener: S | undefined,
  featureIndexes?: readonly number[],
): { subscriptions: Subscriptions<S>; closed: InputStream[] } => {
  const touched = (stream: InputStream) => featureIndexes === undefined || featureIndexes.includes(stream.featureIndex);
  const kept: Stream<S>[] = [];
  const closed: InputStream[] = [];
  for (const stream of subscriptions) {
    const listeners = touched(stream)
      ? stream.listeners.filter((other) => listener !== undefined && other !== listener)
      : stream.listeners;
    if (listeners.length > 0) kept.push({ ...stream, listeners });
    else closed.push(streamOf(stream));
  }
  return { subscriptions: kept, closed };
};

/** Every stream somebody listens to, in the order they were opened. */
export const openStreams = <S>(subscriptions: Subscriptions<S>): InputStream[] => subscriptions.map(streamOf);

/** The open streams other than `stream` (a protocol changing one stream may have to keep the others going). */
export const otherStreams = <S>(subscriptions: Subscriptions<S>, stream: InputStream): InputStream[] =>
  openStreams(subscriptions).filter((open) => !sameStream(open, stream));

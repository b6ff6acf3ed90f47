/**
 * The Lovense Connect app's local HTTP API, and Lovense's lookup service that says where apps on the
 * LAN are. Replies are decoded with Effect schemas, leniently where the app is loose (`status` may be
 * 1, "1" or true; `battery` may be null or a string; ports may be strings).
 *
 *   GET {app}/GetToys  -> {"type":"OK","code":200,"data":{"<toy id>":{"id","name","nickName","status","version","battery"}}}
 *   GET {app}/Vibrate?v=10&t=<toy id>  (any command path; the body is ignored)
 *   GET https://api.lovense.com/api/lan/getToys -> {"192-168-1-23.lovense.club":{"domain","httpPort","wsPort",...}}
 */
import * as Either from 'effect/Either';
import * as Schema from 'effect/Schema';

export interface LovenseToy {
  readonly id: string;
  /** Model name as the app spells it (`max`, `Edge`...). */
  readonly name: string;
  readonly connected: boolean;
  /** 0..100. */
  readonly battery: number;
}

const Toy = Schema.Struct({
  id: Schema.String.pipe(Schema.minLength(1)),
  name: Schema.String.pipe(Schema.minLength(1)),
  status: Schema.optional(Schema.Unknown),
  battery: Schema.optional(Schema.Unknown),
});

const ToyList = Schema.Struct({
  data: Schema.optional(Schema.Union(Schema.Record({ key: Schema.String, value: Schema.Unknown }), Schema.Null)),
});

const HostList = Schema.Record({
  key: Schema.String,
  value: Schema.Struct({ httpPort: Schema.Union(Schema.Number, Schema.String) }),
});

/** The app's ways of saying yes: 1, "1", true, "true". */
export const isConnectedStatus = (status: unknown): boolean => {
  if (typeof status === 'boolean') return status;
  if (typeof status === 'number') return status !== 0;
  if (typeof status === 'string')
    return status.trim().toLowerCase() === 'true' || (Number(status) !== 0 && !Number.isNaN(Number(status)));
  return false;
};

/** A battery level 0..100 from whatever the app sent (null, "85", 85, 120...); unknown is 0, as the reference. */
export const batteryLevel = (battery: unknown): number => {
  const level = typeof battery === 'string' ? Number(battery) : typeof battery === 'number' ? battery : Number.NaN;
  return Number.isFinite(level) ? Math.round(Math.min(100, Math.max(0, level))) : 0;
};

/** The toys in a GetToys reply; entries that are not toys are skipped. Throws when the reply is no toy list. */
export const decodeToyList = (json: unknown): LovenseToy[] => {
  const list = Schema.decodeUnknownEither(ToyList)(json);
  if (Either.isLeft(list)) throw new Error('the reply is not a toy list');
  return Object.values(list.right.data ?? {}).flatMap((entry) => {
    const toy = Schema.decodeUnknownEither(Toy)(entry);
    if (Either.isLeft(toy)) return [];
    const { id, name, status, battery } = toy.right;
    return [{ id, name, connected: isConnectedStatus(status), battery: batteryLevel(battery) }];
  });
};

/**
 * App addresses from the lookup service: `192-168-1-23.lovense.club` with httpPort 30010 ->
 * `http://192.168.1.23:30010`. (The `lovense.club` names only resolve to that address; using it directly
 * avoids DNS trouble, as the reference does.)
 */
export const decodeHostList = (json: unknown): string[] => {
  const hosts = Schema.decodeUnknownEither(HostList)(json);
  if (Either.isLeft(hosts)) throw new Error('the reply is not a list of Lovense Connect apps');
  return Object.entries(hosts.right).flatMap(([domain, { httpPort }]) => {
    const ip = domain.split('.')[0]!.replaceAll('-', '.');
    const port = Number(httpPort);
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(ip) || !Number.isInteger(port) || port <= 0 || port > 65535) return [];
    return [`http://${ip}:${port}`];
  });
};

/** A usable app address (`http://host:port`, no trailing slash), or why it is not one. */
export const appAddress = (address: string): string | { readonly problem: string } => {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return {
      problem: `Lovense Connect is not available: the address "${address}" is not a URL (e.g. http://192.168.1.23:30010).`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      problem: `Lovense Connect is not available: the address "${address}" must start with http:// or https://.`,
    };
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
};

const message = (error: unknown) =>
  error instanceof Error
    ? error.cause instanceof Error
      ? `${error.message} (${error.cause.message})`
      : error.message
    : String(error);

/** Why a request did not get an answer at all (the app is gone), as opposed to an error answer. */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError';
}

/** GET `url`; the body as text. Throws `UnreachableError` without an answer, `Error` for an error status. */
export const httpGet = async (url: string, timeoutMs: number): Promise<string> => {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    body = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new UnreachableError(
      timedOut
        ? `no answer from ${new URL(url).origin} within ${timeoutMs} ms`
        : `cannot reach ${new URL(url).origin}: ${message(error)}`,
    );
  }
  if (!response.ok) throw new Error(`${new URL(url).origin} answered ${response.status} ${response.statusText}`);
  return body;
};

const parseJson = (text: string, what: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} is not JSON`);
  }
};

export const fetchToys = async (app: string, timeoutMs: number): Promise<LovenseToy[]> =>
  decodeToyList(parseJson(await httpGet(`${app}/GetToys`, timeoutMs), 'the toy list'));

export const lookUpApps = async (lookupUrl: string, timeoutMs: number): Promise<string[]> =>
  decodeHostList(parseJson(await httpGet(lookupUrl, timeoutMs), 'the app list'));

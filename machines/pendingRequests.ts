/**
 * The requests a session handed on and has not answered yet, with the device each is for: when a device
 * fails, what it was asked and never answered gets an Error. Mutable inside the session's wire that
 * owns it (sessionWire.ts: no array copied per request and per answer): only that wire changes or reads it.
 */

/** A request handed on and not answered yet, with the device it is for. */
export interface PendingRequest {
  readonly id: number;
  readonly deviceIndex?: number;
}

export class PendingRequests {
  // Made on the first request: an idle session holds none (issue 11).
  /** In the order they were handed on. */
  #requests: Set<PendingRequest> | undefined;
  /** By Id: the request, or several oldest first (a client may reuse an Id while an older request with it is still out). */
  #byId: Map<number, PendingRequest | PendingRequest[]> | undefined;

  get size(): number {
    return this.#requests?.size ?? 0;
  }

  add(request: PendingRequest): void {
    (this.#requests ??= new Set()).add(request);
    const byId = (this.#byId ??= new Map());
    const same = byId.get(request.id);
    if (same === undefined) byId.set(request.id, request);
    else if (Array.isArray(same)) same.push(request);
    else byId.set(request.id, [same, request]);
  }

  /** An answer going out with this Id settles the oldest request with it. */
  answer(id: number): void {
    const same = this.#byId?.get(id);
    if (same !== undefined) this.#remove(Array.isArray(same) ? same[0]! : same);
  }

  /** Takes out every request for this device, oldest first. */
  takeForDevice(deviceIndex: number): PendingRequest[] {
    if (!this.#requests) return [];
    const taken = [...this.#requests].filter((request) => request.deviceIndex === deviceIndex);
    for (const request of taken) this.#remove(request);
    return taken;
  }

  #remove(request: PendingRequest): void {
    this.#requests!.delete(request);
    const same = this.#byId!.get(request.id)!;
    if (!Array.isArray(same)) this.#byId!.delete(request.id);
    else {
      same.splice(same.indexOf(request), 1);
      if (same.length === 1) this.#byId!.set(request.id, same[0]!);
    }
  }
}

/**
 * One open text link of a client connector (a WebSocket, an IPC socket), and the inbox its callbacks
 * go to. No Node modules here: browsers load this file.
 */

/** An open link that carries text frames. */
export interface FrameLink {
  send(text: string): void;
  /** Closes the link; no `closed` callback follows. */
  close(): void;
}

/** How a link reports what happens to it once open. */
export interface FrameLinkHandlers {
  frame(text: string): void;
  /** The link ended without `close()` being called (called at most once). */
  closed(reason: string): void;
}

export type LinkEvent = { type: 'link.frame'; text: string } | { type: 'link.closed'; reason: string };

/**
 * Where one link's callbacks go: held until a listener attaches, then delivered, and dropped once the
 * listener detaches (a link nobody uses any more cannot speak up).
 */
export interface LinkInbox {
  readonly handlers: FrameLinkHandlers;
  /** Returns the function that detaches the listener for good. */
  attach(listener: (event: LinkEvent) => void): () => void;
}

export const linkInbox = (): LinkInbox => {
  const early: LinkEvent[] = [];
  let listener: ((event: LinkEvent) => void) | undefined;
  let detached = false;
  const deliver = (event: LinkEvent) => {
    if (detached) return;
    if (listener) listener(event);
    else early.push(event);
  };
  return {
    handlers: {
      frame: (text) => deliver({ type: 'link.frame', text }),
      closed: (reason) => deliver({ type: 'link.closed', reason }),
    },
    attach(next) {
      listener = next;
      for (const event of early.splice(0)) next(event);
      return () => {
        detached = true;
        listener = undefined;
      };
    },
  };
};

/** What opening a link yields: the link and where its callbacks go. */
export interface OpenedLink {
  readonly link: FrameLink;
  readonly inbox: LinkInbox;
}

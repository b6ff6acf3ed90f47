/**
 * The event timeline: every event between actors (source -> target, type, payload on demand), newest
 * last, from a bounded ring. Filter by actor and by type; pause freezes the list (events keep
 * arriving underneath), follow shows the newest. At most a few hundred rows are in the page at once.
 */
import { formatTime, h, setText } from './dom.js';
import { jsonTree } from './jsonTree.js';
import type { EventRecord, PageStore } from './pageStore.js';

const SHOWN = 300;

export interface TimelineFilter {
  /** An actor key: only events from or to it. */
  actor: string;
  /** Text the event type must contain. */
  type: string;
  /** Hide XState's own plumbing (`xstate.*` events). */
  hideInternal: boolean;
}

export class TimelineView {
  private filter: TimelineFilter = { actor: '', type: '', hideInternal: false };
  private paused = false;
  private shownCount = -1;
  private readonly list: HTMLElement;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: PageStore,
    private readonly status: HTMLElement,
  ) {
    this.list = h('ol', { class: 'timeline-list', 'aria-live': 'off' });
    container.replaceChildren(this.list);
    this.list.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
      if (!row || row.querySelector('.json-tree')) return;
      const record = this.rendered[Number(row.dataset['index'])];
      if (record?.payload !== undefined) row.append(jsonTree(record.payload));
    });
  }

  private rendered: EventRecord[] = [];

  setFilter(filter: TimelineFilter): void {
    this.filter = filter;
    this.shownCount = -1;
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.shownCount = -1;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  private matches(record: EventRecord): boolean {
    const { actor, type, hideInternal } = this.filter;
    if (actor && record.source !== actor && record.target !== actor) return false;
    if (hideInternal && record.type.startsWith('xstate.')) return false;
    return !type || record.type.toLowerCase().includes(type.toLowerCase());
  }

  render(): void {
    const skipped = this.store.skippedEvents > 0 ? `, ${this.store.skippedEvents} not streamed to keep up` : '';
    setText(this.status, `${this.store.eventsKept} events kept${skipped}${this.paused ? ' (paused)' : ''}`);
    if (this.paused || this.shownCount === this.store.eventCount) return;
    this.shownCount = this.store.eventCount;
    const picked: EventRecord[] = [];
    const source =
      this.filter.actor || this.filter.type || this.filter.hideInternal
        ? [...this.store.eventsInOrder()]
        : this.store.latestEvents(SHOWN);
    for (let i = source.length - 1; i >= 0 && picked.length < SHOWN; i--)
      if (this.matches(source[i]!)) picked.push(source[i]!);
    picked.reverse();
    // Keep rows that are still shown (their opened payloads too), add the new ones.
    const keep = new Set(picked);
    const rows = [...this.list.children] as HTMLElement[];
    const byRecord = new Map<EventRecord, HTMLElement>();
    rows.forEach((row) => {
      const record = this.rendered[Number(row.dataset['index'])];
      if (record && keep.has(record)) byRecord.set(record, row);
    });
    const next = picked.map((record, i) => {
      const row = byRecord.get(record) ?? this.row(record);
      row.dataset['index'] = String(i);
      return row;
    });
    this.rendered = picked;
    this.list.replaceChildren(...next);
    this.container.scrollTop = this.container.scrollHeight;
  }

  private row(record: EventRecord): HTMLElement {
    return h(
      'li',
      { class: record.payload !== undefined ? 'has-payload' : '', 'data-event-type': record.type },
      h('span', { class: 'time' }, formatTime(record.t)),
      h('span', { class: 'route' }, `${record.from ?? 'outside'} → ${record.to}`),
      h('span', { class: 'type' }, record.type),
    );
  }
}

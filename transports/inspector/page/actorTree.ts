/**
 * The actor tree: every machine actor of every engine (server -> device manager -> DCMs and devices;
 * sessions -> ping timer), with its status and current state, filterable and searchable. Each row
 * keeps the DOM contract: `data-actor-id` (the actor's id) and `data-actor-state` (its state value as
 * JSON); `data-engine` tells apart the engines of `--concurrent-sessions`, whose actors share ids. Rows are redrawn only when their actor changed, within a time budget per frame, so a
 * thousand busy devices never hold the page up.
 */
import { h, setData, setText } from './dom.js';
import type { ActorView, PageStore } from './pageStore.js';
import { stateText } from '../statechartQueries.js';

export interface TreeFilter {
  text: string;
  machine: string;
  status: 'all' | 'active' | 'ended';
}

export class ActorTree {
  private readonly rows = new Map<string, HTMLElement>();
  private readonly collapsed = new Set<string>();
  private filter: TreeFilter = { text: '', machine: '', status: 'all' };
  private selected: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: PageStore,
    private readonly onSelect: (key: string) => void,
  ) {
    container.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      const row = target.closest<HTMLElement>('[data-key]');
      if (!row) return;
      const key = row.dataset['key']!;
      if (target.classList.contains('toggle')) {
        if (this.collapsed.has(key)) this.collapsed.delete(key);
        else this.collapsed.add(key);
        this.store.structureChanged = true;
        return;
      }
      this.onSelect(key);
    });
    container.addEventListener('keydown', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
      if (!row) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.onSelect(row.dataset['key']!);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        let next = (
          event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling
        ) as HTMLElement | null;
        while (next?.hidden)
          next = (
            event.key === 'ArrowDown' ? next.nextElementSibling : next.previousElementSibling
          ) as HTMLElement | null;
        next?.focus();
      }
    });
  }

  setFilter(filter: TreeFilter): void {
    this.filter = filter;
    this.store.structureChanged = true;
  }

  select(key: string | null): void {
    if (this.selected) this.rows.get(this.selected)?.removeAttribute('aria-selected');
    this.selected = key;
    if (key) this.rows.get(key)?.setAttribute('aria-selected', 'true');
  }

  /** Redraws what changed; stops when the deadline passes (the rest waits for the next frame). */
  render(deadline: number): void {
    if (this.store.structureChanged) this.rebuild();
    for (const key of this.store.dirtyActors) {
      if (performance.now() > deadline) return;
      this.store.dirtyActors.delete(key);
      const actor = this.store.actors.get(key);
      const row = this.rows.get(key);
      if (actor && row) this.update(row, actor);
    }
  }

  private rowFor(actor: ActorView): HTMLElement {
    let row = this.rows.get(actor.key);
    if (row) return row;
    const machine = actor.graph ? (this.store.graphs.get(actor.graph)?.machineId ?? actor.graph) : '';
    row = h(
      'div',
      {
        class: 'actor-row',
        role: 'treeitem',
        tabindex: 0,
        'data-key': actor.key,
        'data-actor-id': actor.id,
        'data-actor-state': actor.valueText,
        'data-machine': machine,
        'data-engine': actor.engine,
      },
      h('span', { class: 'toggle', 'aria-hidden': 'true' }),
      h('span', { class: 'status' }),
      h('span', { class: 'engine', hidden: true }),
      h('span', { class: 'actor-id' }, actor.id),
      machine && machine !== actor.id ? h('span', { class: 'machine' }, machine) : '',
      h('span', { class: 'state' }),
    );
    this.rows.set(actor.key, row);
    this.update(row, actor);
    return row;
  }

  /** Several engines (`--concurrent-sessions`): each root names its engine, each row says it in its title. */
  private labelEngine(row: HTMLElement, actor: ActorView): void {
    const label = this.store.engineLabel(actor.engine);
    const badge = row.querySelector<HTMLElement>('.engine')!;
    const onRow = label !== undefined && !actor.parent;
    if (badge.hidden === onRow) badge.hidden = !onRow;
    setText(badge, onRow ? label : '');
    const title = label ? `${label} · ${actor.id}` : actor.id;
    if (row.title !== title) row.title = title;
  }

  private update(row: HTMLElement, actor: ActorView): void {
    setData(row, 'data-actor-state', actor.valueText);
    setData(row, 'data-status', actor.status);
    setText(row.lastElementChild!, actor.status === 'active' ? stateText(actor.value) : `${actor.status}`);
  }

  private matches(actor: ActorView): boolean {
    const { text, machine, status } = this.filter;
    if (status === 'active' && actor.status !== 'active') return false;
    if (status === 'ended' && actor.status === 'active') return false;
    const machineId = actor.graph ? (this.store.graphs.get(actor.graph)?.machineId ?? '') : '';
    if (machine && machineId !== machine) return false;
    if (!text) return true;
    const needle = text.toLowerCase();
    return (
      actor.id.toLowerCase().includes(needle) ||
      machineId.toLowerCase().includes(needle) ||
      stateText(actor.value).toLowerCase().includes(needle)
    );
  }

  /** Puts rows in tree order, shows matches with their ancestors, hides collapsed subtrees. */
  private rebuild(): void {
    this.store.structureChanged = false;
    const order = this.store.treeOrder();
    const filtering = this.filter.text !== '' || this.filter.machine !== '' || this.filter.status !== 'all';
    const visible = new Set<string>();
    if (filtering) {
      for (const { actor } of order) {
        if (!this.matches(actor)) continue;
        for (let at: ActorView | undefined = actor; at; at = at.parent ? this.store.actors.get(at.parent) : undefined)
          visible.add(at.key);
      }
    }
    const rows: HTMLElement[] = [];
    let hiddenBelow = Infinity;
    for (const { actor, depth } of order) {
      const row = this.rowFor(actor);
      if (depth <= hiddenBelow) hiddenBelow = Infinity;
      const shown = depth < hiddenBelow && (!filtering || visible.has(actor.key));
      if (row.hidden === shown) row.hidden = !shown;
      if (this.collapsed.has(actor.key) && hiddenBelow === Infinity) hiddenBelow = depth;
      row.style.paddingLeft = `${0.4 + depth * 1.1}rem`;
      const toggle = row.firstElementChild as HTMLElement;
      setText(toggle, actor.children.length === 0 ? '' : this.collapsed.has(actor.key) ? '▸' : '▾');
      this.labelEngine(row, actor);
      rows.push(row);
    }
    const keys = new Set(order.map(({ actor }) => actor.key));
    for (const key of [...this.rows.keys()]) if (!keys.has(key)) this.rows.delete(key);
    // Only touch the DOM when the order changed.
    const current = this.container.children;
    const same = current.length === rows.length && rows.every((row, i) => current[i] === row);
    if (!same) this.container.replaceChildren(...rows);
    if (this.selected) this.rows.get(this.selected)?.setAttribute('aria-selected', 'true');
  }
}

/**
 * The selected actor: what it is and where it stands, its statechart, the events its current state
 * takes (guarded ones the engine says would not pass are greyed, internal ones are listed but not
 * offered), a JSON payload editor to send one, and its context as a collapsible tree.
 */
import type { AcceptedEvent, CommandResult, Json } from '../inspectionRecords.js';
import { acceptedEdges, activeNodeIds, stateText } from '../statechartQueries.js';
import { formatTime, h, setText } from './dom.js';
import { jsonTree } from './jsonTree.js';
import type { ActorView, PageStore } from './pageStore.js';
import { StatechartView } from './statechartView.js';

export type SendEvent = (actor: string, type: string, payload: unknown) => Promise<CommandResult>;

export class ActorDetail {
  private readonly chart: StatechartView;
  private shownContext: Json | undefined = undefined;
  private shownAccepts = '';
  private chosen: AcceptedEvent | undefined;

  constructor(
    private readonly parts: {
      readonly title: HTMLElement;
      readonly facts: HTMLElement;
      readonly chart: HTMLElement;
      readonly events: HTMLElement;
      readonly editor: HTMLTextAreaElement;
      readonly sendButton: HTMLButtonElement;
      readonly result: HTMLElement;
      readonly context: HTMLElement;
    },
    private readonly store: PageStore,
    /** Undefined while replaying: a recording can be watched, not sent to. */
    public send: SendEvent | undefined,
  ) {
    this.chart = new StatechartView(parts.chart);
    parts.events.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-event-type]');
      if (!button || button.disabled) return;
      this.choose(button.dataset['eventType']!);
    });
    parts.sendButton.addEventListener('click', () => void this.sendChosen());
  }

  render(): void {
    const selection = this.store.selection;
    const actor = selection ? this.store.actors.get(selection.key) : undefined;
    if (!this.store.selectionChanged && !(actor && this.store.dirtyActors.has(actor.key))) return;
    this.store.selectionChanged = false;
    if (!selection || !actor) {
      setText(this.parts.title, selection ? 'That actor is gone' : 'Select an actor');
      this.parts.facts.replaceChildren();
      this.chart.show(undefined);
      this.parts.events.replaceChildren();
      this.parts.context.replaceChildren();
      this.shownContext = undefined;
      this.shownAccepts = '';
      return;
    }
    const graph = actor.graph ? this.store.graphs.get(actor.graph) : undefined;
    setText(this.parts.title, this.store.actorLabel(actor));
    this.parts.facts.replaceChildren(
      h('span', {}, graph ? `machine ${graph.machineId}` : 'actor'),
      h('span', { 'data-status': actor.status }, actor.status),
      h('span', { class: 'state' }, stateText(actor.value)),
      actor.lastCause ? h('span', {}, `last event ${actor.lastCause}`) : '',
      h('span', {}, `updated ${formatTime(actor.updated)}`),
    );
    this.chart.show(graph);
    this.chart.update(actor.value, actor.lastEdges, actor.lastEdgesAt);
    this.renderEvents(actor);
    const context = selection.context ?? actor.context;
    if (context !== this.shownContext) {
      this.shownContext = context;
      this.parts.context.replaceChildren(
        context === undefined ? h('p', { class: 'empty' }, 'No context.') : jsonTree(context),
      );
    }
  }

  /** The events the actor takes now: from the engine live, from the definition when replaying. */
  private accepted(actor: ActorView): AcceptedEvent[] {
    const live = this.store.selection?.accepts;
    if (live && this.send) return [...live];
    const graph = actor.graph ? this.store.graphs.get(actor.graph) : undefined;
    if (!graph || actor.status !== 'active') return [];
    return [...acceptedEdges(graph, activeNodeIds(graph, actor.value))].map(([type, edges]) => ({
      type,
      enabled: null,
      guards: edges.flatMap((edge) => (edge.guard ? [edge.guard] : [])),
      route: 'internal',
      note: 'replaying a recording: watch only',
    }));
  }

  private renderEvents(actor: ActorView): void {
    const accepts = this.accepted(actor);
    const signature = JSON.stringify(accepts.map((a) => [a.type, a.enabled, a.route]));
    if (signature === this.shownAccepts) return;
    this.shownAccepts = signature;
    this.parts.events.replaceChildren(
      ...accepts.map((accepted) => {
        const sendable = this.send !== undefined && accepted.route !== 'internal' && accepted.enabled !== false;
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'data-event-type': accepted.type,
              'data-route': accepted.route,
              'data-enabled': String(accepted.enabled),
              disabled: !sendable,
              title: accepted.note,
              class: accepted.enabled === false ? 'guarded' : '',
            },
            accepted.type,
          ),
          accepted.guards.length > 0 ? h('span', { class: 'guards' }, `[${accepted.guards.join(', ')}]`) : '',
          h('span', { class: 'route' }, accepted.route),
        );
      }),
    );
    if (accepts.length === 0)
      this.parts.events.append(h('li', { class: 'empty' }, 'Its current state takes no event.'));
    if (this.chosen && !accepts.some((a) => a.type === this.chosen!.type)) this.choose(undefined);
  }

  private choose(type: string | undefined): void {
    const accepts = this.store.selection?.accepts ?? [];
    this.chosen = type ? accepts.find((accepted) => accepted.type === type) : undefined;
    const { editor, sendButton, result } = this.parts;
    setText(result, this.chosen ? this.chosen.note : '');
    sendButton.disabled = !this.chosen;
    setText(sendButton, this.chosen ? `Send ${this.chosen.type}` : 'Send');
    editor.disabled = !this.chosen || this.chosen.route === 'direct';
    editor.value = this.chosen
      ? this.chosen.route === 'direct'
        ? '(sent as it is: no payload)'
        : JSON.stringify(this.chosen.template ?? {}, null, 2)
      : '';
  }

  private async sendChosen(): Promise<void> {
    const chosen = this.chosen;
    const selection = this.store.selection;
    if (!chosen || !selection || !this.send) return;
    let payload: unknown = undefined;
    if (chosen.route !== 'direct') {
      try {
        payload = JSON.parse(this.parts.editor.value);
      } catch (error) {
        setText(this.parts.result, `The payload is not JSON: ${(error as Error).message}`);
        this.parts.result.dataset['ok'] = 'false';
        return;
      }
    }
    this.parts.sendButton.disabled = true;
    const result = await this.send(selection.key, chosen.type, payload);
    this.parts.sendButton.disabled = false;
    this.parts.result.dataset['ok'] = String(result.ok);
    setText(this.parts.result, `${result.ok ? '✓' : '✗'} ${result.message}`);
  }
}

/**
 * The device panel: for every device, a meter per output showing the level last written (DOM
 * contract: `data-device-index`, `data-feature-index`, `data-output-value`), and the bytes last
 * written to each endpoint. Redrawn per device when it changed, within the frame's budget.
 */
import { formatTime, h, setData, setText } from './dom.js';
import type { DeviceView, PageStore } from './pageStore.js';
import { stateText } from '../statechartQueries.js';

export class DevicePanel {
  private readonly cards = new Map<string, HTMLElement>();

  constructor(
    private readonly container: HTMLElement,
    private readonly store: PageStore,
    private readonly onSelect: (key: string) => void,
  ) {
    container.addEventListener('click', (event) => {
      const card = (event.target as HTMLElement).closest<HTMLElement>('[data-device-key]');
      if (card && (event.target as HTMLElement).closest('.device-title')) this.onSelect(card.dataset['deviceKey']!);
    });
  }

  /** Call after the tree rebuilt (devices come and go with actors). */
  syncCards(): void {
    const devices = [...this.store.devices.values()].sort((a, b) => (a.index ?? 1e9) - (b.index ?? 1e9));
    const keys = new Set(devices.map((device) => device.key));
    for (const key of [...this.cards.keys()]) if (!keys.has(key)) this.cards.delete(key);
    const cards = devices.map((device) => this.cards.get(device.key) ?? this.card(device));
    const current = this.container.children;
    if (current.length !== cards.length || cards.some((card, i) => current[i] !== card)) {
      this.container.replaceChildren(...cards);
      if (cards.length === 0)
        this.container.append(h('p', { class: 'empty' }, 'No devices yet (a client scans to find them).'));
    }
  }

  render(deadline: number): void {
    for (const key of this.store.dirtyDevices) {
      if (performance.now() > deadline) return;
      this.store.dirtyDevices.delete(key);
      const device = this.store.devices.get(key);
      const card = this.cards.get(key);
      if (device && card) this.update(card, device);
    }
  }

  private card(device: DeviceView): HTMLElement {
    const card = h(
      'article',
      { class: 'device', 'data-device-key': device.key },
      h('header', { class: 'device-title' }, h('span', { class: 'name' }), h('span', { class: 'device-state' })),
      h('div', { class: 'meters' }),
      h('dl', { class: 'writes' }),
    );
    this.cards.set(device.key, card);
    this.update(card, device);
    return card;
  }

  private update(card: HTMLElement, device: DeviceView): void {
    const actor = this.store.actors.get(device.key);
    const engine = actor ? this.store.engineLabel(actor.engine) : undefined;
    setText(
      card.querySelector('.name')!,
      `${engine ? `${engine} · ` : ''}${device.index ?? '?'} · ${device.name ?? actor?.id ?? device.key}`,
    );
    if (actor) setData(card, 'data-engine', actor.engine);
    setText(
      card.querySelector('.device-state')!,
      actor ? (actor.status === 'active' ? stateText(actor.value) : actor.status) : '',
    );
    setData(card, 'data-device-index', device.index === undefined ? '' : String(device.index));
    const meters = card.querySelector('.meters')!;
    if (meters.childElementCount !== device.outputs.length) {
      meters.replaceChildren(
        ...device.outputs.map((output) =>
          h(
            'div',
            { class: 'meter-row' },
            h('span', { class: 'meter-label' }, `${output.feature} ${output.type}`),
            h(
              'div',
              {
                class: 'meter',
                role: 'meter',
                'aria-valuemin': 0,
                'aria-valuemax': output.max,
                'data-device-index': device.index ?? '',
                'data-feature-index': output.feature,
                'data-output-type': output.type,
                'data-output-value': output.value,
              },
              h('div', { class: 'fill' }),
            ),
            h('span', { class: 'meter-value' }),
          ),
        ),
      );
    }
    device.outputs.forEach((output, i) => {
      const row = meters.children[i] as HTMLElement;
      const meter = row.querySelector<HTMLElement>('.meter')!;
      setData(meter, 'data-device-index', device.index === undefined ? '' : String(device.index));
      setData(meter, 'data-output-value', String(output.value));
      setData(meter, 'aria-valuenow', String(output.value));
      const fraction = output.max > 0 ? Math.min(1, Math.abs(output.value) / output.max) : 0;
      (meter.firstElementChild as HTMLElement).style.width = `${(fraction * 100).toFixed(1)}%`;
      setText(row.lastElementChild!, `${output.value}/${output.max}`);
    });
    const writes = card.querySelector('.writes')!;
    writes.replaceChildren(
      ...device.writes.flatMap((write) => [
        h('dt', {}, write.endpoint),
        h(
          'dd',
          { title: `written at ${formatTime(write.t)}${write.delayMs ? `, played ${write.delayMs} ms later` : ''}` },
          write.hex || '(empty)',
        ),
      ]),
    );
  }
}

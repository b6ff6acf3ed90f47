/**
 * The inspector page: live from the engine that served it (a WebSocket stream beside the page, token
 * in the path), or replaying a recording (`?recording=NAME` relative to the page, or the file
 * picker, which also works from a copy of the page opened from disk). Views redraw once per frame,
 * each within a budget, so the page answers clicks (STOP ALL first of all) however busy the engines.
 */
import { isInspectionRecord, parseRecording, type CommandResult, type StreamMessage } from '../inspectionRecords.js';
import { ActorDetail } from './actorDetail.js';
import { ActorTree, type TreeFilter } from './actorTree.js';
import { DevicePanel } from './devicePanel.js';
import { byId, formatTime, h, setText } from './dom.js';
import { PageStore } from './pageStore.js';
import { TimelineView } from './timelineView.js';

/** What the bench and the tests read: how much the page has done. */
interface InspectorStats {
  batches: number;
  records: number;
  /** Device level records applied (what the meters show). */
  deviceUpdates: number;
  frames: number;
  /** The longest frame's drawing time, in ms. */
  longestFrameMs: number;
  mode: 'live' | 'replay';
}

declare global {
  interface Window {
    inspectorStats: InspectorStats;
  }
}

const FRAME_BUDGET_MS = 10;

const stats: InspectorStats = { batches: 0, records: 0, deviceUpdates: 0, frames: 0, longestFrameMs: 0, mode: 'live' };
window.inspectorStats = stats;

const store = new PageStore();

const post = async (path: string, body: unknown): Promise<CommandResult> => {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
      cache: 'no-store',
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as CommandResult;
    } catch {
      return { ok: false, message: `the engine answered ${response.status}: ${text.trim()}` };
    }
  } catch (error) {
    return { ok: false, message: `no engine to reach (${(error as Error).message})` };
  }
};

// ---- views ----
let stream: LiveStream | undefined;
const select = (key: string) => {
  store.selection = { key };
  store.selectionChanged = true;
  tree.select(key);
  stream?.select(key);
  schedule();
};
const tree = new ActorTree(byId('tree'), store, select);
const devices = new DevicePanel(byId('devices'), store, select);
const detail = new ActorDetail(
  {
    title: byId('detail-title'),
    facts: byId('detail-facts'),
    chart: byId('chart'),
    events: byId('detail-events'),
    editor: byId<HTMLTextAreaElement>('payload'),
    sendButton: byId<HTMLButtonElement>('send'),
    result: byId('send-result'),
    context: byId('context'),
  },
  store,
  (actor, type, payload) => post('api/send', { actor, type, payload }),
);
const timeline = new TimelineView(byId('timeline'), store, byId('timeline-status'));

// ---- the frame loop ----
let scheduled = false;
const knownMachines = new Set<string>();
const timelineActors = byId<HTMLSelectElement>('timeline-actor');

const refreshChoices = () => {
  const machineSelect = byId<HTMLSelectElement>('tree-machine');
  for (const graph of store.graphs.values()) {
    if (knownMachines.has(graph.machineId)) continue;
    knownMachines.add(graph.machineId);
    machineSelect.append(h('option', { value: graph.machineId }, graph.machineId));
  }
  const chosen = timelineActors.value;
  const options = [...store.actors.values()].filter((actor) => actor.status === 'active').slice(0, 300);
  timelineActors.replaceChildren(
    h('option', { value: '' }, 'every actor'),
    ...options.map((actor) =>
      h('option', { value: actor.key, selected: actor.key === chosen }, store.actorLabel(actor)),
    ),
  );
};

const frame = () => {
  scheduled = false;
  const started = performance.now();
  const deadline = started + FRAME_BUDGET_MS;
  const structure = store.structureChanged;
  if (structure) {
    refreshChoices();
    tree.render(deadline);
    devices.syncCards();
  } else tree.render(deadline);
  devices.render(deadline);
  detail.render();
  timeline.render();
  const spent = performance.now() - started;
  stats.frames++;
  stats.longestFrameMs = Math.max(stats.longestFrameMs, spent);
  if (store.dirtyActors.size > 0 || store.dirtyDevices.size > 0 || store.structureChanged) schedule();
};

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(frame);
}

// ---- STOP ALL: its own request, never queued behind drawing ----
const stopAll = byId<HTMLButtonElement>('stop-all');
const stopResult = byId('stop-result');
stopAll.addEventListener('click', () => {
  setText(stopResult, 'stopping…');
  delete stopResult.dataset['ok'];
  void post('api/stop-all', {}).then((result) => {
    stopResult.dataset['ok'] = String(result.ok);
    setText(stopResult, result.message);
  });
});

// ---- filters ----
const treeFilter = (): TreeFilter => ({
  text: byId<HTMLInputElement>('tree-search').value.trim(),
  machine: byId<HTMLSelectElement>('tree-machine').value,
  status: byId<HTMLSelectElement>('tree-status').value as TreeFilter['status'],
});
for (const id of ['tree-search', 'tree-machine', 'tree-status']) {
  byId(id).addEventListener('input', () => {
    tree.setFilter(treeFilter());
    schedule();
  });
}
const timelineFilter = () => {
  timeline.setFilter({
    actor: timelineActors.value,
    type: byId<HTMLInputElement>('timeline-type').value.trim(),
    hideInternal: byId<HTMLInputElement>('timeline-internal').checked,
  });
  schedule();
};
for (const id of ['timeline-actor', 'timeline-type', 'timeline-internal'])
  byId(id).addEventListener('input', timelineFilter);
const pause = byId<HTMLButtonElement>('timeline-pause');
pause.addEventListener('click', () => {
  timeline.setPaused(!timeline.isPaused);
  pause.setAttribute('aria-pressed', String(timeline.isPaused));
  setText(pause, timeline.isPaused ? 'Follow' : 'Pause');
  schedule();
});

// ---- live ----
const connection = byId('connection');

class LiveStream {
  private socket: WebSocket | undefined;
  private retryMs = 500;
  private closed = false;

  constructor() {
    this.open();
  }

  select(key: string): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ m: 'select', key }));
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
  }

  private open(): void {
    const url = new URL('stream', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    url.search = '';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retryMs = 500;
      connection.dataset['state'] = 'live';
      setText(connection, 'live');
      if (store.selection) this.select(store.selection.key);
    });
    socket.addEventListener('message', (event) => {
      if (this.closed) return;
      this.receive(JSON.parse(String(event.data)) as StreamMessage);
    });
    socket.addEventListener('close', () => {
      if (this.closed) return;
      connection.dataset['state'] = 'down';
      setText(connection, 'engine unreachable: retrying…');
      setTimeout(() => this.open(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5_000);
    });
  }

  private receive(message: StreamMessage): void {
    switch (message.m) {
      case 'hello':
        if (message.recording) byId('back-to-live').setAttribute('data-recording', message.recording);
        return;
      case 'batch':
        if (message.keyframe) store.resetActors();
        for (const record of message.records) {
          store.apply(record);
          if (record.k === 'device') stats.deviceUpdates++;
        }
        stats.batches++;
        stats.records += message.records.length;
        schedule();
        return;
      case 'selection':
        if (store.selection?.key !== message.key) return;
        store.selection = {
          key: message.key,
          accepts: message.accepts,
          ...(message.context !== undefined ? { context: message.context } : {}),
        };
        store.selectionChanged = true;
        schedule();
        return;
    }
  }
}

// ---- replay ----
const replayBar = byId('replay');
const slider = byId<HTMLInputElement>('replay-slider');
const replayTime = byId('replay-time');
const playButton = byId<HTMLButtonElement>('replay-play');

const startReplay = (text: string, name: string) => {
  let parsed;
  try {
    parsed = parseRecording(text);
  } catch (error) {
    setText(connection, `cannot open ${name}: ${(error as Error).message}`);
    connection.dataset['state'] = 'down';
    return;
  }
  stream?.close();
  stream = undefined;
  stats.mode = 'replay';
  detail.send = undefined;
  const records = parsed.records.filter(isInspectionRecord);
  const times = records.map((record) => ('t' in record ? record.t : undefined));
  const first = parsed.header.from;
  const last = Math.max(first, ...times.filter((t): t is number => t !== undefined));
  replayBar.hidden = false;
  byId('back-to-live').hidden = location.protocol === 'file:';
  setText(byId('replay-title'), parsed.header.title ?? name);
  connection.dataset['state'] = 'replay';
  setText(
    connection,
    `replaying ${name} (${records.length} records from ${parsed.header.startedAt}${parsed.skippedLines ? `, ${parsed.skippedLines} lines unreadable` : ''})`,
  );
  slider.min = String(first);
  slider.max = String(last);
  let applied = 0;
  let position = first;
  const seek = (t: number) => {
    if (t < position) {
      store.reset();
      applied = 0;
    }
    position = t;
    while (applied < records.length && (times[applied] ?? -Infinity) <= t) store.apply(records[applied++]!);
    stats.records = applied;
    slider.value = String(t);
    setText(replayTime, `${formatTime(t - first)} / ${formatTime(last - first)}`);
    replayBar.dataset['position'] = String(t);
    replayBar.dataset['applied'] = String(applied);
    store.structureChanged = true;
    store.selectionChanged = true;
    schedule();
  };
  store.reset();
  seek(last);
  slider.addEventListener('input', () => seek(Number(slider.value)));
  let playing: number | undefined;
  const stop = () => {
    if (playing !== undefined) cancelAnimationFrame(playing);
    playing = undefined;
    setText(playButton, 'Play');
  };
  playButton.addEventListener('click', () => {
    if (playing !== undefined) return stop();
    if (position >= last) seek(first);
    setText(playButton, 'Pause');
    let previous = performance.now();
    const step = (now: number) => {
      const speed = Number(byId<HTMLSelectElement>('replay-speed').value);
      const next = Math.min(last, position + (now - previous) * speed);
      previous = now;
      seek(next);
      if (next >= last) return stop();
      playing = requestAnimationFrame(step);
    };
    playing = requestAnimationFrame(step);
  });
};

byId<HTMLInputElement>('recording-file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void file.text().then((text) => startReplay(text, file.name));
});

const recording = new URLSearchParams(location.search).get('recording');
if (recording) {
  setText(connection, `loading ${recording}…`);
  // Relative to the page, so from the engine's own origin only (the page's CSP allows nothing else).
  void fetch(new URL(recording, location.href), { cache: 'no-store' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      startReplay(await response.text(), recording);
    })
    .catch((error: unknown) => {
      connection.dataset['state'] = 'down';
      setText(connection, `cannot load ${recording}: ${(error as Error).message}`);
    });
} else if (location.protocol === 'file:') {
  connection.dataset['state'] = 'replay';
  setText(connection, 'opened from disk: open a recording to replay it');
  detail.send = undefined;
} else {
  stream = new LiveStream();
}
schedule();

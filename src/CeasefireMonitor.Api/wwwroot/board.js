'use strict';
// The status board: one card per phase from /api/phases, live from /api/stream, replayable with "known at".
// Text from articles is only ever set with textContent, never parsed as HTML.
(() => {
  const board = document.getElementById('board');
  const knownAt = document.getElementById('known-at');
  const live = document.getElementById('live');
  const error = document.getElementById('error');
  let generation = 0;
  let pending = null;

  const getJson = async url => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
    return response.json();
  };

  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  };

  // Bands from the status history now; when replaying a date, the status known then, over the whole chart.
  async function bandsOf(phase, at) {
    if (at) return [{ status: phase.status, from: phase.startedOn }];
    const detail = await getJson(`/api/phases/${encodeURIComponent(phase.phaseId)}`);
    return detail.history.map(h => ({ status: h.newStatus, from: h.occurredOn }));
  }

  async function card(phase, at) {
    const status = phase.status ?? 'Unknown';
    const c = element('article', `card status-${status.toLowerCase()}`);
    c.dataset.phaseId = phase.phaseId;
    c.dataset.status = status;
    c.append(
      element('h2', null, phase.conflict),
      element('p', 'phase', `${phase.phaseId} · started ${phase.startedOn}`),
      element('p', 'status', phase.endReason ? `${status} (${phase.endReason})` : status),
      element('p', 'since', `last change: ${phase.since ?? '–'}`),
      element('blockquote', 'evidence', phase.evidence ?? ''));
    const timeline = await getJson(`/api/phases/${encodeURIComponent(phase.phaseId)}/timeline`);
    // Replaying a date shows only what had been published by then.
    const entries = at ? timeline.entries.filter(e => e.sources.some(s => s.publishedOn <= at)) : timeline.entries;
    c.append(Timeline.draw(entries, await bandsOf(phase, at)));
    return c;
  }

  async function render() {
    const mine = ++generation;
    const at = knownAt.value;
    try {
      const data = await getJson(at ? `/api/phases?knownAt=${encodeURIComponent(at)}` : '/api/phases');
      const cards = await Promise.all(data.phases.map(p => card(p, at)));
      if (mine !== generation) return; // a newer render started meanwhile
      board.replaceChildren(...cards);
      board.dataset.knownAt = at;
      error.hidden = true;
    } catch (e) {
      error.textContent = `Could not load the board: ${e.message}`;
      error.hidden = false;
    }
  }

  // A burst of changes (or the history replayed on connect) becomes one render.
  const soon = () => { clearTimeout(pending); pending = setTimeout(render, 200); };

  const stream = new EventSource('/api/stream');
  stream.onopen = () => { live.dataset.state = 'open'; live.textContent = 'live'; };
  stream.onerror = () => { live.dataset.state = 'reconnecting'; live.textContent = 'reconnecting…'; };
  stream.addEventListener('PhaseStatusChanged', () => { if (!knownAt.value) soon(); });

  knownAt.addEventListener('change', render);
  document.getElementById('now').addEventListener('click', () => { knownAt.value = ''; render(); });
  render();
})();

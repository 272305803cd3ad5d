'use strict';
// Draws a phase's timeline as SVG: one row per event type, a dot per event, status bands behind.
// Every piece of article text goes in through textContent, so markup in an article stays text.
const Timeline = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const TYPES = ['ClashReported', 'CasualtiesReported', 'CeasefireCalled', 'MediationOffered', 'CeasefireAgreed', 'CeasefireViolated', 'SurrenderDeclared', 'HostilitiesEnded'];
  const WIDTH = 400, LEFT = 112, RIGHT = 8, ROW = 11, TOP = 6;

  // "2020", "2020-09" or "2020-09-27" to a time; a partial date counts from its first day.
  const time = partial => {
    const [y, m, d] = String(partial).split('-').map(Number);
    return Date.UTC(y, (m || 1) - 1, d || 1);
  };

  const node = (name, attributes, text) => {
    const element = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  };

  // bands: [{status, from}] in order; entries: the timeline's entries (background ones are left out).
  function draw(entries, bands) {
    const current = entries.filter(e => !e.isBackground);
    const times = current.map(e => time(e.occurredOn)).concat(bands.map(b => time(b.from)));
    const height = TOP + TYPES.length * ROW + 14;
    const svg = node('svg', { class: 'timeline', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img' });
    svg.append(node('title', {}, 'Events by type over time, on status bands'));
    if (times.length === 0) return svg;
    const start = Math.min(...times), end = Math.max(...times) + 86400000;
    const x = t => LEFT + (WIDTH - LEFT - RIGHT) * (t - start) / (end - start);
    // A change known only to the year ("2020") starts no earlier than the change before it.
    let floor = start;
    const spans = bands.map(band => ({ ...band, at: (floor = Math.max(floor, time(band.from))) }));
    spans.forEach((band, i) => {
      const from = x(band.at), to = i + 1 < spans.length ? x(spans[i + 1].at) : WIDTH - RIGHT;
      const rect = node('rect', { class: `band band-${band.status.toLowerCase()}`, x: from, y: TOP - 3, width: Math.max(1, to - from), height: TYPES.length * ROW });
      rect.append(node('title', {}, `${band.status} from ${band.from}`));
      svg.append(rect);
    });
    TYPES.forEach((type, row) => {
      const y = TOP + row * ROW + ROW / 2;
      svg.append(node('text', { x: 0, y: y + 3 }, type), node('line', { class: 'axis', x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y }));
    });
    for (const entry of current) {
      const dot = node('circle', { class: 'dot', cx: x(time(entry.occurredOn)), cy: TOP + TYPES.indexOf(entry.type) * ROW + ROW / 2, r: 3, 'data-type': entry.type });
      dot.append(node('title', {}, `${entry.occurredOn} ${entry.type}: ${entry.sources[0]?.sentence ?? ''}`));
      svg.append(dot);
    }
    const axisY = TOP + TYPES.length * ROW + 10;
    svg.append(node('text', { x: LEFT, y: axisY }, new Date(start).toISOString().slice(0, 10)),
      node('text', { x: WIDTH - RIGHT, y: axisY, 'text-anchor': 'end' }, new Date(end - 86400000).toISOString().slice(0, 10)));
    return svg;
  }

  return { draw };
})();

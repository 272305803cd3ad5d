'use strict';
// Draws a phase's timeline as SVG: one row per event type, status bands behind.
// An event dated to the day is a dot; one known only to its month or year is a bar over that whole period, labelled
// with it, so imprecise dates neither pile up on the period's first day nor stretch the scale away from the dated events.
// Markers of one row that would overlap become one marker with a count.
// Every piece of article text goes in through textContent, so markup in an article stays text.
const Timeline = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const TYPES = ['ClashReported', 'CasualtiesReported', 'CeasefireCalled', 'MediationOffered', 'CeasefireAgreed', 'CeasefireViolated', 'SurrenderDeclared', 'HostilitiesEnded'];
  const WIDTH = 400, LEFT = 112, RIGHT = 8, ROW = 16, TOP = 6, DAY = 86400000, R = 3, STUB = 8, BAR = 7;
  const PLOT = WIDTH - LEFT - RIGHT;

  // "2020", "2020-09" or "2020-09-27" to the period it names, [from, to), and its precision.
  const period = partial => {
    const [y, m, d] = String(partial).split('-').map(Number);
    if (d) { const from = Date.UTC(y, m - 1, d); return { from, to: from + DAY, precision: 'day' }; }
    if (m) return { from: Date.UTC(y, m - 1, 1), to: Date.UTC(y, m, 1), precision: 'month' };
    return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), precision: 'year' };
  };

  const node = (name, attributes, text) => {
    const element = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  };

  const describe = group => group.entries.map(e => `${e.occurredOn} ${e.type}${e.isBackground ? ' (background)' : ''}: ${e.sources[0]?.sentence ?? ''}`).join('\n');

  // Entries of one type and date are one marker.
  function groups(entries) {
    const byKey = new Map();
    for (const entry of entries) {
      const key = `${entry.type}|${entry.occurredOn}`;
      if (!byKey.has(key)) byKey.set(key, { type: entry.type, occurredOn: entry.occurredOn, period: period(entry.occurredOn), entries: [] });
      byKey.get(key).entries.push(entry);
    }
    return [...byKey.values()];
  }

  // The scale covers the events and status changes dated to the day; only when there are none does it cover the imprecise periods.
  function domain(marks, bands) {
    const exact = marks.filter(g => g.period.precision === 'day').map(g => g.period)
      .concat(bands.map(b => period(b.from)).filter(p => p.precision === 'day'));
    const spans = exact.length > 0 ? exact : marks.map(g => g.period).concat(bands.map(b => period(b.from)));
    return { start: Math.min(...spans.map(p => p.from)), end: Math.max(...spans.map(p => p.to)) };
  }

  // bands: [{status, from}] in order; entries: the timeline's entries, background ones (reported in retrospect) drawn hollow.
  function draw(entries, bands) {
    const height = TOP + TYPES.length * ROW + 14;
    const svg = node('svg', { class: 'timeline', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img' });
    svg.append(node('title', {}, 'Events by type over time, on status bands; a bar is an event known only to its month or year'));
    const marks = groups(entries);
    if (marks.length === 0 && bands.length === 0) return svg;
    const { start, end } = domain(marks, bands);
    const x = t => LEFT + PLOT * (Math.min(Math.max(t, start), end) - start) / (end - start);

    // A change known only to its month or year starts no earlier than the change before it, nor before the scale.
    let floor = start;
    const spans = bands.map(band => ({ ...band, precision: period(band.from).precision, at: (floor = Math.max(floor, period(band.from).from)) }));
    spans.forEach((band, i) => {
      const from = x(band.at), to = i + 1 < spans.length ? x(spans[i + 1].at) : WIDTH - RIGHT;
      const imprecise = band.precision !== 'day';
      const rect = node('rect', { class: `band band-${band.status.toLowerCase()}${imprecise ? ' band-imprecise' : ''}`, x: from, y: TOP - 3, width: Math.max(1, to - from), height: TYPES.length * ROW + 3 });
      rect.append(node('title', {}, `${band.status} from ${band.from}${imprecise ? ` (known only to the ${band.precision})` : ''}`));
      svg.append(rect);
    });
    TYPES.forEach((type, row) => {
      const y = TOP + row * ROW + ROW / 2;
      svg.append(node('text', { x: 0, y: y + 3 }, type), node('line', { class: 'axis', x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y }));
    });
    TYPES.forEach((type, row) => {
      const mine = marks.filter(g => g.type === type);
      drawDots(svg, mine.filter(g => g.period.precision === 'day'), row, x);
      drawBars(svg, mine.filter(g => g.period.precision !== 'day'), row, x);
    });
    const axisY = TOP + TYPES.length * ROW + 10;
    svg.append(node('text', { x: LEFT, y: axisY }, new Date(start).toISOString().slice(0, 10)),
      node('text', { x: WIDTH - RIGHT, y: axisY, 'text-anchor': 'end' }, new Date(end - DAY).toISOString().slice(0, 10)));
    return svg;
  }

  // Dots at the middle of their day, in the upper half of the row; dots closer than a diameter merge into one with a count.
  function drawDots(svg, dayGroups, row, x) {
    const placed = dayGroups.map(g => ({ ...g, cx: x(g.period.from + DAY / 2) })).sort((a, b) => a.cx - b.cx);
    const clusters = [];
    for (const g of placed) {
      const last = clusters[clusters.length - 1];
      if (last && g.cx - last.cx < 2 * R + 1) { last.members.push(g); last.cx = (last.cx * (last.members.length - 1) + g.cx) / last.members.length; }
      else clusters.push({ cx: g.cx, members: [g] });
    }
    const cy = TOP + row * ROW + ROW / 2 - 3;
    for (const cluster of clusters) {
      const all = cluster.members.flatMap(m => m.entries);
      const background = all.every(e => e.isBackground);
      const dates = cluster.members.map(m => m.occurredOn);
      const dot = node('circle', { class: `dot${background ? ' background' : ''}`, cx: cluster.cx, cy, r: R, 'data-type': cluster.members[0].type, 'data-precision': 'day', 'data-date': dates.join(' '), 'data-count': all.length });
      dot.append(node('title', {}, describe({ entries: all })));
      svg.append(dot);
      if (all.length > 1) svg.append(node('text', { class: 'count', x: cluster.cx + R + 0.5, y: cy - 1 }, `${all.length}`));
    }
  }

  // Bars over the month or year in the lower half of the row, clipped to the scale (a stub at its edge when outside it),
  // labelled with the period; overlapping bars go to a second lane.
  function drawBars(svg, vague, row, x) {
    const laneEnds = [];
    const bars = vague.map(g => {
      let from = x(g.period.from), to = x(g.period.to);
      if (to - from < STUB) { from = Math.min(Math.max(from, LEFT), WIDTH - RIGHT - STUB); to = from + STUB; }
      return { ...g, from, to };
    }).sort((a, b) => a.from - b.from);
    for (const bar of bars) {
      let lane = laneEnds.findIndex(endX => endX <= bar.from);
      if (lane < 0) { lane = laneEnds.length; laneEnds.push(0); }
      laneEnds[lane] = bar.to + 1;
      const y = TOP + row * ROW + ROW / 2 + 1 - lane * (BAR + 1);
      const background = bar.entries.every(e => e.isBackground);
      const label = `${bar.occurredOn} (${bar.period.precision})${bar.entries.length > 1 ? ` ×${bar.entries.length}` : ''}`;
      const rect = node('rect', { class: `span span-${bar.period.precision}${background ? ' background' : ''}`, x: bar.from, y, width: bar.to - bar.from, height: BAR, rx: 2,
        'data-type': bar.type, 'data-precision': bar.period.precision, 'data-date': bar.occurredOn, 'data-count': bar.entries.length, 'data-lane': lane });
      rect.append(node('title', {}, `${label}\n${describe(bar)}`));
      svg.append(rect);
      // The label goes inside the bar when it fits (about 3.3 units per character at this size).
      if (label.length * 3.3 + 4 <= bar.to - bar.from) svg.append(node('text', { class: 'span-label', x: bar.from + 2, y: y + BAR - 1.5 }, label));
    }
  }

  return { draw };
})();

// The report page's own script: reads the dataset (the library's JSON export), the library's view of it and the
// quoted source paragraphs embedded in the page, and builds the timeline, filters, record panel and code tree. What
// the library decides about a record — its labels, lane, timeline date and the days it covers, its search key, what
// it names and what names it, the words for its fields — comes from the view, so no rule of the library is written
// again here. No framework, no network.
(() => {
  'use strict';

  const DAY = 86400000;
  const data = JSON.parse(document.getElementById('dataset').textContent);
  const VIEW = JSON.parse(document.getElementById('view').textContent);
  const paragraphs = JSON.parse(document.getElementById('paragraphs').textContent);
  const LABELS = JSON.parse(document.getElementById('labels').textContent);
  const $ = id => document.getElementById(id);

  // ---- Dates: the days each covers, as the library reads it --------------------------------------------------------
  function dayOf(y, m, d) { return Math.round(Date.UTC(y, m - 1, d) / DAY); }
  function dayOfIso(text) {
    const m = /^(-?\d{4,})-(\d\d)-(\d\d)$/.exec(text || '');
    return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  }
  const asOfSpan = VIEW.dates[VIEW.asOf];
  const asOf = asOfSpan && asOfSpan.end ? { end: dayOfIso(asOfSpan.end) } : null;
  // An open end is drawn up to the date the data reports to.
  function dateOf(text) {
    const span = text ? VIEW.dates[text] : null;
    if (!span || (!span.start && !span.end)) { return null; }
    const openStart = !span.start;
    const openEnd = !span.end;
    const start = openStart ? dayOfIso(span.end) : dayOfIso(span.start);
    const end = openEnd ? Math.max(start, asOf ? asOf.end : start) : dayOfIso(span.end);
    return { text, start, end, openStart, openEnd, interval: span.interval, day: span.day, approximate: span.approximate, uncertain: span.uncertain };
  }
  function shapeOf(d) {
    return d.openStart || d.openEnd ? 'ongoing' : d.interval ? 'range' : d.day ? 'day' : 'partial';
  }
  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  function spanText(d) {
    if (d.openEnd) { return `${d.text} (since ${isoOf(d.start)}, ongoing)`; }
    if (d.openStart) { return `${d.text} (until ${isoOf(d.end)})`; }
    return d.start === d.end ? d.text : `${d.text} (${isoOf(d.start)} to ${isoOf(d.end)})`;
  }

  // ---- Records: the library's view of each, with its exported fields for the panel --------------------------------
  const exported = new Map();
  for (const list of Object.values(data.records || {})) {
    for (const raw of list) { exported.set(raw.id, raw); }
  }
  const records = VIEW.records.map((view, order) => ({ ...view, date: dateOf(view.date), raw: exported.get(view.id) || { id: view.id }, order }));
  const byId = new Map(records.map(r => [r.id, r]));
  // What names a record: every record's references read the other way, in dataset order (as ReferencesTo lists them).
  for (const r of records) { r.namedBy = []; }
  for (const r of records) {
    for (const ref of r.names) { if (byId.has(ref.id)) { byId.get(ref.id).namedBy.push({ id: r.id, relation: ref.relation }); } }
  }
  const dated = records.filter(r => r.date).sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // A query as the library's search reads it: folded character by character with the library's own table, split at
  // the library's white space; a record matches when its search key holds every word.
  const FOLD = new Map();
  for (let i = 0; i < VIEW.search.foldFrom.length; i++) { FOLD.set(VIEW.search.foldFrom[i], VIEW.search.foldTo[i]); }
  function queryWords(query) {
    const words = [];
    let word = '';
    for (let i = 0; i < query.length; i++) {
      const c = FOLD.get(query[i]) || query[i];
      if (VIEW.search.separators.includes(c)) {
        if (word) { words.push(word); }
        word = '';
      } else {
        word += c;
      }
    }
    if (word) { words.push(word); }
    return words;
  }

  // What the panel calls a field and a value: the library's words. A field the view does not describe (a later
  // version of the format) is named by its words, and a value of one camel-case word in it is shown in words.
  function capital(text) { return text ? text[0].toUpperCase() + text.slice(1) : text; }
  function words(camel) { return capital(camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()); }
  const UNKNOWN = { label: null, date: false, reference: false, vocabulary: false, namesField: false };
  function fieldOf(key) { return (key && VIEW.fields[key]) || UNKNOWN; }
  function fieldName(key) { return fieldOf(key).label || words(key); }
  function valueName(value) { return VIEW.values[value] || words(value); }

  // ---- Codes -----------------------------------------------------------------------------------------------------
  const pillars = VIEW.codes;
  const areas = pillars.flatMap(p => p.children);

  // ---- State (kept in the URL fragment) --------------------------------------------------------------------------
  const KEYS = ['q', 'pillar', 'area', 'line', 'kind', 'org', 'state', 'from', 'to', 'record'];
  let state = {};
  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const next = {};
    for (const k of KEYS) { if (params.get(k)) { next[k] = params.get(k); } }
    return next;
  }
  function writeHash() {
    const params = new URLSearchParams();
    for (const k of KEYS) { if (state[k]) { params.set(k, state[k]); } }
    const hash = params.toString();
    if (location.hash.slice(1) !== hash) { history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search); }
  }
  function setState(change) {
    state = { ...state, ...change };
    for (const k of KEYS) { if (!state[k]) { delete state[k]; } }
    writeHash();
    render();
  }

  // The records every filter keeps; the search's words are the query's as the library reads it (see queryWords).
  function matches(r, query) {
    if (state.pillar && !r.pillars.includes(state.pillar)) { return false; }
    if (state.area && !r.areas.includes(state.area)) { return false; }
    if (state.line && !r.lines.includes(state.line)) { return false; }
    if (state.kind && r.kind !== state.kind) { return false; }
    if (state.org && !r.involves.includes(state.org)) { return false; }
    if (state.state && !r.involves.includes(state.state)) { return false; }
    return query.every(word => r.search.includes(word));
  }
  const filtering = () => ['q', 'pillar', 'area', 'line', 'kind', 'org', 'state'].some(k => state[k]);

  // ---- Filters ---------------------------------------------------------------------------------------------------
  function options(select, label, items) {
    select.replaceChildren(new Option(label, ''), ...items.map(([value, text]) => new Option(text, value)));
  }
  // The kinds of what the timeline and the tree are about: dated or tagged records.
  const kindLabels = new Map(records.filter(r => r.date || r.lines.length).map(r => [r.kind, r.kindLabel]));
  options($('f-pillar'), 'Any pillar', pillars.map(p => [p.code, `${p.code} ${p.name}`]));
  options($('f-area'), 'Any area', areas.map(a => [a.code, `${a.code} ${a.name}`]));
  options($('f-kind'), 'Any kind', [...kindLabels.keys()].sort().map(k => [k, kindLabels.get(k)]));
  const sorted = list => list.sort((a, b) => a.label.localeCompare(b.label));
  options($('f-org'), 'Any organisation', sorted(records.filter(r => r.type === 'Organisation' && r.namedBy.length)).map(o => [o.id, o.label]));
  options($('f-state'), 'Any member state', sorted(records.filter(r => r.type === 'MemberState')).map(m => [m.id, m.label]));
  const FIELDS = { 'f-q': 'q', 'f-pillar': 'pillar', 'f-area': 'area', 'f-kind': 'kind', 'f-org': 'org', 'f-state': 'state' };
  for (const [id, key] of Object.entries(FIELDS)) {
    $(id).addEventListener(id === 'f-q' ? 'input' : 'change', e => setState({ [key]: e.target.value, record: state.record }));
  }
  // The filters apply as they change; submitting the form (Enter in the search field) goes nowhere.
  $('filters').addEventListener('submit', e => e.preventDefault());
  $('f-reset').addEventListener('click', () => setState({ q: '', pillar: '', area: '', line: '', kind: '', org: '', state: '' }));


  // ---- Timeline --------------------------------------------------------------------------------------------------
  const NS = 'http://www.w3.org/2000/svg';
  const LANES = VIEW.lanes;
  const COLOURS = ['#566573', '#b03a2e', '#1f618d', '#1e8449', '#7d3c98'];
  const colourOf = key => COLOURS[Math.max(0, LANES.findIndex(l => l.key === key)) % COLOURS.length];
  const first = dated.length ? Math.min(...dated.map(r => r.date.start)) : dayOf(2000, 1, 1);
  const last = asOf ? asOf.end + 1 : dated.length ? Math.max(...dated.map(r => r.date.end)) + 1 : dayOf(2018, 1, 1);
  const whole = { from: dayOf(new Date(first * DAY).getUTCFullYear(), 1, 1), to: last + 120 };
  const defaultView = { from: Math.max(whole.from, dayOf(1999, 7, 1)), to: whole.to };
  const LEFT = 12;
  const ROW = 17;
  const PAD = 8;
  function view() {
    const from = dayOfIso(state.from);
    const to = dayOfIso(state.to);
    const v = { from: from === null ? defaultView.from : from, to: to === null ? defaultView.to : to + 1 };
    return v.to - v.from >= 20 ? v : defaultView;
  }
  function setView(from, to) {
    const span = Math.max(30, Math.min(to - from, whole.to - whole.from + 3650));
    from = Math.round(Math.max(whole.from - 1825, Math.min(from, whole.to + 1825 - span)));
    setState({ from: isoOf(from), to: isoOf(from + span - 1) });
  }
  function zoom(factor, centre) {
    const v = view();
    const c = centre === undefined ? (v.from + v.to) / 2 : centre;
    setView(c - (c - v.from) * factor, c + (v.to - c) * factor);
  }
  function pan(fraction) { const v = view(); const d = (v.to - v.from) * fraction; setView(v.from + d, v.to + d); }

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) { if (v !== null && v !== undefined) { e.setAttribute(k, v); } }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  // Text widths as the page's own font draws them (a canvas measures without drawing anything).
  const measurer = document.createElement('canvas').getContext('2d');
  function textWidth(text, size, weight) {
    measurer.font = `${weight || 400} ${size}px ${getComputedStyle(document.body).fontFamily}`;
    return measurer.measureText(text).width;
  }
  // Year labels every 1, 2, 5, 10… years: the smallest step at which each label has room for itself and a gap.
  const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
  const AXIS = 22;
  const TIER = 16;

  // Labels for the marks the chart labels (summits and the partnership's own instruments, chosen and worded by the
  // explorer and embedded with the page), in tiers above the lanes. Summits are placed first and always get a tier; a
  // narrow screen keeps fewer tiers for the instruments and drops the labels that do not fit (every mark still has its
  // name in its tooltip and its spoken label).
  function placeLabels(placed, width) {
    const maxTiers = width < 600 ? 4 : 8;
    const tiers = [];
    const labels = [];
    const candidates = placed.filter(p => LABELS[p.r.id])
      .map(p => ({ p, text: LABELS[p.r.id], summit: p.r.type === 'Event', anchor: (p.x1 + p.x2) / 2 }))
      .filter(c => c.anchor >= LEFT && c.anchor <= width - LEFT)
      .sort((a, b) => Number(b.summit) - Number(a.summit) || a.anchor - b.anchor);
    for (const c of candidates) {
      const w = textWidth(c.text, 12, c.summit ? 600 : 400);
      // Starting at its mark, else centred on it, else ending at it: the first that fits in the lowest tier.
      const starts = [c.anchor - 3, c.anchor - w / 2, c.anchor - w + 3].map(x1 => Math.max(2, Math.min(x1, width - 2 - w)));
      const fits = (spans, x1) => spans.every(([a, b]) => x1 + w + 8 <= a || b + 8 <= x1);
      let tier = tiers.findIndex(spans => starts.some(x1 => fits(spans, x1)));
      if (tier < 0 && (c.summit || tiers.length < maxTiers)) { tiers.push([]); tier = tiers.length - 1; }
      if (tier < 0) { continue; }
      const x1 = starts.find(start => fits(tiers[tier], start));
      tiers[tier].push([x1, x1 + w]);
      labels.push({ ...c, x: x1, tier });
    }
    return { labels, tiers: tiers.length };
  }

  let drawnWidth = 0;
  function drawTimeline(shown) {
    const host = $('timeline');
    // Drawn at the width it is shown, so text keeps its size and nothing is letterboxed.
    drawnWidth = host.clientWidth;
    const width = Math.max(240, drawnWidth || 960);
    const v = view();
    const x = day => LEFT + ((day - v.from) / (v.to - v.from)) * (width - 2 * LEFT);
    // Rows within each lane so that marks never overlap at this zoom.
    const rowsOf = new Map(LANES.map(l => [l.key, []]));
    const placed = [];
    for (const r of shown) {
      const shape = shapeOf(r.date);
      const x1 = x(r.date.start);
      const x2 = shape === 'day' ? x1 : Math.max(x(r.date.end + 1), x1 + 4);
      const a = shape === 'day' ? x1 - 6 : x1;
      const b = (shape === 'day' ? x1 + 6 : x2) + 3;
      const rows = rowsOf.get(r.lane) || rowsOf.get('partnership');
      let row = rows.findIndex(end => end <= a);
      if (row < 0) { rows.push(b); row = rows.length - 1; } else { rows[row] = b; }
      placed.push({ r, shape, x1, x2, row });
    }
    const { labels, tiers } = placeLabels(placed, width);
    const tierY = tier => AXIS + (tiers - tier) * TIER - 4;
    const lanesTop = AXIS + tiers * TIER + 4;
    const svg = el('svg', { role: 'presentation' });
    const defs = el('defs', {}, svg);
    const clip = el('clipPath', { id: 'plot' }, defs);
    let y = lanesTop;
    const laneTop = new Map();
    for (const lane of LANES) {
      const g = el('linearGradient', { id: `ongoing-${lane.key}`, x1: 0, x2: 1, y1: 0, y2: 0 }, defs);
      el('stop', { offset: '0.6', 'stop-color': colourOf(lane.key), 'stop-opacity': '0.9' }, g);
      el('stop', { offset: '1', 'stop-color': colourOf(lane.key), 'stop-opacity': '0.08' }, g);
      laneTop.set(lane.key, y);
      y += 20 + Math.max(1, rowsOf.get(lane.key).length) * ROW + 2 * PAD;
    }
    const lanesBottom = y;
    const height = y + 4;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    el('rect', { x: 0, y: 0, width, height }, clip);
    // Lane backgrounds first, translucent; the grid is drawn over them so it stays visible.
    LANES.forEach((lane, i) => {
      const top = laneTop.get(lane.key);
      const h = 20 + Math.max(1, rowsOf.get(lane.key).length) * ROW + 2 * PAD;
      el('rect', { class: 'lane-bg', x: 0, y: top, width, height: h, fill: i % 2 ? '#ffffff' : '#eef1f3' }, svg);
      el('rect', { x: 0, y: top, width: 5, height: h, fill: colourOf(lane.key) }, svg);
    });
    const grid = el('g', { 'clip-path': 'url(#plot)' }, svg);
    const perYear = (width - 2 * LEFT) * 365.25 / (v.to - v.from);
    const yearWidth = textWidth('0000', 12);
    const step = YEAR_STEPS.find(s => s * perYear >= yearWidth + 12) || YEAR_STEPS[YEAR_STEPS.length - 1];
    const gridStep = YEAR_STEPS.find(s => s * perYear >= 8) || step;
    // With a label a year, each sits in the middle of its year; with fewer, on the line where its year begins.
    const middle = step === 1;
    const startYear = new Date(v.from * DAY).getUTCFullYear();
    const endYear = new Date(v.to * DAY).getUTCFullYear();
    for (let year = startYear; year <= endYear + 1; year++) {
      const gx = x(dayOf(year, 1, 1));
      if (year % gridStep === 0 && gx >= LEFT - 1 && gx <= width) { el('line', { class: 'grid', x1: gx, x2: gx, y1: AXIS - 2, y2: height }, grid); }
      const tx = middle ? x(dayOf(year, 7, 1)) : gx;
      if (year % step === 0 && tx - yearWidth / 2 >= 2 && tx + yearWidth / 2 <= width - 2) {
        el('text', { class: 'year', x: tx, y: 14 }, svg).textContent = String(year);
      }
    }
    if (perYear > 150) {
      for (let d = dayOf(startYear, 1, 1), mo = 0; d < v.to; mo++, d = dayOf(startYear, 1 + mo, 1)) {
        const gx = x(d);
        if (gx > LEFT && gx < width) { el('line', { class: 'grid', x1: gx, x2: gx, y1: lanesTop, y2: height, 'stroke-dasharray': '2 3' }, grid); }
      }
    }
    if (asOf) {
      const ax = x(asOf.end + 1);
      el('line', { class: 'as-of', x1: ax, x2: ax, y1: AXIS - 2, y2: height }, grid);
    }
    for (const lane of LANES) {
      const t = el('text', { class: 'lane-name', x: LEFT, y: laneTop.get(lane.key) + 15 }, svg);
      t.textContent = lane.name;
      t.style.fill = colourOf(lane.key);
    }
    // A summit's guide runs through every lane; an instrument's leader ends at its mark.
    const leaders = el('g', {}, svg);
    for (const l of labels) {
      const markY = laneTop.get(l.p.r.lane) + 20 + PAD + l.p.row * ROW + ROW / 2;
      el('line', { class: l.summit ? 'guide' : 'leader', x1: l.anchor, x2: l.anchor, y1: tierY(l.tier) + 3, y2: l.summit ? lanesBottom : markY - 5 }, leaders);
    }
    const marks = el('g', { 'clip-path': 'url(#plot)', class: 'marks' }, svg);
    for (const p of placed) {
      const r = p.r;
      const cy = laneTop.get(r.lane) + 20 + PAD + p.row * ROW + ROW / 2;
      const colour = colourOf(r.lane);
      const g = el('g', { class: `mark ${p.shape}${r.date.approximate ? ' approximate' : ''}${r.date.uncertain ? ' uncertain' : ''}${state.record === r.id ? ' selected' : ''}`,
        'data-id': r.id, 'data-date': r.date.text, tabindex: 0, role: 'button', 'aria-label': `${r.label}, ${spanText(r.date)}, ${r.kindLabel}` }, marks);
      el('title', {}, g).textContent = `${r.label}\n${spanText(r.date)} · ${r.kindLabel}`;
      const dash = r.date.approximate ? '4 2' : r.date.uncertain ? '1 2' : null;
      if (p.shape === 'day') {
        el('circle', { cx: p.x1, cy, r: 5, fill: colour, stroke: dash ? '#1c2833' : null, 'stroke-dasharray': dash }, g);
      } else {
        el('rect', { x: p.x1, y: cy - 5, width: p.x2 - p.x1, height: 10, rx: 2,
          fill: p.shape === 'ongoing' ? `url(#ongoing-${r.lane})` : colour, 'fill-opacity': p.shape === 'partial' ? '0.3' : null,
          stroke: p.shape === 'partial' || dash ? colour : null, 'stroke-dasharray': dash }, g);
      }
      g.addEventListener('click', () => openRecord(r.id));
      g.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openRecord(r.id); } });
    }
    for (const l of labels) {
      const t = el('text', { class: `label${l.summit ? ' summit' : ''}`, x: l.x, y: tierY(l.tier), 'data-id': l.p.r.id, 'aria-hidden': 'true' }, svg);
      t.textContent = l.text;
      t.addEventListener('click', () => openRecord(l.p.r.id));
    }
    // Records outside the view are still drawn (clipped); a link at each edge says how many and brings them in.
    const before = shown.filter(r => r.date.end < v.from).length;
    const after = shown.filter(r => r.date.start >= v.to).length;
    const edge = (text, ex, anchor, action) => {
      const t = el('text', { class: 'edge', x: ex, y: height - 6, 'text-anchor': anchor, tabindex: 0, role: 'button' }, svg);
      t.textContent = text;
      t.addEventListener('click', action);
      t.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); action(); } });
    };
    if (before) { edge(`◀ ${before} earlier`, LEFT, 'start', () => setView(Math.min(...shown.map(r => r.date.start)) - 200, v.to)); }
    if (after) { edge(`${after} later ▶`, width - LEFT, 'end', () => setView(v.from, Math.max(...shown.map(r => r.date.end)) + 200)); }
    host.replaceChildren(svg);
    const range = $('visible-range');
    range.dataset.from = isoOf(v.from);
    range.dataset.to = isoOf(v.to - 1);
    range.textContent = `Showing ${isoOf(v.from)} to ${isoOf(v.to - 1)}: ${shown.length - before - after} of ${shown.length} dated records in view`;
  }

  // Pointer and keyboard: drag to pan, wheel to zoom about the pointer, arrows and +/− on the focused timeline.
  (() => {
    const host = $('timeline');
    let drag = null;
    host.addEventListener('pointerdown', e => {
      if (e.target.closest('.mark, .edge')) { return; }
      drag = { x: e.clientX, view: view(), moved: false };
      host.setPointerCapture(e.pointerId);
      host.classList.add('dragging');
    });
    host.addEventListener('pointermove', e => {
      if (!drag) { return; }
      const dx = e.clientX - drag.x;
      if (Math.abs(dx) < 3 && !drag.moved) { return; }
      drag.moved = true;
      const perPixel = (drag.view.to - drag.view.from) / Math.max(1, host.clientWidth - 2 * LEFT);
      setView(drag.view.from - dx * perPixel, drag.view.to - dx * perPixel);
    });
    const end = () => { drag = null; host.classList.remove('dragging'); };
    host.addEventListener('pointerup', end);
    host.addEventListener('pointercancel', end);
    host.addEventListener('wheel', e => {
      e.preventDefault();
      const v = view();
      const box = host.getBoundingClientRect();
      const at = v.from + ((e.clientX - box.left - LEFT) / Math.max(1, box.width - 2 * LEFT)) * (v.to - v.from);
      zoom(e.deltaY < 0 ? 0.8 : 1.25, at);
    }, { passive: false });
    host.addEventListener('keydown', e => {
      if (e.target !== host) { return; }
      const actions = { ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), '+': () => zoom(0.8), '=': () => zoom(0.8), '-': () => zoom(1.25) };
      if (actions[e.key]) { e.preventDefault(); actions[e.key](); }
    });
    $('zoom-in').addEventListener('click', () => zoom(0.6));
    $('zoom-out').addEventListener('click', () => zoom(1 / 0.6));
    $('pan-left').addEventListener('click', () => pan(-0.3));
    $('pan-right').addEventListener('click', () => pan(0.3));
    $('zoom-all').addEventListener('click', () => setView(whole.from, whole.to));
    $('zoom-reset').addEventListener('click', () => setState({ from: '', to: '' }));
    // Redrawn whenever its width changes: a window resized or turned, or a scroll bar that appeared after the first draw.
    new ResizeObserver(() => { if (host.clientWidth !== drawnWidth) { render(); } }).observe(host);
  })();

  function legend() {
    const item = (svg, text) => `${svg}${text}`;
    const bar = attrs => `<svg width="26" height="12" aria-hidden="true"><rect x="1" y="1" width="24" height="10" rx="2" ${attrs}/></svg>`;
    $('legend').innerHTML = [
      item('<svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill="#566573"/></svg>', 'a day'),
      item(bar('fill="#566573"'), 'a range or period'),
      item(bar('fill="#566573" fill-opacity="0.3" stroke="#566573"'), 'a month, year or decade (the span it falls in)'),
      item(bar('fill="#566573" fill-opacity="0.3" stroke="#566573" stroke-dasharray="4 2"'), 'approximate (~)'),
      item(bar('fill="url(#legend-ongoing)"'), 'ongoing, to the as-of date'),
    ].join(' ') + '<svg width="0" height="0" aria-hidden="true"><linearGradient id="legend-ongoing"><stop offset="0.6" stop-color="#566573"/><stop offset="1" stop-color="#566573" stop-opacity="0.08"/></linearGradient></svg>' +
      ' — a record tagged under several pillars sits in the lane of its first action line.';
  }

  // ---- Results ---------------------------------------------------------------------------------------------------
  function drawResults(shown) {
    const list = $('result-list');
    const items = shown.map(r => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.id = r.id;
      if (state.record === r.id) { b.setAttribute('aria-current', 'true'); }
      const sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = r.date ? colourOf(r.lane) : 'transparent';
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = [r.date ? r.date.text : null, r.kindLabel, r.lines.join(' ')].filter(Boolean).join(' · ');
      b.append(sw, r.label, meta);
      b.addEventListener('click', () => openRecord(r.id));
      li.appendChild(b);
      return li;
    });
    list.replaceChildren(...items);
    const datedCount = shown.filter(r => r.date).length;
    $('result-count').dataset.count = shown.length;
    $('result-count').textContent = filtering()
      ? `${shown.length} records match (${datedCount} dated, on the timeline).`
      : `${shown.length} records tagged with a date or an action line; choose filters above to narrow them.`;
  }

  // ---- Record panel ----------------------------------------------------------------------------------------------
  // A link to a record keeps the rest of the view (filters, range) in its address, so it can also be opened elsewhere.
  function link(id) {
    const target = byId.get(id);
    const a = document.createElement('a');
    a.className = 'link';
    a.dataset.id = id;
    const params = new URLSearchParams(location.hash.slice(1));
    params.set('record', id);
    a.href = `#${params}`;
    a.textContent = target ? `${target.label} (${target.kindLabel})` : id;
    a.addEventListener('click', e => { e.preventDefault(); openRecord(id); });
    return a;
  }
  // Any value the export holds, rendered as the view describes its field: ids as links, dates with the days they
  // cover, vocabulary in words, lists and nested objects (roles, status histories, inferences…) as nested lists.
  function valueNode(value, key) {
    if (Array.isArray(value)) {
      if (!value.length) { return document.createTextNode('none'); }
      const ul = document.createElement('ul');
      for (const v of value) { const li = document.createElement('li'); li.appendChild(valueNode(v, key)); ul.appendChild(li); }
      return ul;
    }
    if (value && typeof value === 'object') { return fields(value); }
    if (typeof value !== 'string') { return document.createTextNode(String(value)); }
    const field = fieldOf(key);
    if (field.reference && byId.has(value)) { return link(value); }
    if (field.date) {
      const d = dateOf(value);
      return document.createTextNode(d ? spanText(d) : value);
    }
    if (field.namesField) { return document.createTextNode(fieldName(value)); }
    const vocabulary = field.vocabulary || (field === UNKNOWN && /^[a-z]+(?:[A-Z][a-z0-9]*)*$/.test(value));
    return document.createTextNode(vocabulary ? valueName(value) : value);
  }
  function fields(object, skip) {
    const dl = document.createElement('dl');
    for (const [k, v] of Object.entries(object)) {
      if (skip && skip.includes(k)) { continue; }
      const dt = document.createElement('dt');
      dt.textContent = fieldName(k);
      if (/infer/i.test(k)) {
        const mark = document.createElement('span');
        mark.className = 'inferred';
        mark.textContent = 'inferred';
        dt.append(' ', mark);
      }
      const dd = document.createElement('dd');
      dd.appendChild(k === 'sources' ? quotes(v) : valueNode(v, k));
      dl.append(dt, dd);
    }
    return dl;
  }
  function quotes(sources) {
    const box = document.createElement('div');
    for (const s of Array.isArray(sources) ? sources : []) {
      const doc = byId.get(s.documentId);
      const q = document.createElement('blockquote');
      q.className = 'source';
      if (s.paragraph !== undefined) { q.dataset.paragraph = s.paragraph; }
      const text = (paragraphs[s.documentId] || {})[s.paragraph];
      const p = document.createElement('p');
      p.textContent = text ? `${s.paragraph}. ${text}` : 'The text of this paragraph is not included in the page.';
      const cite = document.createElement('cite');
      cite.textContent = `${doc ? doc.label : s.documentId}${s.paragraph !== undefined ? ` ¶${s.paragraph}` : ''}`;
      const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'documentId' && k !== 'paragraph'));
      q.append(p, cite);
      if (Object.keys(rest).length) { q.appendChild(fields(rest)); }
      box.appendChild(q);
    }
    return box;
  }
  function openRecord(id) { setState({ record: id }); const panel = $('panel'); panel.focus({ preventScroll: false }); }
  function drawPanel() {
    const panel = $('panel');
    const r = state.record && byId.get(state.record);
    const heading = document.createElement('h2');
    heading.id = 'panel-heading';
    if (!r) {
      heading.textContent = 'Record';
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = 'Choose a mark or a record to see every field, what it names, what names it and its source paragraphs.';
      panel.replaceChildren(heading, hint);
      return;
    }
    heading.textContent = r.label;
    const type = document.createElement('p');
    type.className = 'hint';
    type.textContent = `${r.typeLabel}${r.date ? ` · ${spanText(r.date)}` : ''}`;
    const parts = [heading, type, fields(r.raw, ['sources'])];
    const refersTo = document.createElement('h3');
    refersTo.textContent = `Names (${r.names.length})`;
    parts.push(refersTo, relationList(r.names));
    const namedHeading = document.createElement('h3');
    namedHeading.textContent = `Named by (${r.namedBy.length})`;
    parts.push(namedHeading, relationList(r.namedBy));
    const sourcesHeading = document.createElement('h3');
    sourcesHeading.textContent = 'Sources';
    parts.push(sourcesHeading, quotes(r.raw.sources));
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => setState({ record: '' }));
    parts.push(close);
    panel.replaceChildren(...parts);
  }
  function relationList(relations) {
    const ul = document.createElement('ul');
    ul.className = 'relations';
    for (const rel of relations) {
      const li = document.createElement('li');
      li.append(`${capital(rel.relation)}: `, link(rel.id));
      ul.appendChild(li);
    }
    if (!relations.length) { const li = document.createElement('li'); li.textContent = 'none'; ul.appendChild(li); }
    return ul;
  }

  // ---- Code tree -------------------------------------------------------------------------------------------------
  function drawTree() {
    const node = (code, name, n, key) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.code = code;
      b.setAttribute('aria-pressed', String(state[key] === code));
      b.append(`${code} ${name} `);
      const c = document.createElement('span');
      c.className = 'count';
      c.textContent = `(${n})`;
      c.dataset.count = n;
      b.appendChild(c);
      b.addEventListener('click', () => setState({ pillar: '', area: '', line: '', [key]: state[key] === code ? '' : code }));
      li.appendChild(b);
      return li;
    };
    const root = $('tree-list');
    root.replaceChildren(...pillars.map(p => {
      const li = node(p.code, p.name, p.count, 'pillar');
      const ul = document.createElement('ul');
      for (const a of p.children) {
        const ali = node(a.code, a.name, a.count, 'area');
        const lul = document.createElement('ul');
        for (const l of a.children) {
          lul.appendChild(node(l.code, l.name + (l.supersededBy ? ` (superseded by ${l.supersededBy})` : ''), l.count, 'line'));
        }
        ali.appendChild(lul);
        ul.appendChild(ali);
      }
      li.appendChild(ul);
      return li;
    }));
  }

  // ---- Render ----------------------------------------------------------------------------------------------------
  // Rendering replaces the lists, the tree and the marks; a control that had the keyboard focus gets it back.
  function focusedSelector() {
    const a = document.activeElement;
    if (!a || !a.dataset) { return null; }
    if (a.closest('#tree-list') && a.dataset.code) { return `#tree-list button[data-code="${CSS.escape(a.dataset.code)}"]`; }
    if (a.closest('#result-list') && a.dataset.id) { return `#result-list button[data-id="${CSS.escape(a.dataset.id)}"]`; }
    if (a.closest('#timeline') && a.dataset.id) { return `#timeline .mark[data-id="${CSS.escape(a.dataset.id)}"]`; }
    return null;
  }

  function render() {
    const focused = focusedSelector();
    draw();
    const again = focused && document.querySelector(focused);
    if (again && document.activeElement !== again) { again.focus({ preventScroll: true }); }
  }

  function draw() {
    for (const [id, key] of Object.entries(FIELDS)) {
      const input = $(id);
      if (input.value !== (state[key] || '') && document.activeElement !== input) { input.value = state[key] || ''; }
    }
    // Without filters the list holds what the timeline and the tree are about: dated or tagged records.
    const query = state.q ? queryWords(state.q) : [];
    const shown = records.filter(r => (filtering() ? true : r.date || r.lines.length) && matches(r, query))
      .sort((a, b) => (a.date ? 0 : 1) - (b.date ? 0 : 1) || (a.date && b.date ? a.date.start - b.date.start || a.date.end - b.date.end : 0) || a.order - b.order);
    drawTimeline(shown.filter(r => r.date));
    drawResults(shown);
    drawTree();
    drawPanel();
  }

  window.addEventListener('hashchange', () => { state = readHash(); render(); });
  state = readHash();
  $('app').hidden = false;
  legend();
  render();
})();

// The interactive cooperation map (viz/interactive_map.hpp): pan and zoom, search, the
// actor profile, filters and the year slider, on the SVG that coopnet drew (viz/map_svg.hpp).
// Plain JavaScript without any library: the page works offline from a file:// URL and
// this file is all there is to read. Every name from the data is set as text
// (textContent), never parsed as HTML.
(function () {
  'use strict';
  const root = document.getElementById('cmap');
  if (!root) { return; }
  const data = JSON.parse(document.getElementById('cmap-data').textContent);
  const W = data.words;
  const svg = root.querySelector('svg.coopnet-map');
  const viewport = svg.querySelector('.viewport');
  const stage = root.querySelector('.cmap-stage');
  const nodes = Array.from(svg.querySelectorAll('g.node'));
  const edges = Array.from(svg.querySelectorAll('.edge'));
  const profiles = data.profiles.actors;
  const box = svg.viewBox.baseVal;

  // ---- the graph behind the drawing
  const indexOf = new Map();
  const place = nodes.map((node, i) => {
    indexOf.set(node.getAttribute('data-id'), i);
    const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(node.getAttribute('transform'));
    return m ? [parseFloat(m[1]), parseFloat(m[2])] : [0, 0];
  });
  const incident = nodes.map(() => []);
  const ends = edges.map((edge, k) => {
    const a = indexOf.get(edge.getAttribute('data-a'));
    const b = indexOf.get(edge.getAttribute('data-b'));
    incident[a].push(k);
    if (b !== a) { incident[b].push(k); }
    return [a, b];
  });
  const suggested = edges.map((edge) => edge.classList.contains('suggested'));
  const yearOf = (text) => (text ? parseInt(text.slice(0, 4), 10) : null);
  // Per strand: null when one of its ties is undated (always shown), else its periods as
  // [first year or null, last year or null].
  const periods = data.strands.map((list) => {
    if (!list || list.some((p) => p[0] === null && p[1] === null)) { return null; }
    return list.map((p) => [yearOf(p[0]), yearOf(p[1])]);
  });

  // ---- pan and zoom
  let k = 1, tx = 0, ty = 0;
  const minScale = 0.2, maxScale = 12;
  function apply() {
    viewport.setAttribute('transform', 'translate(' + tx.toFixed(2) + ' ' + ty.toFixed(2) +
      ') scale(' + k.toFixed(4) + ')');
    // Labels grow more slowly than the map: readable when zoomed in, never huge.
    svg.style.setProperty('--label-scale', k > 1 ? (1 / Math.sqrt(k)).toFixed(4) : '1');
  }
  function zoomAt(factor, px, py) {
    const next = Math.min(maxScale, Math.max(minScale, k * factor));
    tx = px - (px - tx) * (next / k);
    ty = py - (py - ty) * (next / k);
    k = next;
    apply();
  }
  function zoomCentre(factor) { zoomAt(factor, box.x + box.width / 2, box.y + box.height / 2); }
  function reset() { k = 1; tx = 0; ty = 0; apply(); }
  function centreOn(i) {
    tx = box.x + box.width / 2 - place[i][0] * k;
    ty = box.y + box.height / 2 - place[i][1] * k;
    apply();
  }
  function toUser(clientX, clientY) {
    const ctm = svg.getScreenCTM();
    if (!ctm) { return [0, 0]; }
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return [p.x, p.y];
  }
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const p = toUser(event.clientX, event.clientY);
    zoomAt(Math.exp(-event.deltaY * 0.0015), p[0], p[1]);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) { return; }
    drag = { x: event.clientX, y: event.clientY, tx: tx, ty: ty, moved: false,
      onNode: !!event.target.closest('g.node') };
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) { return; }
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!drag.moved) { svg.setPointerCapture(event.pointerId); }
    drag.moved = true;
    const ctm = svg.getScreenCTM();
    const unit = ctm ? ctm.a : 1;
    tx = drag.tx + dx / unit;
    ty = drag.ty + dy / unit;
    apply();
  });
  function endDrag(event) {
    if (drag && drag.moved && svg.hasPointerCapture(event.pointerId)) {
      svg.releasePointerCapture(event.pointerId);
    }
  }
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', (event) => { endDrag(event); drag = null; });
  svg.addEventListener('click', (event) => {
    const wasDrag = drag && drag.moved;
    drag = null;
    if (wasDrag) { return; }
    const node = event.target.closest('g.node');
    if (node) { select(indexOf.get(node.getAttribute('data-id')), false); } else { clear(); }
  });
  root.querySelector('#zoom-in').addEventListener('click', () => zoomCentre(1.4));
  root.querySelector('#zoom-out').addEventListener('click', () => zoomCentre(1 / 1.4));
  root.querySelector('#zoom-reset').addEventListener('click', reset);
  stage.addEventListener('keydown', (event) => {
    if (event.target.closest && event.target.closest('input, button')) { return; }
    const step = 40 / k;
    const keys = {
      '+': () => zoomCentre(1.4), '=': () => zoomCentre(1.4), '-': () => zoomCentre(1 / 1.4),
      '0': reset, 'Escape': clear,
      'ArrowLeft': () => { tx += step * k; apply(); }, 'ArrowRight': () => { tx -= step * k; apply(); },
      'ArrowUp': () => { ty += step * k; apply(); }, 'ArrowDown': () => { ty -= step * k; apply(); },
      'Enter': () => {
        const node = event.target.closest && event.target.closest('g.node');
        if (node) { select(indexOf.get(node.getAttribute('data-id')), false); }
      },
    };
    const action = keys[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  // ---- filters and the year
  const sectorOff = new Set();
  const kindOff = new Set();
  let showSuggestions = true;
  let year = null;
  const slider = root.querySelector('#year');
  const yearText = root.querySelector('#year-text');
  const nodeHidden = new Array(nodes.length).fill(false);
  const edgeHidden = new Array(edges.length).fill(false);
  function activeIn(k, y) {
    const list = periods[k];
    if (list === null || y === null) { return true; }
    return list.some((p) => (p[0] === null || p[0] <= y) && (p[1] === null || y <= p[1]));
  }
  function filter() {
    nodes.forEach((node, i) => {
      nodeHidden[i] = sectorOff.has(profiles[i].sectorKey);
      node.classList.toggle('hidden', nodeHidden[i]);
    });
    edges.forEach((edge, e) => {
      const kind = edge.getAttribute('data-kind');
      edgeHidden[e] = nodeHidden[ends[e][0]] || nodeHidden[ends[e][1]] ||
        (suggested[e] ? !showSuggestions : kindOff.has(kind) || !activeIn(e, year));
      edge.classList.toggle('hidden', edgeHidden[e]);
    });
    if (selected !== null && nodeHidden[selected]) { clear(); } else if (selected !== null) { select(selected, false); }
  }
  root.querySelectorAll('input[data-sector]').forEach((box) => box.addEventListener('change', () => {
    const key = box.getAttribute('data-sector');
    if (box.checked) { sectorOff.delete(key); } else { sectorOff.add(key); }
    filter();
  }));
  root.querySelectorAll('input[data-kind]').forEach((box) => box.addEventListener('change', () => {
    const key = box.getAttribute('data-kind');
    if (box.checked) { kindOff.delete(key); } else { kindOff.add(key); }
    filter();
  }));
  const suggestionBox = root.querySelector('#show-suggestions');
  if (suggestionBox) {
    suggestionBox.addEventListener('change', () => { showSuggestions = suggestionBox.checked; filter(); });
  }
  function showYear() {
    const value = parseInt(slider.value, 10);
    year = value <= parseInt(slider.min, 10) ? null : value;
    yearText.textContent = year === null ? W.allYears : String(year);
    filter();
  }
  if (slider && !slider.disabled) { slider.addEventListener('input', showYear); }

  // ---- the profile
  const panel = root.querySelector('#profile');
  const hint = panel.innerHTML;
  let selected = null;
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, (m, i) => values[parseInt(i, 10)]);
  }
  function periodText(list) {
    if (!list) { return ''; }
    const dated = list.filter((p) => p[0] !== null || p[1] !== null);
    return dated.map((p) => {
      if (p[0] !== null && p[1] !== null) { return p[0] === p[1] ? p[0] : p[0] + '–' + p[1]; }
      return p[0] !== null ? fill(W.since, [p[0]]) : fill(W.until, [p[1]]);
    }).join(', ');
  }
  function actorButton(i, extra, cls) {
    const b = el('button', profiles[i].label, cls);
    b.type = 'button';
    b.setAttribute('data-id', profiles[i].id);
    if (extra) { b.appendChild(el('span', ' ' + extra, 'period')); }
    return b;
  }
  function renderProfile(i) {
    const p = profiles[i];
    const P = data.profiles;
    panel.textContent = '';
    const close = el('button', '×', 'close');
    close.type = 'button';
    close.setAttribute('aria-label', W.close);
    close.addEventListener('click', clear);
    panel.appendChild(close);
    panel.appendChild(el('h2', p.label));
    const facts = [p.sector];
    if (p.community !== null && p.community !== undefined) { facts.push(fill(W.community, [p.community])); }
    panel.appendChild(el('p', facts.join(' · '), 'facts'));
    if (p.cut) {
      let text = p.cut.count === null ? W.cutPoint : fill(W.cutOff, [p.cut.count]);
      if (p.cut.names.length) {
        text += ' ' + p.cut.names.join(', ') + (p.cut.more > 0 ? ' ' + fill(W.andMore, [p.cut.more]) : '');
      }
      panel.appendChild(el('p', text, 'cut'));
    }
    // Measures with their ranks.
    panel.appendChild(el('h3', W.measures));
    const table = el('table', null, 'measures');
    P.measures.forEach((measure, m) => {
      const row = table.insertRow();
      const name = row.insertCell();
      name.appendChild(el('span', measure.name, 'measure'));
      name.appendChild(el('span', measure.explain, 'explain'));
      row.insertCell().textContent = p.m[m][0];
      const rank = row.insertCell();
      rank.textContent = p.m[m][1] === null ? '' : fill(P.rank, [p.m[m][1], data.actorCount]);
      rank.className = 'rank';
    });
    panel.appendChild(table);
    if (p.roles && p.roles.length) {
      panel.appendChild(el('h3', W.roles));
      const list = el('ul', null, 'roles');
      for (const [role, count] of p.roles) {
        const item = el('li');
        item.appendChild(el('strong', P.roles[role].name + ': ' + count));
        item.appendChild(el('span', ' ' + P.roles[role].explain, 'explain'));
        list.appendChild(item);
      }
      panel.appendChild(list);
    }
    // Partners, grouped by tie kind, with the periods of their ties.
    const byKind = new Map();
    for (const e of incident[i]) {
      if (suggested[e]) { continue; }
      const kind = edges[e].getAttribute('data-kind');
      const other = ends[e][0] === i ? ends[e][1] : ends[e][0];
      if (!byKind.has(kind)) { byKind.set(kind, []); }
      byKind.get(kind).push([other, periodText(data.strands[e])]);
    }
    const others = new Set();
    byKind.forEach((list) => list.forEach((x) => others.add(x[0])));
    panel.appendChild(el('h3', fill(W.partners, [others.size])));
    const kinds = Array.from(byKind.keys()).sort((a, b) => data.kindOrder[a] - data.kindOrder[b]);
    for (const kind of kinds) {
      const group = el('div', null, 'kind');
      group.appendChild(el('h4', data.kindNames[kind]));
      const list = byKind.get(kind).sort((a, b) => profiles[a[0]].label.localeCompare(profiles[b[0]].label));
      for (const [other, when] of list) { group.appendChild(actorButton(other, when, 'partner')); }
      panel.appendChild(group);
    }
    if (kinds.length === 0) { panel.appendChild(el('p', W.noPartners, 'muted')); }
    if (p.suggest && p.suggest.length) {
      panel.appendChild(el('h3', W.suggestions));
      const list = el('ul', null, 'suggest');
      for (const s of p.suggest) {
        const item = el('li');
        const j = indexOf.get(s.id);
        item.appendChild(j === undefined ? el('span', s.label) : actorButton(j, null, 'actor-link'));
        if (s.via.length) { item.appendChild(el('span', ' ' + fill(W.via, [s.via.join(', ')]), 'explain')); }
        list.appendChild(item);
      }
      panel.appendChild(list);
    }
    panel.querySelectorAll('button[data-id]').forEach((b) => b.addEventListener('click', () => {
      select(indexOf.get(b.getAttribute('data-id')), true);
    }));
  }
  // The selection marks only the actor, its partners and its lines; the class
  // `has-selection` on the drawing fades everything else by CSS, so selecting costs the
  // actor's degree, not the size of the map.
  let marked = [];
  function unmark() {
    for (const e of marked) { e.classList.remove('selected', 'partner', 'active'); }
    marked = [];
  }
  function select(i, centre) {
    if (i === undefined || i === null) { return; }
    unmark();
    selected = i;
    nodes[i].classList.add('selected');
    marked.push(nodes[i]);
    for (const e of incident[i]) {
      if (edgeHidden[e]) { continue; }
      edges[e].classList.add('active');
      marked.push(edges[e]);
      if (suggested[e]) { continue; }
      const j = ends[e][0] === i ? ends[e][1] : ends[e][0];
      if (j !== i && !nodes[j].classList.contains('partner')) {
        nodes[j].classList.add('partner');
        marked.push(nodes[j]);
      }
    }
    svg.classList.add('has-selection');
    renderProfile(i);
    if (centre) { centreOn(i); }
  }
  function clear() {
    selected = null;
    unmark();
    svg.classList.remove('has-selection');
    panel.innerHTML = hint;  // the page's own text, written by coopnet
  }

  // ---- search (case, accents and umlauts ignored: "muller" and "mueller" find "Müller")
  const plain = (s) => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const spelled = (s) => plain(s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
  const keys = profiles.map((p) => [plain(p.label + ' ' + p.id), spelled(p.label + ' ' + p.id)]);
  const search = root.querySelector('#search');
  const results = root.querySelector('#search-results');
  let matches = [];
  function find(query) {
    const q1 = plain(query.trim()), q2 = spelled(query.trim());
    if (!q1) { return []; }
    const found = [];
    keys.forEach((key, i) => {
      if (key[0].includes(q1) || key[1].includes(q2)) { found.push(i); }
    });
    return found;
  }
  search.addEventListener('input', () => {
    matches = find(search.value);
    results.textContent = '';
    matches.slice(0, 12).forEach((i) => {
      const b = el('button', profiles[i].label);
      b.type = 'button';
      b.addEventListener('click', () => { select(i, true); results.textContent = ''; });
      results.appendChild(b);
    });
    if (search.value.trim() && matches.length === 0) { results.appendChild(el('span', W.noMatch, 'muted')); }
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && matches.length) {
      event.preventDefault();
      select(matches[0], true);
      results.textContent = '';
    } else if (event.key === 'ArrowDown' && results.firstChild) {
      event.preventDefault();
      results.firstChild.focus();
    }
  });

  apply();
  window.coopnetMap = {
    scale: () => k,
    select: (id) => select(indexOf.get(id), true),
    clear: clear,
  };
}());

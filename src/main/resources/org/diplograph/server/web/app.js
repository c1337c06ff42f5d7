'use strict';
// The graph page. Everything that comes from documents is untrusted: it is only ever put in the
// page through textContent or checked href values, never through innerHTML.
(function () {
  const SPARQL = 'ds/sparql';
  const PREFIXES = [
    'PREFIX dg: <https://w3id.org/diplograph/ontology#>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
    'PREFIX dcterms: <http://purl.org/dc/terms/>',
    ''].join('\n');
  const TYPE_COLORS = { Country: '#1f77b4', Organization: '#ff7f0e', Person: '#2ca02c', GovernmentBody: '#9467bd' };
  const KIND_COLORS = {
    MEET: '#4e79a7', VISIT: '#59a14f', SIGN: '#9c755f', UPGRADE_PARTNERSHIP: '#f28e2b',
    JOINT_STATEMENT: '#76b7b2', JOIN: '#edc948', OPPOSE: '#e15759', LAUNCH: '#b07aa1',
    ESTABLISH_RELATIONS: '#8cd17d', SEVER_RELATIONS: '#86bcb6',
    MEMBER_OF: '#bab0ac', HOLDS_POST: '#bab0ac' };
  let cy = null;
  let labels = {};
  let typesBuilt = false;
  let selected = null; // the data of the actor whose events are listed

  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function status(text) { $('status').textContent = text; }

  function selectedTypes() {
    return Array.from(document.querySelectorAll('#types input:checked')).map(i => i.value);
  }

  function buildTypeFilters(types) {
    const box = $('types');
    types.forEach(t => {
      const label = el('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.value = t;
      input.checked = true;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + t));
      box.appendChild(label);
    });
    typesBuilt = true;
  }

  function buildLegend() {
    const legend = $('legend');
    Object.keys(TYPE_COLORS).forEach(t => {
      const span = el('span');
      const dot = el('i');
      dot.style.backgroundColor = TYPE_COLORS[t];
      span.appendChild(dot);
      span.appendChild(document.createTextNode(t));
      legend.appendChild(span);
    });
  }

  // The network as the filters select it; null (after saying why) when it cannot be had.
  async function fetchNetwork() {
    const params = new URLSearchParams();
    if (typesBuilt) {
      const types = selectedTypes();
      params.set('types', types.length ? types.join(',') : 'NONE');
      if (!types.length) { return { elements: { nodes: [], edges: [] } }; }
    }
    if ($('from').value) { params.set('from', $('from').value); }
    if ($('to').value) { params.set('to', $('to').value); }
    const resp = await fetch('api/network?' + params.toString(), { cache: 'no-store' });
    if (!resp.ok) { status('error: ' + await resp.text()); return null; }
    const data = await resp.json();
    if (!typesBuilt && data.eventTypes) { buildTypeFilters(data.eventTypes); }
    return data;
  }

  async function loadNetwork() {
    status('loading…');
    const data = await fetchNetwork();
    if (data) { render(data.elements); }
  }

  function countStatus(elements) {
    status(elements.nodes.length + ' actors, ' + elements.edges.length + ' relations');
  }

  function render(elements) {
    if (cy) { cy.destroy(); }
    selected = null;
    labels = {};
    elements.nodes.forEach(n => { labels[n.data.iri] = n.data.label; });
    cy = cytoscape({
      container: $('cy'),
      elements: elements,
      style: [
        { selector: 'node', style: {
          'background-color': n => TYPE_COLORS[n.data('type')] || '#999',
          'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'edge', style: {
          'width': e => Math.min(12, 1 + 2 * Math.log(e.data('count'))),
          'line-color': e => KIND_COLORS[e.data('kind')] || '#999',
          'target-arrow-color': e => KIND_COLORS[e.data('kind')] || '#999',
          'target-arrow-shape': e => (e.data('directed') ? 'triangle' : 'none'),
          'curve-style': 'bezier', 'opacity': 0.8 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
        { selector: '.fresh', style: { 'underlay-color': '#ffd400', 'underlay-opacity': 0.6, 'underlay-padding': 6 } }
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 }
    });
    cy.on('tap', 'node', evt => showActor(evt.target.data()));
    window.diplographCy = cy; // for the browser console and the page test
    countStatus(elements);
  }

  // Brings the drawn network up to date without redrawing it: zoom, pan, positions and the selected actor
  // stay; new actors are placed beside the actors they are linked to and marked for a while; the list of
  // the selected actor's events is read again.
  function update(elements) {
    const wanted = new Set(elements.nodes.concat(elements.edges).map(e => e.data.id));
    const added = [];
    cy.batch(() => {
      cy.elements().filter(e => !wanted.has(e.id())).remove();
      elements.nodes.forEach(n => {
        labels[n.data.iri] = n.data.label;
        const old = cy.getElementById(n.data.id);
        if (old.nonempty()) { old.data(n.data); } else { added.push(cy.add({ group: 'nodes', data: n.data })); }
      });
      elements.edges.forEach(e => {
        const old = cy.getElementById(e.data.id);
        if (old.nonempty()) { old.data(e.data); } else { added.push(cy.add({ group: 'edges', data: e.data })); }
      });
    });
    const fresh = cy.collection(added);
    fresh.nodes().forEach(n => placeBesideNeighbours(n, fresh));
    fresh.addClass('fresh');
    setTimeout(() => fresh.removeClass('fresh'), 30000);
    countStatus(elements);
    const newActors = fresh.nodes().map(n => n.data('label'));
    $('news').textContent = 'Updated ' + new Date().toLocaleTimeString() + ': '
      + (newActors.length ? 'new actors ' + newActors.join('、') + '; ' : '')
      + fresh.edges().length + ' new relation(s).';
    if (selected && cy.getElementById(selected.id).nonempty()) {
      showActor(cy.getElementById(selected.id).data());
    }
  }

  function placeBesideNeighbours(node, fresh) {
    const placed = node.neighborhood('node').difference(fresh);
    const box = cy.extent();
    let x = (box.x1 + box.x2) / 2;
    let y = (box.y1 + box.y2) / 2;
    if (placed.nonempty()) {
      x = placed.map(n => n.position('x')).reduce((a, b) => a + b, 0) / placed.length;
      y = placed.map(n => n.position('y')).reduce((a, b) => a + b, 0) / placed.length;
    }
    const angle = Math.random() * 2 * Math.PI;
    node.position({ x: x + 80 * Math.cos(angle), y: y + 80 * Math.sin(angle) });
  }

  async function refreshNetwork() {
    const data = await fetchNetwork();
    if (!data) { return; }
    if (cy) { update(data.elements); } else { render(data.elements); }
  }

  async function sparql(query) {
    const body = new URLSearchParams();
    body.set('query', query);
    const resp = await fetch(SPARQL, {
      method: 'POST', body: body,
      headers: { 'Accept': 'application/sparql-results+json' } });
    if (!resp.ok) { throw new Error(resp.status + ' ' + await resp.text()); }
    return resp.json();
  }

  function value(binding, name) { return binding[name] ? binding[name].value : ''; }

  function safeIri(iri) { return /^https?:\/\/[^\s<>"{}|\\^`]+$/.test(iri); }

  function inRange(date) {
    const from = $('from').value;
    const to = $('to').value;
    if (!from && !to) { return true; }
    if (!date) { return false; }
    return (!from || date >= from.substring(0, date.length)) && (!to || date <= to.substring(0, date.length));
  }

  async function showActor(data) {
    selected = data;
    $('actor-name').textContent = data.label;
    const facts = [data.type, data.id, data.label_en, data.qid].filter(Boolean);
    $('actor-facts').textContent = facts.join(' · ');
    const list = $('events');
    list.replaceChildren();
    if (!safeIri(data.iri)) { return; }
    const query = PREFIXES + [
      'SELECT ?type ?date ?sentence ?url ?title ?doc (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?parties)',
      'WHERE {',
      '  ?e dg:party <' + data.iri + '> ; dg:party ?p ; dg:eventType ?et ; dg:evidence ?ev .',
      '  ?ev prov:value ?sentence .',
      '  BIND(STRAFTER(STR(?et), "/eventtype/") AS ?type)',
      '  OPTIONAL { ?e dg:date ?d } BIND(COALESCE(STR(?d), "") AS ?date)',
      '  OPTIONAL { ?e prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:source ?url } OPTIONAL { ?doc dcterms:title ?title } }',
      '} GROUP BY ?e ?type ?date ?sentence ?url ?title ?doc ORDER BY ?date ?type'].join('\n');
    try {
      const result = await sparql(query);
      const types = typesBuilt ? selectedTypes() : null;
      result.results.bindings
        .filter(b => (!types || types.includes(value(b, 'type'))) && inRange(value(b, 'date')))
        .forEach(b => list.appendChild(eventItem(b)));
      if (!list.children.length) { list.appendChild(el('li', 'No events in the current filter.')); }
    } catch (e) {
      list.appendChild(el('li', 'Query failed: ' + e.message));
    }
  }

  function eventItem(b) {
    const li = el('li', null, 'event');
    li.appendChild(el('div', (value(b, 'date') || 'undated') + ' · ' + value(b, 'type'), 'meta'));
    const parties = value(b, 'parties').split(' ').filter(Boolean).map(iri => labels[iri] || decodeURIComponent(iri.replace(/^.*\//, '')));
    li.appendChild(el('div', parties.join('、'), 'parties'));
    li.appendChild(el('blockquote', value(b, 'sentence'), 'evidence'));
    const url = value(b, 'url');
    const title = value(b, 'title') || url || value(b, 'doc');
    if (safeIri(url)) {
      const a = el('a', title, 'source');
      a.href = url;
      a.rel = 'noopener noreferrer nofollow';
      a.target = '_blank';
      li.appendChild(a);
    } else {
      li.appendChild(el('div', title, 'source'));
    }
    return li;
  }

  async function loadExamples() {
    const resp = await fetch('api/queries');
    if (!resp.ok) { return; }
    const examples = await resp.json();
    const select = $('examples');
    examples.forEach(q => {
      const option = el('option', q.title);
      option.value = q.text;
      select.appendChild(option);
    });
    select.addEventListener('change', () => { if (select.value) { $('query').value = select.value; } });
  }

  async function runQuery() {
    const out = $('results');
    out.replaceChildren(el('p', 'running…'));
    try {
      const result = await sparql($('query').value);
      out.replaceChildren(resultTable(result));
    } catch (e) {
      out.replaceChildren(el('pre', e.message));
    }
  }

  function resultTable(result) {
    if (result.boolean !== undefined) { return el('p', String(result.boolean)); }
    const table = el('table');
    const head = el('tr');
    result.head.vars.forEach(v => head.appendChild(el('th', v)));
    table.appendChild(head);
    result.results.bindings.slice(0, 1000).forEach(b => {
      const tr = el('tr');
      result.head.vars.forEach(v => tr.appendChild(el('td', value(b, v))));
      table.appendChild(tr);
    });
    return table;
  }

  // New documents (ingested, dropped into a watched folder, from a polled feed) raise the server's
  // generation: the page brings its network up to date in place when it sees a new one.
  let generation = null;
  async function checkForNews() {
    try {
      const resp = await fetch('api/status', { cache: 'no-store' });
      if (!resp.ok) { return; }
      const now = (await resp.json()).generation;
      if (generation !== null && now !== generation) { await refreshNetwork(); }
      generation = now;
    } catch (e) {
      // the server may be restarting; try again at the next tick
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    buildLegend();
    $('filters').addEventListener('submit', e => { e.preventDefault(); loadNetwork(); });
    $('run').addEventListener('click', runQuery);
    loadNetwork();
    loadExamples();
    checkForNews();
    setInterval(checkForNews, 5000);
  });
})();

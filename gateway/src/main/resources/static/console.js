// jrag console: a page over the gateway's own /v1 API (the same calls a client makes), nothing else.
'use strict';

const KEY = 'jrag.apiKey';
let current = null; // the collection whose documents are shown and searched
let conversation = []; // the turns asked and answered so far, sent as history when following up

const $ = (id) => document.getElementById(id);

/** An element with text content (never HTML, so stored text cannot inject markup) and children. */
function el(tag, text, ...children) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  children.forEach((c) => e.appendChild(c));
  return e;
}

function row(...cells) {
  const tr = el('tr');
  cells.forEach((c) => tr.appendChild(c instanceof Node ? el('td', null, c) : el('td', c)));
  return tr;
}

class ApiError extends Error {
  constructor(status, body) {
    const detail = body && typeof body === 'object'
      ? `${body.title || 'Error'} (${status}): ${body.detail || ''}`
      : `HTTP ${status}: ${body || ''}`;
    super(detail);
    this.status = status;
  }
}

/** Calls the API through the gateway with the API key or access token, if one is set; JSON in and out, problems as ApiError. */
async function api(method, path, body, contentType) {
  const headers = {};
  const key = await credential();
  if (key) headers.Authorization = `Bearer ${key}`;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType || 'application/json';
    payload = contentType ? body : JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers, body: payload });
  const text = await response.text();
  let data = text;
  try { data = text ? JSON.parse(text) : null; } catch (ignored) { /* not JSON: keep the text */ }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/**
 * Asks with {stream: true}: calls onDelta with the answer's text as it is generated and returns the whole answer
 * (the last event); a problem, before the stream or as its error event, is thrown as ApiError.
 */
async function askStreamed(request, onDelta) {
  const headers = { 'Content-Type': 'application/json' };
  const key = await credential();
  if (key) headers.Authorization = `Bearer ${key}`;
  const body = JSON.stringify({ ...request, stream: true });
  const response = await fetch('/v1/ask', { method: 'POST', headers, body });
  if (!response.ok) {
    const text = await response.text();
    let data = text;
    try { data = JSON.parse(text); } catch (ignored) { /* not JSON: keep the text */ }
    throw new ApiError(response.status, data);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the answer stream ended without an answer');
    buffered += value;
    let end;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      let name = null;
      let data = null;
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data = JSON.parse(line.slice(5));
      }
      if (name === 'delta') onDelta(data.text);
      else if (name === 'answer') return data;
      else if (name === 'error') throw new ApiError(data.status, data);
    }
  }
}

/** Runs an action, showing its error (or clearing the last one) in the given element. */
async function guarded(errorId, action) {
  $(errorId).textContent = '';
  try {
    await action();
  } catch (e) {
    $(errorId).textContent = e.message;
  }
}

async function loadCollections() {
  await guarded('collections-error', async () => {
    const list = await api('GET', '/v1/collections');
    const body = $('collections');
    body.replaceChildren();
    for (const c of list.collections) {
      const pick = el('button', 'open');
      pick.type = 'button';
      pick.onclick = () => selectCollection(c.name);
      const remove = el('button', 'delete');
      remove.type = 'button';
      remove.onclick = () => deleteCollection(c.name, c.documentCount);
      const rechunk = el('button', 're-chunk');
      rechunk.type = 'button';
      rechunk.onclick = () => rechunkCollection(c.name);
      const exported = el('button', 'export');
      exported.type = 'button';
      exported.onclick = () => exportCollection(c.name);
      const instruct = el('button', 'instructions');
      instruct.type = 'button';
      instruct.onclick = () => changeInstructions(c);
      const defaults = el('button', 'search defaults');
      defaults.type = 'button';
      defaults.onclick = () => changeSearchDefaults(c);
      const actions = el('span');
      actions.append(pick, ' ', rechunk, ' ', instruct, ' ', defaults, ' ', exported, ' ', remove);
      body.appendChild(row(c.name, c.documentCount, (c.chunking && c.chunking.chunker) || 'default',
        c.language || 'default', (c.redact || []).join(', ') || 'nothing', c.instructions || 'none',
        searchDefaultsText(c.search), actions));
    }
    if (!current && list.collections.length > 0) await selectCollection(list.collections[0].name);
  });
}

async function selectCollection(name) {
  current = name;
  $('current-collection').textContent = name;
  await loadDocuments();
}

async function loadDocuments() {
  if (!current) return;
  await guarded('documents-error', async () => {
    const list = await api('GET', `/v1/collections/${encodeURIComponent(current)}/documents?limit=100`);
    const body = $('documents');
    body.replaceChildren();
    for (const d of list.documents) {
      const remove = el('button', 'delete');
      remove.type = 'button';
      remove.onclick = () => deleteDocument(d.documentId, d.title);
      const readers = d.readers && d.readers.length ? d.readers.join(', ') : 'everyone';
      const share = el('button', 'readers');
      share.type = 'button';
      share.onclick = () => changeReaders(d);
      const ask = el('button', 'ask');
      ask.type = 'button';
      ask.onclick = () => askAbout(d);
      const actions = el('span');
      actions.append(ask, ' ', share, ' ', remove);
      body.appendChild(row(d.documentId, d.title || d.source || '', d.mediaType, d.chunkCount, readers, actions));
    }
    if (list.next) body.appendChild(row(el('span', 'more documents than shown (first 100)')));
  });
}

/** Re-chunks every document of a collection (in the background) at the chunk size asked for, and follows the run. */
async function rechunkCollection(name) {
  const size = prompt(`Re-chunk every document of ${name}: chunk size in tokens (blank: the collection's options)`, '');
  if (size === null) return;
  await guarded('collections-error', async () => {
    const query = size.trim() ? `?chunkTokens=${encodeURIComponent(size.trim())}` : '';
    let run = await api('POST', `/v1/collections/${encodeURIComponent(name)}/rechunk${query}`);
    while (run.state === 'RUNNING') {
      $('rechunk-status').textContent = `re-chunking ${name}: ${run.done} of ${run.total} documents`;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      run = await api('GET', `/v1/collections/${encodeURIComponent(name)}/rechunk`);
    }
    $('rechunk-status').textContent = `re-chunked ${name}: ${run.done} of ${run.total} documents`
      + (run.failures ? `, ${run.failures} could not be (${run.failed.map((f) => `${f.documentId}: ${f.detail}`).join('; ')})` : '');
    if (current === name) await loadDocuments();
  });
}

/** Asks for the collection's instructions for its answers (empty: none) and patches them in. */
async function changeInstructions(collection) {
  const answer = prompt(`What should answers from ${collection.name} be like (e.g. "Answer in German.")?`
    + ' Empty for no instructions.', collection.instructions || '');
  if (answer === null) return;
  await guarded('collections-error', async () => {
    await api('PATCH', `/v1/collections/${encodeURIComponent(collection.name)}`,
      { instructions: answer.trim() || null });
    await loadCollections();
  });
}

/** A collection's search defaults as the table shows them: `mode=bm25, rerank=true`, or `service's`. */
function searchDefaultsText(search) {
  if (!search) return "service's";
  return Object.entries(search)
    .map(([option, value]) => `${option}=${typeof value === 'object' ? JSON.stringify(value) : value}`)
    .join(', ');
}

/**
 * Asks for the collection's search defaults as JSON (the ranking options its searches, asks and RAG chats take where
 * they set none; empty: none) and patches them in; ingest-service names an option that breaks its rule.
 */
async function changeSearchDefaults(collection) {
  const answer = prompt(`Search defaults of ${collection.name} as JSON: mode, weights, hyde, hydeWeight, rerank,`
    + ' rerankBudgetMs, efSearch, diversity (e.g. {"mode": "hybrid", "rerank": true}). Empty for none.',
  collection.search ? JSON.stringify(collection.search) : '');
  if (answer === null) return;
  await guarded('collections-error', async () => {
    let search = null;
    if (answer.trim()) {
      try {
        search = JSON.parse(answer);
      } catch (e) {
        throw new Error(`search defaults are not JSON: ${e.message}`);
      }
    }
    await api('PATCH', `/v1/collections/${encodeURIComponent(collection.name)}`, { search });
    await loadCollections();
  });
}

async function deleteCollection(name, documents) {
  if (!confirm(`Delete collection ${name} with its ${documents} documents, their chunks and vectors?`)) return;
  await guarded('collections-error', async () => {
    await api('DELETE', `/v1/collections/${encodeURIComponent(name)}`);
    if (current === name) {
      current = null;
      $('current-collection').textContent = '(pick a collection)';
      $('documents').replaceChildren();
    }
    await loadCollections();
  });
}

async function deleteDocument(id, title) {
  if (!confirm(`Delete document ${id} (${title || 'untitled'}) and its chunks?`)) return;
  await guarded('documents-error', async () => {
    await api('DELETE', `/v1/collections/${encodeURIComponent(current)}/documents/${id}`);
    await loadDocuments();
    await loadCollections();
  });
}

$('create-collection').onsubmit = (event) => {
  event.preventDefault();
  guarded('collections-error', async () => {
    const name = $('collection-name').value.trim();
    const language = $('collection-language').value || null;
    const redact = $('collection-redact').value.split(',').map((kind) => kind.trim()).filter((kind) => kind);
    const instructions = $('collection-instructions').value.trim() || null;
    await api('POST', '/v1/collections', { name, language, redact, instructions });
    $('collection-name').value = '';
    $('collection-language').value = '';
    $('collection-redact').value = '';
    $('collection-instructions').value = '';
    await selectCollection(name);
    await loadCollections();
  });
};

/** Downloads the collection's export (newline-delimited JSON), fetched with the key or token like any call. */
async function exportCollection(name) {
  await guarded('collections-error', async () => {
    const headers = {};
    const key = await credential();
    if (key) headers.Authorization = `Bearer ${key}`;
    const response = await fetch(`/v1/collections/${encodeURIComponent(name)}/export`, { headers });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    const link = el('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `${name}.ndjson`;
    link.click();
    URL.revokeObjectURL(link.href);
  });
}

$('import-collection').onsubmit = (event) => {
  event.preventDefault();
  $('import-result').textContent = '';
  guarded('collections-error', async () => {
    const name = $('import-name').value.trim();
    const imported = await api('POST', `/v1/collections/${encodeURIComponent(name)}/import`,
      $('import-file').files[0], 'application/x-ndjson');
    $('import-collection').reset();
    $('import-result').textContent = `imported ${imported.documents} documents (${imported.chunks} chunks) as ${imported.name}`;
    await loadCollections();
  });
};

/** Asks for the document's new readers (comma-separated; empty: everyone) and patches them in. */
async function changeReaders(doc) {
  const answer = prompt(`Who may read ${doc.title || doc.source || doc.documentId}? Groups, roles or`
    + ' user:<name>, comma-separated; empty for everyone.', (doc.readers || []).join(', '));
  if (answer === null) return;
  const readers = answer.split(',').map((r) => r.trim()).filter((r) => r);
  await guarded('documents-error', async () => {
    await api('PATCH', `/v1/collections/${encodeURIComponent(current)}/documents/${doc.documentId}`,
      { readers: readers.length ? readers : null });
    await loadDocuments();
  });
}

$('upload').onsubmit = (event) => {
  event.preventDefault();
  $('upload-result').textContent = '';
  guarded('documents-error', async () => {
    if (!current) throw new Error('pick a collection first');
    const file = $('upload-file').files[0];
    const params = new URLSearchParams({ source: file.name });
    const title = $('upload-title').value.trim();
    if (title) params.set('title', title);
    const readers = $('upload-readers').value.trim();
    if (readers) params.set('readers', readers);
    const stored = await api('POST', `/v1/collections/${encodeURIComponent(current)}/documents?${params}`,
      file, file.type || 'application/octet-stream');
    $('upload').reset();
    await loadDocuments();
    await loadCollections();
    $('upload-result').textContent = stored.duplicate
      ? `${file.name}: already stored as document ${stored.documentId}`
      : `${file.name}: stored as document ${stored.documentId}, ${stored.chunkCount} chunks`;
  });
};

$('search').onsubmit = (event) => {
  event.preventDefault();
  guarded('search-error', async () => {
    const request = {
      query: $('search-query').value,
      mode: $('search-mode').value,
      topK: Number($('search-top-k').value),
      highlight: true,
    };
    if (current && !$('search-all').checked) request.collection = current;
    // only documents synced from a folder or site (handbook/), or a part of one
    if ($('search-source').value.trim()) request.filters = { sourcePrefix: $('search-source').value.trim() };
    const found = await api('POST', '/v1/search', request);
    const body = $('results');
    body.replaceChildren();
    found.results.forEach((r, i) => {
      const ranks = Object.entries(r.ranks || {}).map(([source, rank]) => `${source} ${rank}`).join(', ');
      body.appendChild(row(i + 1, r.chunkId, `${r.title || ''}${originText(r.origin)}`, marked(r.text, r.highlights),
        r.score.toFixed(4), ranks));
    });
    if (found.results.length === 0) body.appendChild(row('no results'));
  });
};

/** Where a chunk comes from, as ", source, section, pages a-b" (what is known of it), or nothing. */
function originText(origin) {
  if (!origin) return '';
  const parts = [origin.source, origin.section];
  const pages = origin.pages || [];
  if (pages.length) parts.push(pages.length === 1 ? `page ${pages[0]}` : `pages ${pages[0]}-${pages[pages.length - 1]}`);
  const known = parts.filter((p) => p);
  return known.length ? `, ${known.join(', ')}` : '';
}

/** The text with its highlights in <mark> elements (text nodes throughout, never HTML). */
function marked(text, highlights) {
  const span = el('span');
  let at = 0;
  for (const h of highlights || []) {
    if (h.start < at) continue;
    span.appendChild(document.createTextNode(text.slice(at, h.start)));
    span.appendChild(el('mark', text.slice(h.start, h.end)));
    at = h.end;
  }
  span.appendChild(document.createTextNode(text.slice(at)));
  return span;
}

/** The document the next asks are about (filters.documentIds), or null for the collection. */
let askedDocument = null;

/** Narrows the asks to one document ("chat with this document") until cleared. */
function askAbout(doc) {
  askedDocument = { id: doc.documentId, collection: current };
  const clear = el('button', 'ask the whole collection');
  clear.type = 'button';
  clear.onclick = () => { askedDocument = null; $('ask-document').replaceChildren(); };
  $('ask-document').replaceChildren(
    el('span', `about document ${doc.documentId} (${doc.title || doc.source || 'untitled'}) only `), clear);
  $('ask-question').focus();
}

$('ask').onsubmit = (event) => {
  event.preventDefault();
  guarded('ask-error', async () => {
    const question = $('ask-question').value;
    const request = { question, answerMode: $('ask-mode').value };
    if (current && !$('search-all').checked) request.collection = current;
    if (askedDocument) {
      request.collection = askedDocument.collection;
      request.filters = { documentIds: [askedDocument.id] };
    }
    if (!$('ask-follow-up').checked) conversation = [];
    if (conversation.length) request.history = conversation.slice(-20);
    const text = el('div', '');
    text.className = 'answer';
    $('answer').replaceChildren(el('p', 'answering...'), text);
    let answered;
    try {
      answered = await askStreamed(request, (delta) => { text.textContent += delta; });
    } catch (e) {
      $('answer').replaceChildren();
      throw e;
    }
    const citations = el('ol');
    for (const c of answered.citations || []) {
      const item = el('li', `${c.title || 'untitled'}${originText(c.origin)} (document ${c.documentId}, chunk ${c.chunkId}): ${c.text}`);
      if (c.origin && /^https?:\/\//.test(c.origin.url || '')) {
        const link = el('a', ' open');
        link.href = c.origin.url;
        link.target = '_blank';
        link.rel = 'noopener';
        item.appendChild(link);
      }
      citations.appendChild(item);
    }
    conversation.push({ role: 'user', content: question }, { role: 'assistant', content: answered.answer });
    $('conversation').textContent = conversation.length > 2
      ? `conversation: ${conversation.length / 2} questions`
        + (answered.rewrite ? `; searched as "${answered.rewrite.query}" (${answered.rewrite.method})` : '')
      : '';
    const flagged = ((answered.guardrails && answered.guardrails.interventions) || [])
      .map((i) => `${i.rail}: ${i.action} - ${i.detail}`);
    $('answer').replaceChildren(
      el('p', `mode: ${answered.mode}${answered.reason ? ` (${answered.reason})` : ''}`
        + `${answered.cached ? ' (from the answer cache)' : ''}`),
      el('div', answered.answer),
      el('h3', 'Citations'),
      citations,
      el('p', flagged.length ? `guardrails: ${flagged.join('; ')}` : ''));
    $('answer').children[1].className = 'answer';
    if (answered.answerId) $('answer').appendChild(feedbackForm(answered.answerId));
  });
};

/** Up / down buttons and a comment for an answer in the answer log; sending again replaces the verdict. */
function feedbackForm(answerId) {
  const comment = el('input');
  comment.id = 'feedback-comment';
  comment.placeholder = 'comment (optional)';
  comment.size = 40;
  const result = el('span', '');
  result.id = 'feedback-result';
  result.className = 'muted';
  const form = el('p', 'Was this answer right? ', comment);
  for (const rating of ['up', 'down']) {
    const button = el('button', rating === 'up' ? 'right' : 'wrong');
    button.type = 'button';
    button.id = `feedback-${rating}`;
    button.onclick = () => guarded('ask-error', async () => {
      const rated = await api('POST', `/v1/asks/${encodeURIComponent(answerId)}/feedback`,
        { rating, comment: comment.value || null });
      result.textContent = ` recorded: ${rated.feedback.rating}`;
      refreshAnswerLog();
    });
    form.appendChild(button);
  }
  form.appendChild(result);
  return form;
}

$('refresh-folders').onclick = () => refreshFolders();
$('refresh-buckets').onclick = () => refreshBuckets();
$('refresh-mailboxes').onclick = () => refreshMailboxes();
$('refresh-drives').onclick = () => refreshDrives();
$('refresh-containers').onclick = () => refreshContainers();
$('refresh-repositories').onclick = () => refreshRepositories();
$('refresh-spaces').onclick = () => refreshSpaces();
$('refresh-projects').onclick = () => refreshProjects();
$('refresh-guides').onclick = () => refreshGuides();
$('refresh-gdrives').onclick = () => refreshGoogleDrives();
$('refresh-kbs').onclick = () => refreshKnowledgeBases();
refreshSites();

function refreshFolders() {
  return refreshMirrors('folders', (f) => f.path, 'rag.ingest.folder-sync.folders');
}

function refreshBuckets() {
  return refreshMirrors('buckets', (b) => (b.endpoint ? `${b.location} at ${b.endpoint}` : b.location),
    'rag.ingest.bucket-sync.buckets');
}

function refreshDrives() {
  return refreshMirrors('drives', (d) => d.location, 'rag.ingest.drive-sync.drives');
}

function refreshContainers() {
  return refreshMirrors('containers', (c) => c.location, 'rag.ingest.blob-sync.containers');
}

function refreshRepositories() {
  return refreshMirrors('repositories',
    (r) => [r.url, r.branch && `branch ${r.branch}`, r.path && `path ${r.path}`].filter(Boolean).join(', '),
    'rag.ingest.repository-sync.repositories');
}

function refreshSpaces() {
  return refreshMirrors('spaces',
    (s) => [s.location, s.blogPosts && 'with its blog', s.restrictions && 'page restrictions as readers']
      .filter(Boolean).join(', '),
    'rag.ingest.confluence-sync.spaces');
}

function refreshProjects() {
  return refreshMirrors('projects', (p) => (p.jql ? `${p.location} (${p.jql})` : p.location),
    'rag.ingest.jira-sync.projects');
}

function refreshGuides() {
  return refreshMirrors('guides',
    (g) => (g.categories.length ? `${g.location} (categories ${g.categories.join(', ')})` : g.location),
    'rag.ingest.zendesk-sync.guides');
}

function refreshGoogleDrives() {
  return refreshMirrors('gdrives', (d) => `${d.location} as ${d.serviceAccount}${d.subject ? ` for ${d.subject}` : ''}`,
    'rag.ingest.google-drive-sync.drives');
}

function refreshKnowledgeBases() {
  return refreshMirrors('kbs', (k) => k.location, 'rag.ingest.servicenow-sync.knowledge-bases');
}

function refreshMailboxes() {
  return refreshMirrors('mailboxes', (m) => `${m.location}: ${m.folders.join(', ')}`,
    'rag.ingest.mailbox-sync.mailboxes');
}

/**
 * The folders, buckets, containers, repositories, Confluence spaces, Jira projects, Zendesk help centers, ServiceNow
 * knowledge bases, mailboxes, SharePoint or OneDrive drives or Google Drive folders ingest-service keeps in step with
 * collections (GET /v1/folders, /v1/buckets, /v1/containers, /v1/repositories, /v1/spaces, /v1/projects, /v1/guides,
 * /v1/kbs, /v1/mailboxes, /v1/drives, /v1/gdrives), each with its last run and a button to sync it now.
 */
async function refreshMirrors(plural, where, configuredBy) {
  await guarded(`${plural}-error`, async () => {
    const listed = await api('GET', `/v1/${plural}`);
    const body = $(plural);
    body.replaceChildren();
    for (const m of listed[plural]) {
      const r = m.lastRun;
      const summary = m.running ? 'running...'
        : !r ? 'not run yet'
          : r.error ? `error: ${r.error}`
            : `${new Date(r.finishedAt).toLocaleString()}${r.revision ? ` (commit ${r.revision.slice(0, 12)})` : ''}:`
              + ` ${r.files} files, ${r.stored} stored, ${r.replaced} replaced,`
              + ` ${r.unchanged} unchanged, ${r.deleted} deleted, ${r.failures} failed`;
      const failed = ((r && r.failed) || []).map((x) => `${x.path}: ${x.detail}`).join('; ');
      const button = el('button', 'sync now');
      button.type = 'button';
      button.onclick = () => guarded(`${plural}-error`, async () => {
        await api('POST', `/v1/${plural}/${encodeURIComponent(m.name)}/sync`);
        setTimeout(() => refreshMirrors(plural, where, configuredBy), 1500);
      });
      body.appendChild(row(`${m.name} (${where(m)})`, m.collection, summary, failed, button));
    }
    if (listed[plural].length === 0) body.appendChild(row(`no ${plural} configured (${configuredBy})`));
  });
}

$('refresh-sites').onclick = () => refreshSites();

/** The web sites ingest-service crawls into collections, each with its last crawl and a button to crawl it now. */
async function refreshSites() {
  await guarded('sites-error', async () => {
    const listed = await api('GET', '/v1/sites');
    const body = $('sites');
    body.replaceChildren();
    for (const s of listed.sites) {
      const r = s.lastRun;
      const summary = s.running ? 'running...'
        : !r ? 'not crawled yet'
          : r.error ? `error: ${r.error}`
            : `${new Date(r.finishedAt).toLocaleString()}: ${r.pages} pages, ${r.stored} stored, ${r.replaced} replaced,`
              + ` ${r.unchanged} unchanged, ${r.deleted} deleted, ${r.skipped} skipped, ${r.failures} failed`
              + (r.incomplete ? ` (incomplete: ${r.incomplete})` : '');
      const failed = ((r && r.failed) || []).map((x) => `${x.url}: ${x.detail}`).join('; ');
      const button = el('button', 'crawl now');
      button.type = 'button';
      button.onclick = () => guarded('sites-error', async () => {
        await api('POST', `/v1/sites/${encodeURIComponent(s.name)}/sync`);
        setTimeout(refreshSites, 1500);
      });
      body.appendChild(row(`${s.name} (${s.prefixes.join(', ')})`, s.collection, summary, failed, button));
    }
    if (listed.sites.length === 0) body.appendChild(row('no sites configured (rag.ingest.web-sync.sites)'));
  });
}

$('answer-log-rating').onchange = () => refreshAnswerLog();
$('refresh-answer-log').onclick = () => refreshAnswerLog();

/** The latest answers of the answer log, those with the chosen rating. */
async function refreshAnswerLog() {
  await guarded('answer-log-error', async () => {
    const rating = $('answer-log-rating').value;
    const page = await api('GET', `/v1/asks?limit=20${rating ? `&rating=${rating}` : ''}`);
    const body = $('answer-log');
    body.replaceChildren();
    for (const a of page.asks) {
      const feedback = a.feedback ? `${a.feedback.rating}${a.feedback.comment ? `: ${a.feedback.comment}` : ''}` : '';
      const question = a.instructions ? `${a.question} (instructions: ${a.instructions})` : a.question;
      body.appendChild(row(new Date(a.createdAt).toLocaleString(), question, a.answer,
        (a.collections || ['(all)']).join(', '), feedback));
    }
    if (page.asks.length === 0) body.appendChild(row('no answers'));
  });
}

$('refresh-status').onclick = () => refreshStatus();

async function refreshStatus() {
  const parts = [];
  for (const [label, path] of [['BM25 index', '/v1/index/status'], ['HNSW index', '/v1/index/hnsw'],
    ['models', '/v1/models']]) {
    try {
      parts.push(`${label}: ${JSON.stringify(await api('GET', path), null, 2)}`);
    } catch (e) {
      parts.push(`${label}: ${e.message}`);
    }
  }
  $('status').textContent = parts.join('\n\n');
}

// --- signing in with the identity provider (OpenID Connect authorization code flow with PKCE), when the gateway
// names a client for the console (GET /console/sign-in); the access token then stands where a pasted key would

const SESSION = 'jrag.session'; // {refreshToken, expiresAt, tokenEndpoint, clientId} of a signed-in user
const PENDING = 'jrag.signIn'; // {verifier, state} while the browser is at the identity provider

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

let refreshing = null; // the refresh under way, which calls made meanwhile wait for instead of refreshing again

/** The key or token to send: a signed-in user's access token is refreshed first when it is about to expire. */
async function credential() {
  const session = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  if (session && session.refreshToken && Date.now() > session.expiresAt - 30000) {
    refreshing = refreshing || takeTokens(session, { grant_type: 'refresh_token', refresh_token: session.refreshToken })
      .catch((e) => {
        sessionStorage.removeItem(SESSION);
        sessionStorage.removeItem(KEY);
        showSignedIn(null, `session ended: ${e.message}; sign in again`);
      })
      .finally(() => { refreshing = null; });
    await refreshing;
  }
  return sessionStorage.getItem(KEY);
}

/** Posts a grant to the token endpoint and keeps the tokens it answers with; returns the token response. */
async function takeTokens(session, grant) {
  const response = await fetch(session.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: session.clientId, ...grant }),
  });
  const tokens = await response.json().catch(() => ({}));
  if (!response.ok || !tokens.access_token) {
    throw new Error(tokens.error_description || tokens.error || `the token endpoint answered ${response.status}`);
  }
  sessionStorage.setItem(KEY, tokens.access_token);
  sessionStorage.setItem(SESSION, JSON.stringify({
    ...session,
    refreshToken: tokens.refresh_token || session.refreshToken,
    expiresAt: Date.now() + 1000 * (tokens.expires_in || 300),
  }));
  return tokens;
}

/** The user an access token names (its preferred_username or sub), read without checking it: the gateway checks it. */
function userOf(token) {
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return claims.preferred_username || claims.sub || 'signed in';
  } catch (ignored) {
    return 'signed in';
  }
}

function showSignedIn(user, message) {
  $('signed-in').textContent = message || (user ? `signed in as ${user}` : '');
  $('sign-in').hidden = Boolean(user);
  $('sign-out').hidden = !user;
}

/** Sends the browser to the identity provider, which sends it back here with a code (or an error). */
async function signIn(config) {
  const verifier = randomString();
  const state = randomString();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const url = new URL(config.authorizationEndpoint);
  for (const [name, value] of Object.entries({
    response_type: 'code', client_id: config.clientId, redirect_uri: location.origin + location.pathname,
    scope: config.scope, state, code_challenge: challenge, code_challenge_method: 'S256',
  })) url.searchParams.set(name, value);
  location.assign(url);
}

/** Back from the identity provider: trades the code for tokens (the state and verifier prove it is our request). */
async function finishSignIn(config, params) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', location.pathname);
  if (params.get('error')) throw new Error(`${params.get('error')}: ${params.get('error_description') || ''}`);
  if (!pending || pending.state !== params.get('state')) throw new Error('the sign-in answered no request of this page');
  const session = { tokenEndpoint: config.tokenEndpoint, clientId: config.clientId,
    endSessionEndpoint: config.endSessionEndpoint };
  const tokens = await takeTokens(session, { grant_type: 'authorization_code', code: params.get('code'),
    redirect_uri: location.origin + location.pathname, code_verifier: pending.verifier });
  return tokens.id_token;
}

async function setUpSignIn() {
  let config;
  try {
    config = await api('GET', '/console/sign-in');
  } catch (e) {
    showSignedIn(null, `sign-in unavailable: ${e.message}`);
    return;
  }
  if (!config.enabled) return;
  $('sign-in').onclick = () => signIn(config).catch((e) => showSignedIn(null, `sign-in failed: ${e.message}`));
  $('sign-out').onclick = () => {
    const session = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
    const idToken = session && session.idToken;
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(SESSION);
    $('api-key').value = '';
    if (config.endSessionEndpoint) {
      const url = new URL(config.endSessionEndpoint);
      url.searchParams.set('client_id', config.clientId);
      url.searchParams.set('post_logout_redirect_uri', location.origin + location.pathname);
      if (idToken) url.searchParams.set('id_token_hint', idToken);
      location.assign(url);
    } else {
      showSignedIn(null);
      loadCollections();
    }
  };
  const params = new URLSearchParams(location.search);
  if (params.has('code') || params.has('error')) {
    try {
      const idToken = await finishSignIn(config, params);
      if (idToken) {
        const session = JSON.parse(sessionStorage.getItem(SESSION));
        sessionStorage.setItem(SESSION, JSON.stringify({ ...session, idToken }));
      }
    } catch (e) {
      showSignedIn(null, `sign-in failed: ${e.message}`);
      return;
    }
  }
  const session = sessionStorage.getItem(SESSION);
  showSignedIn(session ? userOf(sessionStorage.getItem(KEY)) : null);
}

$('api-key').value = sessionStorage.getItem(SESSION) ? '' : sessionStorage.getItem(KEY) || '';
$('save-key').onclick = () => {
  const key = $('api-key').value.trim();
  sessionStorage.removeItem(SESSION); // a pasted key or token replaces a signed-in user's
  if (key) sessionStorage.setItem(KEY, key); else sessionStorage.removeItem(KEY);
  showSignedIn(null);
  loadCollections();
  refreshStatus();
};

setUpSignIn().finally(() => {
  loadCollections();
  refreshStatus();
  refreshFolders();
  refreshBuckets();
  refreshMailboxes();
  refreshDrives();
  refreshContainers();
  refreshRepositories();
  refreshSpaces();
  refreshProjects();
  refreshGuides();
  refreshGoogleDrives();
  refreshKnowledgeBases();
  refreshSites();
  refreshAnswerLog();
});

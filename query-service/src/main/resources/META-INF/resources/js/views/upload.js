import { getJson } from '../api.js';
import { fill, h } from '../dom.js';
import { count } from '../format.js';
import { route } from '../router.js';
import { awaitQueryable, uploadFiles } from '../parts/ingestClient.js';

/** The key stays for this browser tab only, never in localStorage or a cookie. */
const KEY = 'newsflow.apiKey';
const ACCEPTS = '.txt,.html,.htm,.json,.jsonl,.ndjson,.zip';

/** #/upload: files to ingest-service with the API key, with progress, then when each article becomes queryable. */
export async function uploadView(root, current, signal) {
  const settings = await getJson('/api/web/settings', {}, signal);
  const key = h('input', { type: 'password', name: 'apiKey', autocomplete: 'off', required: true, value: sessionStorage.getItem(KEY) ?? '' });
  key.addEventListener('input', () => sessionStorage.setItem(KEY, key.value));
  const files = h('input', { type: 'file', name: 'files', multiple: true, required: true, accept: ACCEPTS });
  const progress = h('progress', { max: 1, value: 0 });
  const progressText = h('span', { class: 'muted' });
  const outcome = h('section', { class: 'upload-outcome', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, 'Upload');
  const form = h('form', { class: 'upload' },
    h('label', {}, h('span', {}, 'API key'), key),
    h('label', {}, h('span', {}, `Files (${ACCEPTS.replaceAll(',', ' ')})`), files),
    h('div', { class: 'buttons' }, button, progress, progressText));
  fill(root,
    h('h1', {}, 'Upload'),
    h('p', {}, 'Files go to ingest-service at ', h('code', {}, settings.ingestUrl),
      '. Its key is printed by ./newsflow up and kept in .newsflow/api-key; this tab remembers it until it is closed.'),
    form, outcome);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const answer = await uploadFiles(settings.ingestUrl, key.value, [...files.files], (sent, total) => {
        progress.value = total ? sent / total : 0;
        progressText.textContent = `${kilobytes(sent)} of ${kilobytes(total)} sent`;
      }, signal);
      const answeredAt = performance.now();
      progress.value = 1;
      fill(outcome, answer.body?.results ? receipt(answer, answeredAt, signal) : problem(answer));
    } catch (error) {
      fill(outcome, h('p', { class: 'error' }, error.message));
    } finally {
      button.disabled = false;
    }
  });
}

function kilobytes(bytes) {
  return `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
}

/** A 202 or 207: every article with its status, and, for stored ones, when query-service serves it. */
function receipt(answer, answeredAt, signal) {
  const body = answer.body;
  return [
    h('p', { class: answer.status === 202 ? 'ok' : 'warning' },
      `${answer.status}: ${count(body.accepted, 'article', 'articles')} accepted, ${body.duplicates} duplicates, ${body.rejected} rejected.`),
    h('table', { class: 'receipts' },
      h('thead', {}, h('tr', {}, h('th', {}, 'From'), h('th', {}, 'Status'), h('th', {}, 'Article'), h('th', {}, 'Queryable'))),
      h('tbody', {}, body.results.map((result) => resultRow(result, answeredAt, signal)))),
  ];
}

function resultRow(result, answeredAt, signal) {
  const where = [result.file, result.line ? `line ${result.line}` : null, result.index !== undefined ? `#${result.index}` : null]
    .filter(Boolean).join(' ');
  const queryable = h('td', { class: 'queryable' }, result.status === 'rejected' ? result.error : 'waiting…');
  if (result.id && result.status !== 'rejected') {
    awaitQueryable(result.id, answeredAt, signal).then((millis) => {
      queryable.classList.add(millis === null ? 'error' : 'ok');
      fill(queryable, millis === null ? 'not yet after 2 minutes' : `queryable after ${millis.toLocaleString('en')} ms`);
    }).catch(() => {});
  }
  return h('tr', { dataset: { status: result.status } },
    h('td', {}, where),
    h('td', {}, result.status),
    h('td', {}, result.id ? h('a', { href: route('articles', result.id), class: 'article-id' }, result.id) : ''),
    queryable);
}

/** Anything else: ingest's problem detail, each rejected article's reason, and when to retry. */
function problem(answer) {
  const body = answer.body ?? {};
  return [
    h('p', { class: 'error' }, `${answer.status}: ${body.detail ?? body.title ?? 'ingest refused the upload.'}`,
      answer.retryAfter ? ` Retry after ${answer.retryAfter} s.` : ''),
    body.errors?.length ? h('ul', {}, body.errors.map((error) => h('li', {}, `${error.pointer ?? ''} ${error.detail}`))) : null,
  ];
}

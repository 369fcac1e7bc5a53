// Uploads to ingest-service, which runs on another origin: the request carries the API key, so the
// browser asks ingest first (a CORS preflight), and ingest allows only this page's origin.

/**
 * Sends files as one multipart form, as ./newsflow upload does; {@code onProgress(sent, total)}
 * follows the bytes. XMLHttpRequest, because fetch reports no upload progress. Resolves to
 * {status, body, retryAfter} for every answer, rejects only when ingest cannot be reached.
 */
export function uploadFiles(ingestUrl, apiKey, files, onProgress, signal) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) {
      form.append('file', file, file.name);
    }
    const request = new XMLHttpRequest();
    request.open('POST', `${ingestUrl.replace(/\/$/, '')}/api/articles`);
    request.setRequestHeader('X-API-Key', apiKey);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => onProgress(event.loaded, event.total));
    request.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // answered below with the status alone
      }
      resolve({ status: request.status, body, retryAfter: request.getResponseHeader('Retry-After') });
    });
    request.addEventListener('error', () => reject(new Error(
      `ingest-service at ${ingestUrl} could not be reached (is it running, and does it allow this page's origin?)`)));
    signal.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}

/**
 * Resolves with the milliseconds from {@code since} until query-service serves the article, or
 * null when it does not within {@code deadlineMs}.
 */
export async function awaitQueryable(articleId, since, signal, deadlineMs = 120_000, everyMs = 250) {
  while (performance.now() - since < deadlineMs) {
    const response = await fetch(`/api/articles/${encodeURIComponent(articleId)}`, { method: 'HEAD', signal });
    if (response.ok) {
      return Math.round(performance.now() - since);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return null;
}

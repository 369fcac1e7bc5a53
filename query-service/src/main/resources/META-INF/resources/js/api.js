// Reads the query API of this server. A failed request becomes an ApiError carrying the problem
// detail (RFC 9457) the service answered, so the page can show why.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** Query parameters without the empty ones. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      search.set(name, String(value).trim());
    }
  }
  return search;
}

export async function getJson(path, params = {}, signal = undefined) {
  const search = query(params).toString();
  const response = await fetch(search ? `${path}?${search}` : path, { headers: { Accept: 'application/json' }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body?.detail ?? `${path} answered ${response.status}`);
  }
  return body;
}

// Routes live in the URL's hash (#/events?root=16, #/articles/<id>), so every view can be
// bookmarked and the back button works without a server-side route per view.

/** The route of the current hash: {name, id, params}. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const separator = hash.indexOf('?');
  const path = separator < 0 ? hash : hash.slice(0, separator);
  const params = new URLSearchParams(separator < 0 ? '' : hash.slice(separator + 1));
  const [name, id] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: name || 'events', id, params };
}

/** The hash of a route; empty parameters are left out. */
export function route(name, id = undefined, params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value) !== '') {
      search.set(key, String(value));
    }
  }
  const path = id === undefined || id === null ? name : `${name}/${encodeURIComponent(id)}`;
  const text = search.toString();
  return text ? `#/${path}?${text}` : `#/${path}`;
}

export function go(hash) {
  location.hash = hash;
}

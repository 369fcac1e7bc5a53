// The one way this page makes DOM. Text from the API (headlines, article text, names, quotes) is only
// ever added as text nodes, never parsed as HTML: markup in an article, a <script> or an onerror
// attribute, is shown as the characters it is and never runs. No module sets an element's HTML or
// writes markup into the document; the Content-Security-Policy of / is the second line of defence.

/**
 * An element with attributes and children. Children are nodes or text (strings, numbers); null,
 * undefined and false are skipped, arrays are flattened. Special props: class, on ({event: handler}),
 * dataset, and href, which must be a route of this page, a path on this server or an http(s) URL.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'class') {
      element.className = value;
    } else if (name === 'on') {
      for (const [type, handler] of Object.entries(value)) {
        element.addEventListener(type, handler);
      }
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'href') {
      element.setAttribute('href', checkedHref(value));
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...nodes(children));
  return element;
}

/** Replaces the children of {@code element}. */
export function fill(element, ...children) {
  element.replaceChildren(...nodes(children));
  return element;
}

function nodes(children) {
  return children.flat(Infinity)
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

/** An article's own URL, as a link target, only when it is http(s): never javascript: or data:. */
export function externalUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function checkedHref(value) {
  const href = String(value);
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//')) || externalUrl(href) === href) {
    return href;
  }
  throw new Error(`Refusing a link to ${href}`);
}

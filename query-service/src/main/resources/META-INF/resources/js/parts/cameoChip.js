import { h } from '../dom.js';
import { rootColour, rootName } from '../cameo.js';

/** A CAMEO code in its root's colour, with the code's label (or the root's name). */
export function cameoChip(cameo) {
  const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = rootColour(cameo.root);
  return h('span', { class: 'cameo', title: `CAMEO ${cameo.code}, root ${cameo.root}: ${rootName(cameo.root)}` },
    swatch, h('span', { class: 'code' }, cameo.code), ' ', cameo.label ?? rootName(cameo.root));
}

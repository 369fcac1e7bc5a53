// The 20 CAMEO 1.1b3 root codes with the names GDELT gives them (extract-engine's cameo-codes.tsv),
// and one colour each: blues and greens for cooperation, ambers for verbal conflict, reds and purples for
// material conflict, so a chart reads at a glance.
const ROOTS = [
  ['01', 'Make public statement', '#9ecae1'],
  ['02', 'Appeal', '#6baed6'],
  ['03', 'Express intent to cooperate', '#4292c6'],
  ['04', 'Consult', '#2171b5'],
  ['05', 'Engage in diplomatic cooperation', '#08519c'],
  ['06', 'Engage in material cooperation', '#74c476'],
  ['07', 'Provide aid', '#41ab5d'],
  ['08', 'Yield', '#238b45'],
  ['09', 'Investigate', '#fdd49e'],
  ['10', 'Demand', '#fdbb84'],
  ['11', 'Disapprove', '#fc8d59'],
  ['12', 'Reject', '#ef6548'],
  ['13', 'Threaten', '#d7301f'],
  ['14', 'Protest', '#fcbba1'],
  ['15', 'Exhibit force posture', '#e7298a'],
  ['16', 'Reduce relations', '#cb181d'],
  ['17', 'Coerce', '#a50f15'],
  ['18', 'Assault', '#67000d'],
  ['19', 'Fight', '#54278f'],
  ['20', 'Use unconventional mass violence', '#252525'],
];

const BY_CODE = new Map(ROOTS.map(([code, name, colour]) => [code, { code, name, colour }]));

export const cameoRoots = ROOTS.map(([code, name]) => ({ code, name }));

export function rootName(code) {
  return BY_CODE.get(code)?.name ?? `CAMEO ${code}`;
}

export function rootColour(code) {
  return BY_CODE.get(code)?.colour ?? '#888888';
}

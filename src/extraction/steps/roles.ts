// Offices as the press writes them, matched as token-key sequences (longest first).

export interface RoleWord {
  role: string;
  plural: boolean;
  /** The role of a head of state or government (their holders are the usual participants). */
  leader: boolean;
}

const ROLES: [string, string, boolean][] = [
  ['president', 'President', true], ['vice president', 'Vice President', false], ['vice-president', 'Vice President', false],
  ['prime minister', 'Prime Minister', true], ['premier', 'Prime Minister', true], ['pm', 'Prime Minister', true],
  ['deputy prime minister', 'Deputy Prime Minister', false], ['first deputy prime minister', 'First Deputy Prime Minister', false],
  ['vice premier', 'Vice Premier', false], ['chancellor', 'Chancellor', true], ['federal chancellor', 'Chancellor', true],
  ['foreign minister', 'Foreign Minister', false], ['minister of foreign affairs', 'Foreign Minister', false],
  ['minister for foreign affairs', 'Foreign Minister', false], ['minister', 'Minister', false],
  ['foreign affairs minister', 'Foreign Minister', false], ['foreign secretary', 'Foreign Minister', false],
  ['secretary of state', 'Secretary of State', false], ['defence minister', 'Defence Minister', false],
  ['defense minister', 'Defence Minister', false], ['minister of defence', 'Defence Minister', false],
  ['minister of defense', 'Defence Minister', false], ['minister of national defence', 'Defence Minister', false],
  ['minister of national defense', 'Defence Minister', false], ['defence secretary', 'Defence Minister', false],
  ['defense secretary', 'Defence Minister', false], ['secretary of defense', 'Defence Minister', false],
  ['secretary of state for defence', 'Defence Minister', false], ['minister for defence', 'Defence Minister', false],
  ['minister of the armed forces', 'Defence Minister', false], ['armed forces minister', 'Defence Minister', false],
  ['federal minister of defence', 'Defence Minister', false], ['federal minister of defense', 'Defence Minister', false],
  ['vice foreign minister', 'Deputy Foreign Minister', false], ['deputy foreign minister', 'Deputy Foreign Minister', false],
  ['first deputy foreign minister', 'Deputy Foreign Minister', false], ['deputy minister', 'Deputy Minister', false],
  ['vice minister', 'Deputy Minister', false], ['assistant minister', 'Assistant Minister', false], ['president of the senate', 'President of the Senate', false],
  ['president of the parliament', 'Speaker', false], ['speaker of the parliament', 'Speaker', false],
  ['speaker of the house', 'Speaker', false], ['speaker of parliament', 'Speaker', false], ['chairman of the parliament', 'Speaker', false], ['speaker', 'Speaker', false],
  ['external affairs minister', 'Foreign Minister', false], ['minister of external affairs', 'Foreign Minister', false],
  ['federal foreign minister', 'Foreign Minister', false], ['minister for europe and foreign affairs', 'Foreign Minister', false],
  ['finance minister', 'Finance Minister', false], ['minister of finance', 'Finance Minister', false],
  ['interior minister', 'Interior Minister', false], ['minister of internal affairs', 'Interior Minister', false],
  ['minister of the interior', 'Interior Minister', false], ['economy minister', 'Economy Minister', false],
  ['minister of economy', 'Economy Minister', false], ['trade minister', 'Trade Minister', false],
  ['energy minister', 'Energy Minister', false], ['minister of energy', 'Energy Minister', false],
  ['national security adviser', 'National Security Adviser', false], ['national security advisor', 'National Security Adviser', false],
  ['king', 'King', true], ['queen', 'Queen', true], ['emir', 'Emir', true], ['amir', 'Emir', true],
  ['crown prince', 'Crown Prince', true], ['sultan', 'Sultan', true], ['secretary general', 'Secretary General', false],
  ['secretary-general', 'Secretary General', false], ['press secretary', 'Press Secretary', false],
  ['spokesperson', 'Spokesperson', false], ['spokesman', 'Spokesperson', false], ['spokeswoman', 'Spokesperson', false],
  ['chairman', 'Chairman', false], ['chairwoman', 'Chairman', false], ['head of state', 'President', true],
  // Chief diplomats under their long titles ("Cabinet Secretary for Foreign Affairs", "Minister for Foreign Affairs and
  // Trade", "Minister of International Relations and Cooperation"), other offices readouts name beside leaders, and
  // envoys ("Ambassador of X to Y").
  ['cabinet secretary', 'Cabinet Secretary', false], ['cabinet secretary for foreign affairs', 'Foreign Minister', false],
  ['cabinet secretary for foreign and diaspora affairs', 'Foreign Minister', false],
  ['minister for foreign affairs and trade', 'Foreign Minister', false], ['minister of foreign affairs and trade', 'Foreign Minister', false],
  ['minister of foreign affairs and international cooperation', 'Foreign Minister', false],
  ['minister for foreign affairs and international cooperation', 'Foreign Minister', false],
  ['minister of foreign affairs and cooperation', 'Foreign Minister', false], ['minister of foreign affairs and international trade', 'Foreign Minister', false],
  ['minister of foreign affairs and worship', 'Foreign Minister', false], ['minister of foreign affairs and european integration', 'Foreign Minister', false],
  ['minister of foreign affairs and regional integration', 'Foreign Minister', false],
  ['minister of international relations and cooperation', 'Foreign Minister', false], ['minister of international relations', 'Foreign Minister', false],
  ['minister of state', 'Minister of State', false], ['chief of staff', 'Chief of Staff', false],
  ['speaker of the national assembly', 'Speaker', false], ['president of the national assembly', 'Speaker', false],
  ['chairman of the national assembly', 'Speaker', false], ['speaker of the senate', 'Speaker', false],
  ['speaker of the house of representatives', 'Speaker', false],
  ['ambassador', 'Ambassador', false], ['high commissioner', 'High Commissioner', false], ['special envoy', 'Special Envoy', false],
  // Heads of international organisations and their members ("the director general of the FAO", "the Commissioner for
  // Trade"), and a monarch's representative.
  ['director general', 'Director General', false], ['commissioner', 'Commissioner', false],
  ['governor general', 'Governor General', false],
  // Other holders of state offices whom visiting leaders call on.
  ['chief justice', 'Chief Justice', false],
  ['taoiseach', 'Taoiseach', true], ['emperor', 'Emperor', true], ['empress', 'Empress', false], ['chief executive', 'Chief Executive', true], ['governor', 'Governor', false], ['mayor', 'Mayor', false],
];

const PLURALS: [string, string][] = [
  ['presidents', 'President'], ['prime ministers', 'Prime Minister'], ['premiers', 'Prime Minister'],
  ['foreign ministers', 'Foreign Minister'], ['heads of state', 'President'], ['chancellors', 'Chancellor'],
];

interface Node {
  next: Map<string, Node>;
  role: RoleWord | null;
}

const ROOT: Node = { next: new Map(), role: null };
function add(phrase: string, role: RoleWord): void {
  let node = ROOT;
  for (const w of phrase.split(/[ -]/)) {
    let c = node.next.get(w);
    if (!c) node.next.set(w, (c = { next: new Map(), role: null }));
    node = c;
  }
  node.role = role;
}
for (const [p, role, leader] of ROLES) add(p, { role, plural: false, leader });
for (const [p, role] of PLURALS) add(p, { role, plural: true, leader: true });

/** Longest role phrase over the given keys (punctuation already removed). */
export function matchRole(keys: readonly string[]): { length: number; role: RoleWord } | null {
  let node: Node | undefined = ROOT;
  let best: { length: number; role: RoleWord } | null = null;
  for (let i = 0; i < keys.length && node; i++) {
    node = node.next.get(keys[i] ?? '');
    if (node?.role) best = { length: i + 1, role: node.role };
  }
  return best;
}

export const ROLE_FIRST_WORDS: ReadonlySet<string> = new Set(ROOT.next.keys());

/** The last words of offices ("minister", "president", "premier"): a name right after one is a person's. */
export const ROLE_LAST_WORDS: ReadonlySet<string> = new Set(ROLES.map(([p]) => p.split(/[ -]/).pop() ?? ''));

/** Groups that stand for the leaders of the document's main event. */
export const GROUP_PHRASES: readonly string[][] = [
  ['heads', 'of', 'state'], ['leaders'], ['two', 'leaders'], ['both', 'leaders'], ['two', 'presidents'],
  ['two', 'ministers'], ['both', 'ministers'], ['ministers'], ['two', 'heads', 'of', 'state'], ['parties'],
  ['two', 'parties'], ['counterparts'],
  ['presidents'], ['prime', 'ministers'], ['sides'], ['two', 'sides'], ['both', 'sides'], ['they'], ['leaders', 'of', 'state'],
  ['the', 'two'], ['pair'],
];

// Styles of address that stand before a name and are never part of it ("His Majesty", "His Highness the Amir",
// "Samdech Techo", "Honorable Emomali Rahmon", Malaysia's "Datuk Seri", "Tun", India's "Shri", "Smt"): no person is
// found in them.
export const STYLES: ReadonlySet<string> = new Set([
  'majesty', 'highness', 'excellency', 'excellencies', 'eminence', 'holiness', 'royal', 'serene', 'honourable', 'honorable',
  'hon', 'samdech', 'ayatollah', 'hojatoleslam', 'sayyid', 'seyyed', 'sayed', 'excellence', 'datuk', 'dato', 'datin',
  'seri', 'tun', 'shri', 'shree', 'smt',
]);

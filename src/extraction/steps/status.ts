// Status and hedging from the words around a trigger, and where it happens.
import { firstIndex } from '../context.ts';
import type { Context, TokenIndex } from '../context.ts';
import type { Resolved } from '../time/relative.ts';
import type { EventStatus } from '../types.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';

const FUTURE = new Set([
  'will', 'shall', 'scheduled', 'due', 'expected', 'planned', 'plans', 'plan', 'upcoming', 'forthcoming', 'tentatively',
  'preliminarily', 'intend', 'intends', 'postpone', 'postponed', 'invited', 'invitation', 'preparation', 'preparations',
  'preparing', 'prepare', 'forward', 'leaving', 'heading', 'headed', 'left', 'leaves', 'next', 'new', 'going', 'would',
  'en', 'route', 'way', 'await', 'awaits', 'awaited', 'agreed', 'agree', 'set', 'to', 'future', 'soon', 'later',
  'proposed', 'propose', 'invite', 'hopes', 'hope', 'ahead', 'anticipated', 'slated',
]);
// "to" alone is no cue: only "to be held", "is to", "agreed to".
const STRONG = new Set(['will', 'shall', 'scheduled', 'upcoming', 'forthcoming', 'tentatively', 'preliminarily', 'postpone', 'postponed', 'left', 'leaves', 'leaving', 'heading', 'headed', 'next', 'new', 'invited', 'invitation', 'due', 'planned', 'plans', 'expected', 'forward', 'preparation', 'preparations', 'preparing', 'prepare', 'route', 'proposed', 'await', 'awaits', 'ahead', 'anticipated', 'slated']);

const OFFICE_WORDS = new Set(['president', 'prime', 'premier', 'minister', 'chancellor', 'king', 'queen', 'secretary', 'chairman', 'chair', 'head', 'leader', 'government', 'administration', 'parliament', 'step', 'steps', 'generation', 'year']);

/**
 * "the next COP", "the next ASEAN Summit": a capitalised name after "next" that is not an office or a weekday or month,
 * and names an occurrence the segment holds (not "discussed by phone on Wednesday their positions at the next COP", where
 * the segment is the call's and the name no occurrence of its own).
 */
function namedAfter(ctx: Context, i: number, b: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || t.type !== 'word' || !t.cap || t.lineBefore || OFFICE_WORDS.has(t.key) || WEEKDAYS.has(t.key) || MONTHS.has(t.key)) return false;
  let end = i;
  while (end < i + 6 && (tokens[end]?.cap || tokens[end]?.type === 'num') && !tokens[end]?.lineBefore) end++;
  return triggerIn(ctx, i, Math.min(end + 1, b));
}

/** A trigger starting at a token from a to b (the triggers are in reading order). */
function triggerIn(ctx: Context, a: number, b: number): boolean {
  const ts = ctx.triggers;
  return (ts[firstIndex(ts.length, (k) => (ts[k]?.tokStart ?? 0) < a)]?.tokStart ?? Infinity) < b;
}

const PREPARING = new Set(['preparation', 'preparations', 'preparing']);
const OCCASIONS = new Set(['meeting', 'meetings', 'round', 'talks', 'visit', 'summit', 'session', 'contact', 'contacts', 'conversation', 'week', 'month', 'year', 'call', 'trip']);

export function futureCue(ctx: Context, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let i = a; i < b; i++) {
    const k = tokens[i]?.key ?? '';
    if (!FUTURE.has(k)) continue;
    // "a new meeting", "the next round", "the next COP", "the next G20 Summit", but not "his new term", "the next President".
    if ((k === 'new' || k === 'next') && !OCCASIONS.has(tokens[i + 1]?.key ?? '') && !(k === 'next' && namedAfter(ctx, i + 1, b))) continue;
    // "discussed by phone on Wednesday preparations for the November summit": preparations are for the occurrence they
    // name, after this segment, not for the segment's own.
    if (PREPARING.has(k) && (tokens[i + 1]?.key === 'for' || tokens[i + 1]?.key === 'of') && !triggerIn(ctx, i + 1, b) && triggerIn(ctx, b, i + 12)) continue;
    // "X, invited by Y, took part in …": a participle set off by commas tells how X came, not what is to come.
    if (k === 'invited' && tokens[i + 1]?.key === 'by' && tokens[i - 1]?.text === ',') continue;
    if (STRONG.has(k)) {
      // "is due to arrive", "is due in Oslo on Friday".
      if (k === 'due' && tokens[i + 1]?.key !== 'to' && tokens[i + 1]?.key !== 'in') continue;
      if (k === 'expected' && !expectedAt(ctx, i)) continue;
      // "is slated to meet", "slated for June"; not "a slate of candidates".
      if (k === 'slated' && tokens[i + 1]?.key !== 'to' && tokens[i + 1]?.key !== 'for') continue;
      if (k === 'left' && tokens[i + 1]?.key !== 'for') continue;
      // "headed by the President" is no journey.
      if ((k === 'headed' || k === 'heading') && tokens[i + 1]?.key !== 'to' && tokens[i + 1]?.key !== 'for' && tokens[i + 1]?.key !== 'home') continue;
      return true;
    }
    const n1 = tokens[i + 1]?.key ?? '';
    const n2 = tokens[i + 2]?.key ?? '';
    if ((k === 'agreed' || k === 'agree') && (n1 === 'to' || (n1 === 'on' && (n2 === 'a' || n2 === 'new')))) return true;
    if (k === 'to' && n1 === 'be' && (n2 === 'held' || n2 === 'signed' || n2 === 'organised' || n2 === 'organized')) return true;
    if (k === 'set' && n1 === 'to') return true;
    // "her future trip to China", "the future visit": not "the future of relations".
    if (k === 'future' && OCCASIONS.has(n1)) return true;
    // "I am going to pay a working visit".
    if (k === 'going' && n1 === 'to') return true;
    // "is to meet", "are also to visit", "is then to travel": "to" after a form of "be", past at most one adverb ("is" is no
    // cue of its own, so the check stands on "to").
    // The occurrence must follow within two words ("is to meet", "are to hold talks"), not another act ("the declaration
    // we are to adopt today" in a sentence about talks just held).
    if (k === 'to' && tokens[i + 1]?.type === 'word' && !tokens[i + 1]?.cap && beBefore(tokens, i) && triggerIn(ctx, i + 1, i + 4)) return true;
    // Headline future: "Lukashenko to pay state visit to China", "Putin, Erdogan to hold talks".
    // In title case the verb is capitalised too: "President Tokayev to Pay State Visit to Tajikistan This Week".
    // Not "According to the presidency, X and Y spoke …": no verb after "to" there, an article or a possessive.
    const verbAfter = tokens[i + 1]?.type === 'word' && (!tokens[i + 1]?.cap || HEADLINE_VERBS.has(n1)) && !NOT_VERBS.has(n1) && tokens[i - 1]?.key !== 'according';
    if (k === 'to' && (tokens[i - 1]?.cap || HEADLINE_OFFICES.has(tokens[i - 1]?.key ?? '')) && verbAfter && !tokens[i + 1]?.lineBefore && headlineSubject(ctx, i)) return true;
    if (k === 'would' && (n1 === 'like' || n1 === 'take' || n1 === 'be')) return true;
    // Reported future: "the spokesman said the leaders would meet for dinner on Tuesday".
    if (k === 'would' && tokens[i + 1]?.type === 'word' && !tokens[i + 1]?.cap && n1 !== 'have' && reportedBefore(ctx, i)) return true;
  }
  return false;
}

/**
 * "is" or "are" right before "to" at i, or before an adverb before it ("is also to", "are then to"), said of someone:
 * a pronoun, a name or office, or the leaders ("He is to meet", "President X is also to visit", "the two leaders are to
 * sign"). Not a purpose ("The aim of the visit is to deepen ties", "the task today is to"), which says nothing of time.
 */
function beBefore(tokens: Context['tokens'], i: number): boolean {
  const be = (j: number): boolean => tokens[j]?.key === 'is' || tokens[j]?.key === 'are';
  const b = be(i - 1) ? i - 1 : be(i - 2) && BE_ADVERBS.has(tokens[i - 1]?.key ?? '') ? i - 2 : -1;
  if (b < 1) return false;
  const subject = tokens[b - 1];
  return !!subject && (BE_SUBJECTS.has(subject.key) || (subject.cap && subject.type === 'word' && !subject.lineBefore && subject.key !== 'the'));
}
const BE_ADVERBS = new Set(['also', 'then', 'still', 'next']);
const BE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'leaders', 'presidents', 'ministers', 'sides', 'delegations', 'guest', 'guests']);

const NOT_VERBS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);

const WISHES = new Set(['hoped', 'hope', 'hopes', 'wished', 'wish', 'believed', 'believes', 'thought', 'suggested', 'if', 'unless', 'whether', 'could', 'might']);
const REPORTING = new Set(['said', 'told', 'announced', 'stated', 'added', 'confirmed', 'informed']);

/** A reporting verb shortly before token i in its sentence ("Seibert said the leaders would …"). */
function reportedBefore(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    const t = ctx.tokens[j];
    if (!t || t.text === '.' || t.lineBefore) return false;
    // "said he hoped the sides would come": a wish reported, not a plan.
    if (WISHES.has(t.key)) return false;
    if (REPORTING.has(t.key)) return true;
  }
  return false;
}

// Past-tense forms of the verbs that report an occurrence: "when they met in March", "X visited Y in May".
const PAST_VERBS = new Set(['met', 'visited', 'phoned', 'called', 'spoke', 'arrived', 'landed', 'flew', 'travelled', 'traveled', 'received', 'welcomed', 'hosted', 'told', 'left', 'departed']);
const MODAL_BEFORE = new Set(['will', 'would', 'to', 'shall', 'could', 'might', 'may', 'not']);

const NAME_JOINERS = new Set(['of', 'and', '&']);

/** "of" in "the Kigali Heads of Government Meeting": a joiner between capitalised words is inside a name. */
export function joinerInName(ctx: Context, j: number): boolean {
  const { tokens } = ctx;
  return NAME_JOINERS.has(tokens[j]?.key ?? '') && !!tokens[j - 1]?.cap && !!tokens[j + 1]?.cap;
}

// "the commitments made at the G20 summit in September": what was decided, reached or signed at an occurrence is past.
const SETTLED = new Set(['taken', 'reached', 'adopted', 'signed', 'achieved', 'concluded', 'approved', 'agreed', 'made', 'struck']);
const SETTING_PREPS = new Set(['at', 'during']);

/** "decisions taken at the summit": the trigger (after "the" and its name) is where something was settled. */
function settledAt(ctx: Context, tokStart: number): boolean {
  const { tokens } = ctx;
  let j = tokStart - 1;
  // The rest of the gathering's name: "the EU-China summit", "the 40th ASEAN Summit".
  while (j > tokStart - 7 && tokens[j] && (tokens[j]?.cap || tokens[j]?.type === 'num' || tokens[j]?.text === '-' || joinerInName(ctx, j)) && !SETTING_PREPS.has(tokens[j]?.key ?? '')) j--;
  if (tokens[j]?.key === 'the' || tokens[j]?.key === 'this' || tokens[j]?.key === 'that') j--;
  return SETTING_PREPS.has(tokens[j]?.key ?? '') && SETTLED.has(tokens[j - 1]?.key ?? '') && !BE_WORDS.has(tokens[j - 2]?.key ?? '');
}

const RECALLED = new Set(['recalled', 'recalling', 'remembered', 'recollected', 'reminisced']);

/** "positively recalled the participation of X, invited by Y, in the Leaders Summit": what is recalled is past. */
function recalledBefore(ctx: Context, tokStart: number): boolean {
  for (let j = tokStart - 1; j >= Math.max(0, tokStart - 16); j--) {
    const t = ctx.tokens[j];
    if (!t || t.text === '.' || t.text === ';' || t.key === 'and' || t.key === 'but' || t.lineBefore) return false;
    // "recalled that the summit will open in May" reports what is said, whatever its tense.
    if (RECALLED.has(t.key)) return ctx.tokens[j + 1]?.key !== 'that';
  }
  return false;
}

const AFTER_PREPS = new Set(['after', 'following']);
const TOLD = new Set(['said', 'told', 'stated', 'announced', 'declared', 'explained', 'noted']);
const AUDIENCE_WORDS = new Set(['the', 'press', 'reporters', 'journalists', 'media']);

/**
 * "told the press after today's Cabinet meeting", "said following the summit": an occurrence a past telling came after
 * is over (after "the", a possessive day and the capitalised words of its name).
 */
export function reportedAfter(ctx: Context, tokStart: number): boolean {
  const { tokens } = ctx;
  let j = tokStart - 1;
  while (j > tokStart - 6 && tokens[j] && (tokens[j]?.cap || tokens[j]?.possessive || tokens[j]?.type === 'num' || tokens[j]?.text === '-') && !AFTER_PREPS.has(tokens[j]?.key ?? '')) j--;
  if (tokens[j]?.key === 'the') j--;
  if (!AFTER_PREPS.has(tokens[j]?.key ?? '')) return false;
  j--;
  while (j > tokStart - 10 && AUDIENCE_WORDS.has(tokens[j]?.key ?? '')) j--;
  return TOLD.has(tokens[j]?.key ?? '');
}

/**
 * The trigger is itself a past-tense verb, not after a modal or "to", or the setting of something already settled
 * ("the commitments made at the G20 summit in September"): its occurrence is past whatever the clause around it says.
 */
export function pastVerb(ctx: Context, tokStart: number, verb: boolean): boolean {
  if (settledAt(ctx, tokStart) || recalledBefore(ctx, tokStart) || reportedAfter(ctx, tokStart)) return true;
  if (!verb || !PAST_VERBS.has(ctx.tokens[tokStart]?.key ?? '')) return false;
  return !MODAL_BEFORE.has(ctx.tokens[tokStart - 1]?.key ?? '') && !MODAL_BEFORE.has(ctx.tokens[tokStart - 2]?.key ?? '');
}

// Words that put an occurrence in the past: "held", "took place", "last", "earlier".
// "delivered a speech on Monday", "gave an interview", "spoke over the phone", "wrapped up his visit", "addressed the
// session on Monday" in a readout dated Sunday: a past verb of the occurrence's own puts the weekday before the readout.
const PAST = new Set([
  'held', 'took', 'was', 'were', 'had', 'met', 'last', 'earlier', 'ago', 'previous', 'recent', 'recently', 'visited', 'discussed', 'received', 'welcomed', 'hosted', 'attended', 'completed', 'concluded',
  'delivered', 'gave', 'spoke', 'talked', 'conversed', 'addressed', 'wrapped', 'ended', 'issued', 'briefed', 'toured', 'paid', 'laid', 'witnessed', 'participated', 'conferred', 'exchanged', 'dialled', 'dialed', 'greeted', 'arrived', 'returned', 'sat',
  // The start, resumption or opening of an occurrence: "talks got under way on Friday", "negotiations resumed on
  // Monday", "opened the forum on Tuesday", "co-chaired the commission", "kicked off", "convened a summit".
  'began', 'begun', 'started', 'resumed', 'opened', 'got', 'kicked', 'inaugurated', 'chaired', 'co-chaired', 'presided', 'co-presided', 'convened', 'launched', 'cut',
  // What was settled there: "the leaders reached agreement at the summit on Monday".
  'reached', 'signed', 'adopted',
]);

/** A cue of the past in the words of a trigger's segment ("held", "took place"), not "to be held" or "will be held". */
export function pastCue(ctx: Context, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let i = a; i < b; i++) {
    const k = tokens[i]?.key ?? '';
    if (!PAST.has(k)) continue;
    // "will be held", "is to be opened": a participle after a modal and "be" is to come.
    if (BE_WORDS.has(tokens[i - 1]?.key ?? '') && MODAL_BEFORE.has(tokens[i - 2]?.key ?? '')) continue;
    // "cut" is past only as the verb of a ribbon cut: not "a tariff cut".
    if (k === 'cut' && tokens[i + 2]?.key !== 'ribbon' && tokens[i + 3]?.key !== 'ribbon') continue;
    return true;
  }
  return false;
}
const BE_WORDS = new Set(['be', 'been']);

const HEADLINE_VERBS = new Set(['pay', 'visit', 'hold', 'meet', 'attend', 'travel', 'host', 'receive', 'sign', 'discuss', 'tour', 'address', 'make', 'chair', 'join', 'speak', 'call', 'head']);

// Offices a headline writes in lower case before "to": "Chinese president to visit Spain".
const HEADLINE_OFFICES = new Set(['president', 'premier', 'prime', 'minister', 'chancellor', 'leader', 'king', 'queen', 'pm', 'fm']);

/** Only names (capitalised words, commas, "and") stand before "to" in a headline; "X spoke to Y to congratulate" is a purpose. */
function headlineSubject(ctx: Context, i: number): boolean {
  const first = ctx.sentences[ctx.sentenceOf[i] ?? 0]?.tokStart ?? 0;
  for (let j = first; j < i; j++) {
    const t = ctx.tokens[j];
    if (!t || t.cap || HEADLINE_OFFICES.has(t.key) || t.type === 'num' || t.text === ',' || t.text === '-' || t.text === "'" || t.key === 'and') continue;
    return false;
  }
  return true;
}

// "is expected in early July", "are expected next week": "expected" after "is" and before a time is "expected to be held".
const EXPECTED_TIME = new Set(['in', 'on', 'at', 'during', 'next', 'this', 'later', 'soon', 'early', 'within', 'around', 'shortly', 'before', 'by']);

/** "expected to …", or "is (are) expected" before a time. */
function expectedAt(ctx: Context, i: number): boolean {
  const n1 = ctx.tokens[i + 1]?.key ?? '';
  if (n1 === 'to') return true;
  const before = ctx.tokens[i - 1]?.key ?? '';
  return (before === 'is' || before === 'are' || before === 'be') && EXPECTED_TIME.has(n1);
}

export function hedged(ctx: Context, a: number, b: number, window: Resolved | null): boolean {
  const { tokens } = ctx;
  for (let i = a; i < b; i++) {
    const k = tokens[i]?.key ?? '';
    const n1 = tokens[i + 1]?.key ?? '';
    if (k === 'tentatively' || k === 'preliminarily' || k === 'tentative' || k === 'provisionally') return true;
    if (k === 'expected' && expectedAt(ctx, i)) return true;
    if ((k === 'may' || k === 'might' || k === 'could') && n1 === 'be' && !tokens[i]?.cap) return true;
    // "may meet in the near future", "might visit": a modal before the occurrence's verb hedges it as "may be held" does.
    if ((k === 'may' || k === 'might') && !tokens[i]?.cap && tokens[i + 1]?.type === 'word' && !tokens[i + 1]?.cap && n1 !== 'not' && n1 !== 'have' && n1 !== 'also') return true;
    if (k === 'planned' && n1 === 'for' && window && window.from !== window.to) return true;
    // "is planned to be held in the near future": planned, and the window is itself vague.
    if (k === 'planned' && n1 === 'to' && window && window.precision === 'relative') return true;
    // "plans to meet", "most likely to meet", "will probably visit".
    if ((k === 'plans' || k === 'plan' || k === 'intends' || k === 'intend') && n1 === 'to') return true;
    if (k === 'likely' || k === 'probably' || k === 'possibly' || k === 'perhaps') return true;
  }
  return false;
}

export function statusOf(window: Resolved | null, vague: boolean, reference: string | null, future: boolean): EventStatus {
  if (window && reference) {
    if (window.to < reference) return 'held';
    if (window.from > reference) return 'upcoming';
    if (vague) return 'upcoming';
  }
  return future ? 'upcoming' : 'held';
}

const FACILITIES = new Set([
  'factory', 'plant', 'works', 'enterprise', 'mill', 'farm', 'complex', 'centre', 'center', 'university', 'school',
  'hospital', 'museum', 'memorial', 'exhibition', 'port', 'base', 'station', 'site', 'mine', 'refinery', 'shipyard',
  'facility', 'park', 'company', 'cosmodrome', 'airfield', 'agro-town', 'fair', 'institute', 'academy', 'cathedral',
]);
const SETTLEMENTS = new Set(['city', 'town', 'village', 'resort', 'port', 'district', 'province', 'county', 'municipality', 'prefecture']);
// Parts of a state after its possessive that are a place in it ("in Japan's north", "on Norway's western coast"), unlike
// what the state has or is ("a tour of Estonia's neighbouring states", "the monument to X's partisans").
const PARTS_OF_STATE = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'interior',
  'coast', 'border', 'regions', 'provinces', 'countryside', 'heartland', 'hinterland', 'outskirts', 'territory', 'mainland',
  'islands', 'capital', 'side', 'part', 'parts', 'soil',
]);
const VENUES = new Set(['house', 'palace', 'hall', 'lodge', 'residence', 'castle', 'building', 'mansion', 'chancellery', 'office']);
const PLACE_PREPS = new Set(['in', 'to', 'at', 'for', 'into', 'near']);
const NOT_PLACE = new Set(['the', 'person', 'particular', 'general', 'addition', 'turn', 'format', 'order', 'total', 'this', 'that']);

// Names the text writes as a settlement ("the city of Khujand"), per readout: only these, among places the gazetteer does
// not know, are taken for a town of a country named for the same event (finerPlace).
const towns = new WeakMap<Context, Set<string>>();

/** A venue's capitalised name from token k (two to four words no mention covers), then a known city, after a comma or not. */
function cityAfterVenue(ctx: Context, k: number, b: number, byTok: TokenIndex): string | null {
  const { tokens } = ctx;
  let e = k;
  while (e < b && e - k < 4 && tokens[e]?.type === 'word' && tokens[e]?.cap && !byTok.has(e) && !tokens[e]?.lineBefore) e++;
  if (e - k < 2) return null;
  const city = byTok.get(tokens[e]?.text === ',' ? e + 1 : e);
  return city && (city.kind === 'city' || city.kind === 'capital') && city.tokStart < b ? city.surface : null;
}

/** Whether the text wrote this name as a town ("the city of X", "X's port city of Y"). */
export function writtenAsTown(ctx: Context, name: string): boolean {
  return towns.get(ctx)?.has(name.toLowerCase()) ?? false;
}

/** "in Moscow", "to Beijing", "in Sochi": a country, a capital or an unknown capitalised place after a preposition. */
export function placeAfter(ctx: Context, a: number, b: number, byTok: TokenIndex, direct = false): string | null {
  const { tokens } = ctx;
  // Countries only close to the trigger ("talks in Russia"); further on, "in Ukraine" is more often a topic.
  // Cities anywhere in the trigger's clause ("held talks with X … at the Great Hall of the People in Beijing").
  for (let i = direct ? a - 1 : a; i < b && i < a + 40; i++) {
    const t = tokens[i];
    if (!t || (!PLACE_PREPS.has(t.key) && !(direct && i === a - 1)) || t.cap) continue;
    const near = i < a + 8;
    let k = i + 1;
    if (tokens[k]?.key === 'the' && byTok.get(k + 1)?.kind === 'country') k++;
    // "in The Hague": a city whose name takes the article, written with it.
    const named = byTok.get(k + 1);
    if (tokens[k]?.text === 'The' && named && (named.kind === 'capital' || named.kind === 'city') && !tokens[k + 1]?.lineBefore) return ctx.body.slice(tokens[k]?.start ?? 0, named.end);
    // "in South Korea's port city of Busan", "in China's Hainan": a state's possessive names the place that follows it;
    // before a person ("talks among South Korea's Park Jin and …") it names no place.
    const own = byTok.get(k);
    // "to the Philippines' partner countries": a plural's possessive, written with the apostrophe alone, says whose.
    if (own?.kind === 'country' && tokens[own.tokEnd]?.text === "'" && !tokens[own.tokEnd]?.spaceBefore && !PARTS_OF_STATE.has(tokens[own.tokEnd + 1]?.key ?? '')) continue;
    let owned = false;
    if (own && own.kind === 'country' && tokens[own.tokEnd - 1]?.possessive) {
      if (tokens[own.tokEnd]?.cap && byTok.get(own.tokEnd)?.kind !== 'city' && byTok.get(own.tokEnd)?.kind !== 'capital') {
        let s = own.tokEnd;
        while (s < own.tokEnd + 3 && !SETTLEMENTS.has(tokens[s]?.key ?? '')) s++;
        if (tokens[s + 1]?.key !== 'of') continue;
      }
      owned = true;
      k = own.tokEnd;
      // "port city of", "capital city of": words before the settlement noun.
      for (let s = k; s < k + 3; s++) {
        if (SETTLEMENTS.has(tokens[s]?.key ?? '') && tokens[s + 1]?.key === 'of' && tokens[s + 2]?.cap) {
          k = s + 2;
          break;
        }
      }
    }
    // "to the city of Khujand", "in the town of Sochi".
    // "in the northern Italian city of Turin", "to the historic port city of Y": words before the settlement noun.
    let noun = k + 1;
    while (tokens[k]?.key === 'the' && noun < k + 4 && tokens[noun]?.type === 'word' && !SETTLEMENTS.has(tokens[noun]?.key ?? '') && (!tokens[noun]?.cap || !byTok.has(noun) || byTok.get(noun)?.kind === 'adjective')) noun++;
    if (SETTLEMENTS.has(tokens[noun]?.key ?? '') && SETTLEMENTS.has(tokens[noun + 1]?.key ?? '')) noun++;
    const town = (owned && k !== own?.tokEnd) || (tokens[k]?.key === 'the' && SETTLEMENTS.has(tokens[noun]?.key ?? '') && tokens[noun + 1]?.key === 'of' && !!tokens[noun + 2]?.cap);
    if (town && !owned) k = noun + 2;
    // "in Saudi Arabia's capital Riyadh", "in Japan's port city Osaka": the settlement noun before a known city.
    if (owned && own && k === own.tokEnd) {
      let s = k;
      while (s < k + 3 && !tokens[s]?.cap && (SETTLEMENTS.has(tokens[s]?.key ?? '') || tokens[s]?.key === 'capital')) s++;
      const city = s > k ? byTok.get(s) : undefined;
      if (city && (city.kind === 'capital' || city.kind === 'city')) return city.surface;
    }
    // "in Japan's north": the state itself (a state only close to the trigger, as below).
    if (owned && own && k === own.tokEnd && !tokens[k]?.cap) {
      let head = k;
      while (head < k + 2 && tokens[head + 1]?.type === 'word' && !tokens[head + 1]?.cap && !PARTS_OF_STATE.has(tokens[head]?.key ?? '')) head++;
      if (near && PARTS_OF_STATE.has(tokens[head]?.key ?? '')) return own.surface.replace(/^the /i, '').replace(/['’]s$/i, '');
      continue;
    }
    const m = byTok.get(k);
    if (m && ((m.kind === 'country' && near) || m.kind === 'capital' || m.kind === 'city')) {
      // "stops in Beijing and Shanghai": several cities are no one place.
      const other = byTok.get(m.tokEnd + 1);
      if ((m.kind === 'capital' || m.kind === 'city') && (tokens[m.tokEnd]?.key === 'and' || tokens[m.tokEnd]?.key === 'or') && (other?.kind === 'capital' || other?.kind === 'city')) return null;
      return m.surface.replace(/^the /i, '');
    }
    // "visiting the Minsk tractor works": a place name before a facility noun is where the facility is.
    if (direct && i === a - 1 && tokens[k]?.key === 'the') {
      let e = k + 1;
      while (e < b && e - k <= 3 && tokens[e]?.cap && tokens[e]?.type === 'word') e++;
      let f = e;
      while (f < b && f - e < 2 && tokens[f]?.type === 'word' && !tokens[f]?.cap && !FACILITIES.has(tokens[f]?.key ?? '')) f++;
      if (e > k + 1 && FACILITIES.has(tokens[f]?.key ?? '')) {
        const place = byTok.get(k + 1);
        if (!place || place.kind === 'city' || place.kind === 'capital') return ctx.body.slice(tokens[k + 1]?.start ?? 0, tokens[e - 1]?.end ?? 0);
      }
    }
    if (m) continue;
    // "at State Lodge Mombasa", "at the Government House, Bergen": a venue's name followed by a city the gazetteer knows
    // is in that city (the venue alone names no place).
    if (t.key === 'at') {
      const city = cityAfterVenue(ctx, tokens[k]?.key === 'the' ? k + 1 : k, b, byTok);
      if (city) return city;
    }
    const first = tokens[k];
    if (!first || first.type !== 'word' || !first.cap || first.lineBefore || NOT_PLACE.has(first.key) || MONTHS.has(first.key) || WEEKDAYS.has(first.key)) continue;
    if (t.key !== 'in' && t.key !== 'to' && !(direct && i === a - 1)) continue;
    // A name the gazetteer does not know is a place only close to the trigger ("talks in Davos") or written as a
    // settlement ("in the town of Turkestan"): further on, "cooperation in Central Asia", "the situation in Donbas" or
    // "a seat in Parliament" are what was discussed, not where. "in Irkutsk, Russia": a name followed by its state is a
    // place wherever it stands.
    let end = k + 1;
    for (;;) {
      const next = tokens[end];
      if (end >= b || end - k >= 6 || !next) break;
      // "Ulaan-Ude", "Aix-en-Provence": a hyphen without spaces joins the parts of one name.
      if (next.text === '-' && !next.spaceBefore && tokens[end + 1]?.type === 'word' && !tokens[end + 1]?.spaceBefore && (tokens[end + 1]?.cap || tokens[end + 2]?.text === '-')) {
        end += 2;
        continue;
      }
      if (!next.spaceBefore || !next.cap || byTok.has(end) || MONTHS.has(next.key) || end - k >= 4) break;
      end++;
    }
    // "St. Petersburg": a dot after an abbreviation joins.
    if (tokens[end]?.text === '.' && tokens[end - 1]?.key === 'st' && tokens[end + 1]?.cap) end += 2;
    const state = tokens[end]?.text === ',' ? byTok.get(end + 1) : undefined;
    // Not a list of regions and states ("cooperation in Central Asia, Russia and China").
    const list = !!state && (tokens[state.tokEnd]?.key === 'and' || tokens[state.tokEnd]?.key === 'or' || (tokens[state.tokEnd]?.text === ',' && byTok.get(state.tokEnd + 1)?.kind === 'country'));
    if (!near && !town && !(state && state.kind === 'country' && !tokens[state.tokEnd - 1]?.possessive && !list)) continue;
    // "the monument to X's partisans": a name in the possessive says whose, not where.
    if (tokens[end - 1]?.possessive) continue;
    // "welcomed her counterpart to Parliament House", "at State Lodge": a venue is no place (GUIDELINES 2.7).
    if ((end - k >= 2 && VENUES.has(tokens[end - 1]?.key ?? '')) || (tokens[end]?.cap && VENUES.has(tokens[end]?.key ?? ''))) continue;
    const name = ctx.body.slice(first.start, tokens[end - 1]?.end ?? first.end);
    if (town) {
      let set = towns.get(ctx);
      if (!set) towns.set(ctx, (set = new Set()));
      set.add(name.toLowerCase());
    }
    return name;
  }
  return null;
}

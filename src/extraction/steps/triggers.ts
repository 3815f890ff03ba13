// Event triggers: the words that report an occurrence, with their kind, whether they refer back to one already
// reported ("the meeting", "his visit"), and the bodies named with them.
import { firstIndex, indexMentions, PERSONAL_POSSESSIVES, timeAt } from '../context.ts';
import type { Context, Mention, TokenIndex, Trigger } from '../context.ts';
import { buildPhraseTrie, matchPhrase } from '../text/phrases.ts';
import type { EventKind } from '../types.ts';
import { COMMUNITY, SITE_VISIT, WELCOME, commissionSitting, communityMet, isVocabularyNeed, VIEWS, withoutViewsOfOthers, VOCABULARY, vocabularyHolds, vocabularyLabel } from './vocabulary.ts';
import type { VocabularyNeed } from './vocabulary.ts';
import { receptionOfHonours, welcomeHonour } from './welcomes.ts';
import { mediumOfEarlier } from './call-media.ts';
import { pastHonorific } from './mentions.ts';

type Need = 'none' | 'person' | 'caller' | 'occasion' | 'airport' | 'outlet' | 'with' | 'place' | 'gplace' | 'determiner' | 'body' | 'delivered' | 'venue' | 'statements' | 'memorial' | 'held';
interface Lex {
  kind: EventKind | 'conversation';
  verb: boolean;
  need: Need | VocabularyNeed;
}

const n = (kind: Lex['kind'], need: Lex['need'] = 'none'): Lex => ({ kind, verb: false, need });
const v = (kind: Lex['kind'], need: Lex['need'] = 'none'): Lex => ({ kind, verb: true, need });

const LEXICON = buildPhraseTrie<Lex>([
  ['telephone conversation', n('phone_call')], ['phone conversation', n('phone_call')], ['telephone call', n('phone_call')],
  ['phone call', n('phone_call')], ['telephone talk', n('phone_call')], ['telephone talks', n('phone_call')],
  ['phone talks', n('phone_call')], ['phone talk', n('phone_call')], ['video call', n('phone_call')],
  ['videoconference', n('phone_call')], ['video conference', n('phone_call')], ['call', n('phone_call', 'determiner')],
  ['conversation', n('conversation')], ['telephone conversation', n('phone_call')],
  ['spoke by phone', v('phone_call')], ['spoke by telephone', v('phone_call')], ['spoke on the phone', v('phone_call')],
  ['phoned', v('phone_call')], ['telephoned', v('phone_call', 'person')], ['telephones', v('phone_call', 'person')], ['phones', v('phone_call', 'person')], ['called', v('phone_call', 'person')],
  ['spoke to', v('phone_call', 'person')], ['spoke with', v('phone_call', 'person')], ['speaks with', v('phone_call', 'person')],
  ['speaks to', v('phone_call', 'person')], ['speak with', v('phone_call', 'person')], ['speak to', v('phone_call', 'person')],
  ['speaking with', v('phone_call', 'person')], ['speaking to', v('phone_call', 'person')],
  ['talks', n('talks')], ['negotiations', n('talks')], ['meeting', n('talks')], ['tete a tete', n('talks')], ['tete a tete meeting', n('talks')], ['tete a tete talks', n('talks')],
  ['negotiation round', n('talks')], ['negotiating round', n('talks')], ['round of talks', n('talks')], ['round of negotiations', n('talks')],
  ['encounter', n('talks', 'determiner')], ['one on one', n('talks')], ['one on one meeting', n('talks')], ['one on one talks', n('talks')], ['discussions', n('talks', 'held')], ['working lunch', n('talks')], ['working breakfast', n('talks')], ['working dinner', n('talks')], ['consultations', n('talks', 'held')], ['received', v('talks', 'person')], ['receives', v('talks', 'person')],
  ['courtesy call', n('talks')], ['courtesy calls', n('talks')], ['courtesy visit', n('talks')],
  ['call on', v('talks', 'caller')], ['calls on', v('talks', 'caller')], ['called on', v('talks', 'caller')], ['calling on', v('talks', 'caller')],
  ['will receive', v('talks', 'person')], ['welcomed', v('talks', 'person')], ['welcomes', v('talks', 'person')],
  ['hosted', v('talks', 'person')], ['hosts', v('talks', 'person')], ['met', v('talks', 'with')], ['meet', v('talks', 'with')], ['meets', v('talks', 'with')],
  ['visit', n('visit')], ['visits', v('visit', 'place')], ['visited', v('visit', 'place')], ['visiting', v('visit', 'place')],
  ['state visits', n('visit')], ['official visits', n('visit')], ['working visits', n('visit')], ['pay visits', n('visit')],
  ['trip', n('visit')], ['tour', n('visit')], ['left for', v('visit', 'place')], ['leaves for', v('visit', 'place')], ['leave for', v('visit', 'place')],
  ['depart for', v('visit', 'place')], ['departs for', v('visit', 'place')],
  ['proceed to', v('visit', 'place')], ['proceeds to', v('visit', 'place')], ['proceeded to', v('visit', 'place')],
  ['arrived in', v('visit', 'place')], ['arrives in', v('visit', 'place')], ['arrived at', v('visit', 'place')],
  ['arrive in', v('visit', 'place')], ['arriving in', v('visit', 'place')],
  ['travel to', v('visit', 'place')], ['travels to', v('visit', 'place')], ['travelled to', v('visit', 'place')],
  ['traveled to', v('visit', 'place')], ['headed to', v('visit', 'place')], ['heading to', v('visit', 'place')],
  ['come to', v('visit', 'gplace')], ['comes to', v('visit', 'gplace')], ['coming to', v('visit', 'gplace')],
  ['go to', v('visit', 'gplace')], ['goes to', v('visit', 'gplace')], ['will go to', v('visit', 'gplace')],
  ['heads to', v('visit', 'place')], ['departed for', v('visit', 'place')], ['left for', v('visit', 'place')],
  ['summits', n('summit')], ['sessions', n('session')], ['meetings', n('talks', 'body')], ['sittings', n('session', 'body')],
  ['summit', n('summit')], ['summit meeting', n('summit')], ['summit talks', n('summit')], ['session', n('session')], ['sitting', n('session')], ['plenary session', n('session')],
  ['interview', n('interview')], ['press conference', n('interview')], ['news conference', n('interview')],
  ['briefing', n('interview')], ['press briefing', n('interview')], ['press approach', n('interview')],
  ['meeting with journalists', n('interview')], ['meeting with the press', n('interview')],
  ['told reporters', v('interview')], ['told journalists', v('interview')], ['told the press', v('interview')],
  ['told the media', v('interview')], ['speaking to reporters', v('interview')], ['speaking to journalists', v('interview')],
  ['talking to reporters', v('interview')], ['talking to journalists', v('interview')], ['spoke to reporters', v('interview')],
  ['spoke to journalists', v('interview')], ['answered questions from journalists', v('interview')],
  ['speaking to the press', v('interview')], ['spoke to the press', v('interview')], ['speaking to the media', v('interview')], ['spoke to the media', v('interview')],
  ['answered journalists', v('interview')], ['told', v('interview', 'outlet')],
  ['address to the nation', n('statement')], ['addressed the nation', v('statement')], ['televised address', n('statement')],
  ['annual address', n('statement')], ['made a statement', v('statement')], ['delivered an address', v('statement')],
  ['speech', n('statement', 'delivered')], ['keynote speech', n('statement', 'delivered')], ['keynote address', n('statement', 'delivered')],
  ['address', n('statement', 'delivered')], ['lecture', n('statement', 'delivered')], ['keynote', n('statement', 'delivered')],
  ['speak at', v('statement', 'venue')], ['speaks at', v('statement', 'venue')], ['spoke at', v('statement', 'venue')],
  ['will speak at', v('statement', 'venue')],
  ['statements', n('statement', 'statements')], ['greeted by', v('other', 'person')], ['welcomed by', v('other', 'airport')],
  ['greeted at', v('other', 'airport')], ['welcomed at', v('other', 'airport')], ['met at', v('other', 'airport')], ['received at', v('other', 'airport')],
  ['gathered with', v('talks', 'with')], ['gather with', v('talks', 'with')], ['gathers with', v('talks', 'with')],
  ['unveil', v('other', 'memorial')], ['unveils', v('other', 'memorial')], ['unveiled', v('other', 'memorial')], ['unveiling', n('other', 'memorial')],
  ['forum', n('other')], ['exercise', n('other')], ['exercises', n('other')], ['drills', n('other')],
  ['election', n('other')], ['elections', n('other')], ['referendum', n('other')], ['inauguration', n('other')],
  ['ceremony', n('other')], ['state dinner', n('other')], ['official dinner', n('other')], ['gala dinner', n('other')],
  ['state banquet', n('other')], ['official banquet', n('other')], ['dinner banquet', n('other')], ['banquet', n('other')], ['dinner', n('other', 'determiner')], ['audience with', n('talks')],
  ['lunch', n('other', 'determiner')],
  ['luncheon', n('other', 'determiner')], ['reception', n('other', 'determiner')], ['leaders retreat', n('summit')],
  ['event', n('other', 'occasion')], ['dialogue', n('other', 'occasion')], ['gathering', n('other', 'occasion')],
  ['celebration', n('other', 'occasion')], ['celebrations', n('other', 'occasion')], ['festival', n('other', 'occasion')], ['parade', n('other')], ['incident', n('other')], ['attack', n('other')],
  ['terrorist attack', n('other')], ['explosion', n('other')], ['congress', n('other')], ['conference', n('other')],
  ...VOCABULARY,
]);

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'next', 'extraordinary', 'national', 'world']);
const DELIVER = new Set(['deliver', 'delivers', 'delivered', 'delivering', 'give', 'gives', 'gave', 'giving', 'make', 'makes', 'made', 'making']);
const RECEPTIONS = new Set(['received', 'receives', 'receive', 'welcomed', 'welcomes', 'hosted', 'hosts']);
const COUNTERPARTS = new Set(['counterpart', 'counterparts', 'colleague', 'colleagues', 'delegation', 'guest', 'leaders', 'leader', 'presidents', 'ministers', 'heads']);
/** "The last time the two leaders met was in Lima in May 2029": the meeting the clause names, dated by what follows "was". */
function lastTimeMet(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  if (tokens[i + 1]?.key !== 'was') return false;
  const from = ctx.sentences[ctx.sentenceOf[i] ?? -1]?.tokStart ?? i;
  for (let j = Math.max(from, i - 14); j < i - 1; j++) if ((tokens[j]?.key === 'last' || tokens[j]?.key === 'first') && tokens[j + 1]?.key === 'time') return true;
  return false;
}

// "met Tuesday in Lima with …", "will meet Friday with …": a bare weekday after the verb, as wire copy writes it.
const AFTER_MEET = new Set(['separately', 'individually', 'in', 'on', 'at', 'today', 'again', 'for', 'to', 'ahead', 'later', 'next', 'soon', 'shortly', 'this', 'early', 'during', 'tomorrow', 'within', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'their', 'his', 'her', 'its', 'our', 'said', 'both']);
const MODIFIERS = new Set([
  'upcoming', 'forthcoming', 'planned', 'recent', 'bilateral', 'official', 'state', 'working', 'expanded',
  'restricted', 'narrow', 'telephone', 'phone', 'summit', 'first', 'second', 'personal', 'previous', 'current',
  'scheduled', 'regular', 'main', 'forthcoming', 'international', 'high-level', 'top-level', 'joint', 'friendly',
  'informal', 'formal', 'extended', 'full-scale', 'detailed', 'lengthy', 'brief', 'short', 'productive', 'today',
  'face', 'to', '-', 'in-person', 'ongoing',
]);
const FRESH = new Set(['next', 'new', 'another', 'a', 'an', 'one']);
const NEGATION = new Set(['not', 'no', 'never', 'cannot']);

const ORDER = new Set(['last', 'first', 'previous', 'latest', 'recent']);
const PHONE_WORDS = new Set(['call', 'called', 'calls', 'phone', 'phoned', 'telephone', 'telephoned']);

/** A word of the telephone in the sentence of token i or the one after it. */
function contactByPhone(ctx: Context, i: number): boolean {
  const s = ctx.sentenceOf[i] ?? -1;
  const from = ctx.sentences[s]?.tokStart ?? i;
  const to = ctx.sentences[s + 1]?.tokEnd ?? ctx.sentences[s]?.tokEnd ?? i;
  for (let k = from; k < to; k++) if (PHONE_WORDS.has(ctx.tokens[k]?.key ?? '')) return true;
  return false;
}

/** How far after a verb its own time phrase may start ("met at the Pacific Islands Forum summit in Suva in May"). */
const TIME_REACH = 14;

/** A time phrase starting within reach after token i, in its sentence. */
function timeAfter(ctx: Context, i: number): boolean {
  const s = ctx.sentenceOf[i];
  return ctx.times.some((x) => x.tokStart > i && x.tokStart - i <= TIME_REACH && ctx.sentenceOf[x.tokStart] === s);
}

const HOSTING = new Set(['host', 'hosts', 'hosted', 'hosting']);

const CLAUSE_AFTER_BODY = new Set(['in', 'on', 'at', 'today', 'tomorrow', 'this', 'next', 'from', 'for', 'and', 'with']);

/** What follows a hosted body ends the object: punctuation, the end of the text, a time or a place ("today", "in …"). */
function endsClause(tokens: Context['tokens'], k: number, ctx: Context): boolean {
  const t = tokens[k];
  return !t || t.type === 'punct' || t.lineBefore || CLAUSE_AFTER_BODY.has(t.key) || ctx.times.some((x) => x.tokStart === k);
}

function keysAt(ctx: Context, i: number): string[] {
  const out: string[] = [];
  for (let j = i; j < ctx.tokens.length && out.length < 6; j++) {
    const t = ctx.tokens[j];
    if (!t || (j > i && t.lineBefore)) break;
    if (t.type === 'punct') {
      // A hyphen, and the apostrophe of a plural possessive ("journalists' questions"), within a phrase.
      if (t.text === '-' || (t.text === "'" && j > i && ctx.tokens[j - 1]?.key.endsWith('s'))) continue;
      break;
    }
    out.push(t.key);
  }
  return out;
}

// The auxiliaries and adverbs between the subject and an arrival to come ("is also expected to arrive", "will be
// arriving").
const ARRIVAL_AUXILIARIES = new Set(['will', 'shall', 'would', 'is', 'are', 'be', 'to', 'due', 'expected', 'scheduled', 'set', 'slated', 'also', 'then', 'later', 'first']);
/** The base form or participle of "arrive" at token i has a person, an office or a pronoun as its subject. */
function arrivingPerson(ctx: Context, i: number, mentionEndingAt: TokenIndex): boolean {
  let j = i - 1;
  while (j > i - 7 && ARRIVAL_AUXILIARIES.has(ctx.tokens[j]?.key ?? '')) j--;
  // "is arriving": the participle only after an auxiliary ("Arriving in Lima, she …" is told as done or under way).
  if (j === i - 1) return false;
  // "The Prime Minister of Norland, Ola Strand, will arrive": the comma closing an apposition.
  if (ctx.tokens[j]?.text === ',') j--;
  const m = mentionEndingAt.get(j + 1);
  return !!m && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1;
}

export const findTriggers = (ctx: Context): void => {
  const { tokens, mentions, gazetteer: g } = ctx;
  const mentionEndingAt = indexMentions(mentions, tokens.length, 'end');
  const mentionAt = indexMentions(mentions, tokens.length, 'start');
  const out: Trigger[] = [];
  const standing = (b: number): boolean => g.bodies[b]?.kind === 'standing_body';
  // A summit of an organisation whose leaders sit as a standing council is a sitting of that council ("CSTO summit",
  // "CIS summit"): only a council its name says is of the heads ("Council of Heads of State", "Supreme … Council",
  // "Collective Security Council"). "An EU summit", "the NATO summit", "a summit of the EU and the African Union" stay
  // summits: the European Council, the North Atlantic Council and the Security Council are not named as the heads'.
  const councils = new Set(g.bodies.filter((b) => b.kind === 'standing_body' && b.parent && /\bcouncil\b/i.test(b.name) && /heads of state|supreme|collective security/i.test(b.name)).map((b) => b.parent));
  const councilOf = (b: number): boolean => g.bodies[b]?.kind === 'organisation' && councils.has(g.bodies[b]?.name);
  const standingMentions = mentions.filter((m) => m.kind === 'body' && standing(m.body));
  const inBody = new Uint8Array(tokens.length);
  for (const m of mentions) if (m.kind === 'body') inBody.fill(1, m.tokStart, m.tokEnd);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word') continue;
    // A standing body as the subject of a scheduling verb: "the Supreme State Council is scheduled for April".
    const m0 = t.cap ? mentionAt.get(i) : undefined;
    if (m0 && m0.kind === 'body' && standing(m0.body)) {
      const after = keysAt(ctx, m0.tokEnd).join(' ');
      const verb = /^(?:is|are|will|was|has been|would|should)(?: be)?(?: tentatively| preliminarily| also)? (?:scheduled|held|due|planned|expected|set|take|convene|meet|to be held|to take)/.exec(after);
      if (verb && !tokens[m0.tokEnd]?.lineBefore) {
        out.push(trigger(ctx, 'session', m0.tokStart, m0.tokEnd, [m0.body], false, null, false));
        // "will meet" is the sitting's verb, not talks of its own.
        i = m0.tokEnd - 1 + verb[0].split(' ').length;
        continue;
      }
      // "attended the 77th UNGA", "participation in the UN General Assembly last week": a standing body attended is its sitting.
      if (attendedBody(ctx, m0.tokStart) && !LEXICON.next.has(tokens[m0.tokEnd]?.key ?? '')) {
        out.push(trigger(ctx, 'session', m0.tokStart, m0.tokEnd, [m0.body], false, null, false));
        i = m0.tokEnd - 1;
        continue;
      }
    }
    // "the Third EU-Cuba Joint Council held in Havana", "co-chaired the 5th Intergovernmental Commission": a numbered
    // council or commission the gazetteer lacks, held or chaired, is a sitting.
    if (t.cap && COUNCILS.has(t.key) && !mentionAt.has(i)) {
      const a = numberedName(ctx, i);
      // "co-chaired the Joint Commission", "the Joint Committee met in Riga": a joint body without a number, chaired or
      // meeting (its meeting is the sitting, no talks of their own); not "the Joint Commission was held".
      const b = a < 0 ? chairedName(ctx, i, mentionAt, mentionEndingAt) : -1;
      const met = tokens[i + 1]?.key === 'met';
      if (b >= 0 && (met || chairedBefore(ctx, b))) {
        const trig = trigger(ctx, 'session', b, i + 1, [], false, null, false);
        trig.label = tokens.slice(b, i + 1).map((x) => x.key).join(' ');
        out.push(trig);
        if (met) i++;
        continue;
      }
      if (a >= 0 && sittingAround(ctx, a, i + 1)) {
        const trig = trigger(ctx, 'session', a, i + 1, [], false, null, false);
        trig.label = tokens.slice(a, i + 1).map((x) => x.key).join(' ');
        out.push(trig);
        continue;
      }
      // "The Council of Ministers of the bloc was held on Monday", "the Ministerial Committee of the X met yesterday":
      // a named council, commission or committee the gazetteer lacks, as the subject of a sitting verb, is its sitting.
      const sat = inBody[i] ? null : sittingName(ctx, i, mentionAt);
      if (sat) {
        const trig = trigger(ctx, 'session', sat.start, sat.end, [], false, null, false);
        trig.label = tokens.slice(sat.start, sat.end).map((x) => x.key).join(' ');
        out.push(trig);
        i = sat.verb;
        continue;
      }
    }
    // "will host the 60th General Assembly of the OAS", "the General Assembly of the Organization of …": an assembly of
    // members named with its number or its organisation is that body's sitting (a gazetteer body is read above).
    if (t.cap && t.key === 'assembly' && tokens[i - 1]?.key === 'general' && tokens[i - 1]?.cap && !inBody[i]) {
      const a = numberedName(ctx, i - 1);
      const k = tokens[i + 1]?.key === 'of' ? (tokens[i + 2]?.key === 'the' ? i + 3 : i + 2) : -1;
      const of = k > 0 ? mentionAt.get(k) : undefined;
      if (a >= 0 || (of && of.kind === 'body')) {
        const trig = trigger(ctx, 'session', a >= 0 ? a : i - 1, of ? of.tokEnd : i + 1, of ? [of.body] : [], false, null, false);
        trig.label = tokens.slice(i - 1, i + 1).map((x) => x.key).join(' ');
        out.push(trig);
        i = trig.tokEnd - 1;
        continue;
      }
    }
    // "The last direct contact between A and B was on 3 May. That was when the latter called the former": a contact
    // is a call when its sentence or the next says so (GUIDELINES: the medium must be evidenced).
    if (t.key === 'contact' && ORDER.has(tokens[i - 1]?.key === 'direct' || tokens[i - 1]?.key === 'personal' ? (tokens[i - 2]?.key ?? '') : (tokens[i - 1]?.key ?? '')) && contactByPhone(ctx, i)) {
      out.push(trigger(ctx, 'phone_call', i, i + 1, [], false, null, false));
      continue;
    }
    // "Astana hosts the CIS Council of Heads of State today", "will host the Supreme State Council": a standing body
    // hosted is its sitting (with no word of a gathering after it: "hosted the Council's delegation" is no sitting).
    if (HOSTING.has(t.key)) {
      const hosted = mentionAt.get(tokens[i + 1]?.key === 'the' ? i + 2 : i + 1);
      if (hosted && hosted.kind === 'body' && standing(hosted.body) && !tokens[hosted.tokEnd - 1]?.possessive && endsClause(tokens, hosted.tokEnd, ctx)) {
        out.push(trigger(ctx, 'session', hosted.tokStart, hosted.tokEnd, [hosted.body], false, null, false));
        i = hosted.tokEnd - 1;
        continue;
      }
    }
    // "in a call on Tuesday", "during their call on 3 May": a call on its day, not a courtesy call on someone.
    if (t.key === 'call' && tokens[i + 1]?.key === 'on' && (DEFINITE.has(tokens[i - 1]?.key ?? '') || FRESH.has(tokens[i - 1]?.key ?? '')) && ctx.times.some((x) => x.tokStart === i + 1 || x.tokStart === i + 2)) {
      out.push(trigger(ctx, 'phone_call', i, i + 1, [], false, null, false));
      continue;
    }
    let hit = LEXICON.next.has(t.key) ? matchPhrase(LEXICON, keysAt(ctx, i)) : null;
    // "first met at the X summit in Suva in 2019": met at a gathering with a time of its own (not welcomed at an
    // airport) is the verb alone; "whom he had met at the X summit" stays a gathering in passing.
    if (hit && t.key === 'met' && hit.value.need === 'airport' && !byAtAirport(ctx, i + hit.length) && timeAfter(ctx, i)) hit = matchPhrase(LEXICON, [t.key]);
    if (!hit) continue;
    let end = i;
    for (let c = 0; c < hit.length; end++) if (tokens[end]?.text !== '-') c++;
    const lex = hit.value;
    const next = tokens[end];
    // "offered Geneva as a venue for peace talks", "a place for negotiations": talks named as what a place could
    // host, not an occurrence.
    if (lex.kind === 'talks' && !lex.verb && venueFor(ctx, i)) continue;
    if (lex.need === 'determiner') {
      const prev = tokens[i - 1];
      if (!prev || !(DEFINITE.has(prev.key) || FRESH.has(prev.key) || prev.cap || prev.key === 'video')) continue;
      // "the reception of refugees": only a reception given ("a reception", "a State Reception") is an occurrence.
      if (t.key === 'reception' && (prev.key === 'the' || next?.key === 'of')) continue;
      // "call for calm", "call on all sides"; but "a lunch for the delegation" is the meal.
      if (next && (next.key === 'for' || next.key === 'on' || next.key === 'upon') && !MEALS.has(t.key)) continue;
    }
    // "held talks by video link": the medium of the talks or call just before, which it makes a call.
    const held = lex.need === 'medium' ? mediumOfEarlier(ctx, i, out) : null;
    if (held) {
      held.kind = 'phone_call';
      i = end - 1;
      continue;
    }
    if (isVocabularyNeed(lex.need) && !vocabularyHolds(ctx, lex.need, { i, end, mentionAt, mentionEndingAt, gatherings: GATHERINGS, earlier: out })) {
      // "took part in the summit via videoconference": the medium's own noun names no call either.
      if (lex.need === 'medium') i = end - 1;
      continue;
    }
    // "Subscribe to our weekly briefing …", "Read also: …": a page's footer or links report nothing.
    if (pageChrome(ctx, i)) continue;
    // "readers can visit the ministry's website", "visit www.example.org for details": a reader sent to a page.
    if (t.key === 'visit' && hit.length === 1 && webVisit(ctx, i, end)) continue;
    // "a meeting of minds", "a meeting point of cultures"; "climbed to a new summit", "the summit of Mount Kenya".
    if (hit.length === 1 && ((t.key === 'meeting' && notAMeeting(ctx, end)) || (t.key === 'summit' && aPeak(ctx, i, end)))) continue;
    // "the Pacific Islands Forum Leaders Meeting", "the Arctic Forum Summit": a forum or conference that opens the name of
    // a leaders' gathering is part of that name, whose head word says what the gathering is.
    if (lex.kind === 'other' && t.cap && hit.length === 1 && leadersHeadAfter(ctx, end)) continue;
    // "spoke at the plenary session of the Arctic Summit": a part of the gathering named after it, no sitting of its own.
    if (lex.kind === 'session' && tokens[end]?.key === 'of' && partOfGathering(ctx, end + 1, mentionAt)) continue;
    // "met his counterpart", "met the President of Brazil".
    const object = next && (next.key === 'the' || next.key === 'his' || next.key === 'her' || next.key === 'their') && (mentionAt.has(end + 1) || COUNTERPARTS.has(tokens[end + 1]?.key ?? '') || titleOfState(ctx, end + 1, mentionAt));
    // "met with the diaspora", "will meet representatives of the business community": a meeting with a community.
    const community = (lex.need === 'with' || lex.need === 'community' || ((t.key === 'meeting' || t.key === 'talks') && hit.length === 1 && next?.key === 'with')) && communityMet(ctx, end, mentionAt);
    // "met Mr. Kenji Sato": a person named after an honorific.
    const honoured = pastHonorific(tokens, end);
    const named = honoured > end && mentionAt.get(honoured)?.kind === 'person';
    if (lex.need === 'with' && !community && !object && !named && !titledObject(ctx, end, mentionAt) && !(next && (next.key === 'with' || mentionAt.has(end) || (AFTER_MEET.has(next.key) && !next.possessive) || next.text === '.' || next.text === ',' || lastTimeMet(ctx, i)))) continue;
    let welcome = false;
    if (lex.need === 'person') {
      let k = end;
      // "received on Monday Chancellor X", "received, on Monday, the Prime Minister": a time between the verb and its
      // guest, set off by commas on both sides or on neither.
      const comma = tokens[k]?.text === ',';
      const between = timeAt(ctx, comma ? k + 1 : k);
      if (between && (tokens[between.tokEnd]?.text === ',') === comma) k = between.tokEnd + (comma ? 1 : 0);
      // "was received by the Prime Minister, X": the host after "by", as "received by Prime Minister X" is read.
      if (tokens[k]?.key === 'by' && tokens[k + 1]?.key === 'the' && (t.key === 'received' || t.key === 'receives')) k++;
      if (tokens[k]?.key === 'the') k++;
      // "speaking with his Russian counterpart": a possessive, a state's adjective, a counterpart.
      const own = PERSONAL_POSSESSIVES.has(tokens[k]?.key ?? '') ? mentionAt.get(k + 1) : undefined;
      // "hosted her Panama counterpart": a state's name used as its adjective.
      const ownState = !!own && (own.kind === 'adjective' || own.kind === 'country') && COUNTERPARTS.has(tokens[own.tokEnd]?.key ?? '');
      if (ownState) k++;
      let m = mentionAt.get(k) ?? mentionAt.get(k + 1);
      // "received Organisation of Islamic Cooperation (OIC) Secretary General X": the office named after its body.
      for (let hop = 0; hop < 2 && m?.kind === 'body'; hop++) {
        let j = m.tokEnd;
        if (tokens[j]?.text === '(' && mentionAt.get(j + 1)?.kind === 'body' && tokens[(mentionAt.get(j + 1)?.tokEnd ?? 0)]?.text === ')') j = (mentionAt.get(j + 1)?.tokEnd ?? j) + 1;
        m = mentionAt.get(j);
      }
      // "welcomed her at the airport": a guest named by a pronoun, welcomed on arrival.
      const greeted = !!m && m.kind === 'pronoun' && m.tokStart === k && RECEPTIONS.has(t.key) && tokens[m.tokEnd]?.key === 'at' && byAtAirport(ctx, m.tokEnd + 1, false);
      if (!m || !(greeted || m.kind === 'person' || m.kind === 'role' || m.kind === 'bound' || m.kind === 'adjective' || (m.kind === 'country' && (tokens[m.tokEnd - 1]?.possessive || (ownState && m === own))))) continue;
      // "welcomed President X's proposal", "received the Prime Minister's letter": a thing of the person's, not a guest.
      if (RECEPTIONS.has(t.key)) {
        // "welcomed her at the airport", "received the guests at Kotoka airport": a welcome on arrival.
        if (tokens[m.tokEnd]?.key === 'at' && byAtAirport(ctx, m.tokEnd + 1, false)) welcome = true;
        // "received Sweden's Minister of Foreign Affairs, X": a state's possessive before an office names the guest; a
        // possessive after the office is still a thing of theirs ("received Sweden's Prime Minister's letter").
        const office = m.kind === 'country' ? mentionAt.get(m.tokEnd) : undefined;
        let j = office && (office.kind === 'role' || office.kind === 'bound' || office.kind === 'person') ? m.tokEnd : k;
        const from = j;
        while (j < from + 8 && tokens[j] && (tokens[j]?.cap || tokens[j]?.text === '.' || tokens[j]?.text === '-') && !tokens[j]?.possessive) j++;
        if (tokens[j]?.possessive || (m.kind === 'adjective' && !tokens[m.tokEnd]?.cap && !COUNTERPARTS.has(tokens[m.tokEnd]?.key ?? ''))) continue;
      }
    }
    // "will hold discussions with his host, President X", "held consultations with the Foreign Minister": held with
    // someone, the discussions are talks; "discussions focused on trade", "agreed to continue consultations" are not.
    if (lex.need === 'held' && !heldWith(ctx, i, end, mentionAt)) continue;
    // "attend a constituency event", "an event on trade to be held on 3 May": an event attended, hosted or held.
    // "will hold the fourth Strategic Dialogue", "held a strategic dialogue": a dialogue held by its sides is talks.
    const heldDialogue = t.key === 'dialogue' && hit.length === 1 && heldNoun(ctx, i);
    if (lex.need === 'occasion' && !heldDialogue && !attendedOccasion(ctx, i, end)) continue;
    // "were greeted at the airport by", "was met at Vnukovo airport by": a welcome on arrival, not "met at the summit".
    if (lex.need === 'airport' && !(t.key === 'welcomed' && tokens[i + 1]?.key === 'by' ? airportBefore(ctx, i) : byAtAirport(ctx, end))) continue;
    // "she told Radio Tirana on Sunday", "told the BBC": remarks to a broadcaster or paper are an interview.
    if (lex.need === 'outlet' && !outletAfter(ctx, end)) continue;
    // "will call on Prime Minister X" is a courtesy meeting; "called on President X to release …" is an appeal.
    if (lex.need === 'caller' && !courtesyCall(ctx, end, mentionAt)) continue;
    // "one of the meetings of the Intergovernmental Council": a plural names an occurrence only as a body's sitting.
    if (lex.need === 'body') {
      const k = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
      const m = tokens[end]?.key === 'of' ? mentionAt.get(k) : undefined;
      if (!m || m.kind !== 'body' || !standing(m.body)) continue;
    }
    // "will deliver a keynote speech", "gave a lecture": a speech is an occurrence as the object of its delivery, not
    // "in his speech" (where a quoted sentence was said) nor "the speech was well received".
    if (lex.need === 'delivered') {
      let j = i - 1;
      while (j > i - 4 && tokens[j] && (tokens[j]?.key === 'a' || tokens[j]?.key === 'an' || SPEECH_ADJECTIVES.has(tokens[j]?.key ?? ''))) j--;
      if (!DELIVER.has(tokens[j]?.key ?? '') || !FRESH.has(tokens[j + 1]?.key ?? '')) continue;
    }
    // "will speak at the University of the Philippines", "spoke at the Sorbonne": a speech at a named venue (an
    // institution, not an occurrence). "spoke at the ASEAN Summit", "at the Munich Security Conference" are the
    // gathering's own part, no statement of their own; "spoke at length", "at the opening of …" name no venue.
    if (lex.need === 'venue' && !namedVenue(ctx, end) && !unnamedVenue(ctx, end)) continue;
    // "give brief statements to the media", "after which joint statements will follow": statements made as an occurrence,
    // not "issued statements on …" nor "his statements were criticised".
    if (lex.need === 'statements' && !madeStatements(ctx, i, end)) continue;
    // "will unveil the Bulgarian Cultural Centre", "unveiled a monument": a thing built or set up, not "unveiled a plan".
    if (lex.need === 'memorial' && !memorialAfter(ctx, end)) continue;
    // "the 20th Party Congress", "a congress of the ruling party": a congress is an occurrence when numbered, a party's
    // or "of" someone; "the US Congress approved …" is a legislature, no occurrence.
    if (t.key === 'congress' && hit.length === 1) {
      const prev = tokens[i - 1];
      const numbered = !!prev && (prev.type === 'num' || /^\d+(?:st|nd|rd|th)$/.test(prev.key) || ORDINALS.has(prev.key) || prev.key === 'party');
      if (!numbered && next?.key !== 'of') continue;
    }
    // "NATO remains the key forum for consultations", "the exercise of sovereignty": a platform and the use of a right
    // are no occurrences (a forum or exercise held is "the … Forum", "a forum on", "the exercise of the armed forces").
    if (hit.length === 1 && ((t.key === 'forum' && next?.key === 'for') || ((t.key === 'exercise' || t.key === 'exercises') && next?.key === 'of' && tokens[end + 1]?.type === 'word' && !tokens[end + 1]?.cap && tokens[end + 1]?.key !== 'the'))) continue;
    // "go to" only with a state or city the gazetteer knows: not "go to the polls", "go to war".
    if (lex.need === 'gplace') {
      const m = mentionAt.get(tokens[end]?.key === 'the' ? end + 1 : end);
      if (!m || !(m.kind === 'country' || m.kind === 'capital' || m.kind === 'city')) continue;
    }
    // "agreed to exchange visits to A and B", "an exchange of visits", "mutual visits": a plural, open-ended plan (a
    // commitment), not one trip with stops.
    if (t.key === 'visits' && (PLAN_OF_VISITS.has(tokens[i - 1]?.key ?? '') || (tokens[i - 1]?.key === 'of' && tokens[i - 2]?.key === 'exchange'))) continue;
    if (lex.need === 'place') {
      let k = end;
      // "his upcoming visits to Spain, Argentina and Panama": the plural noun, not the verb.
      if (t.key === 'visits' && tokens[k]?.key === 'to') k++;
      if (tokens[k]?.key === 'the') k++;
      if (!tokens[k]?.cap) continue;
    }
    // "will arrive in Rabat tomorrow", "is due to arrive in Oslo", "is arriving in Lima on Monday": an arrival to come
    // is a trip only when someone named (or a pronoun for them) is its subject, right before its auxiliaries; not
    // "aid would arrive in X", "the delegation will arrive", "hopes that investors will arrive".
    if ((t.key === 'arrive' || t.key === 'arriving') && !arrivingPerson(ctx, i, mentionEndingAt)) continue;
    // Bodies named with the trigger: "Supreme State Council summit", "meeting of the Council of Ministers".
    const bodies: number[] = [];
    let spanStart = i;
    let spanEnd = end;
    const before = mentionEndingAt.get(i) ?? (tokens[i - 1]?.key === 'expanded' || tokens[i - 1]?.key === 'restricted' ? mentionEndingAt.get(i - 1) : undefined);
    if (before && before.kind === 'body') {
      bodies.push(before.body);
      spanStart = before.tokStart;
      // "the SCO and CSTO summits": one occurrence for each body of a plural.
      const plural = t.key === 'summits' || t.key === 'sessions';
      const first = plural && tokens[before.tokStart - 1]?.key === 'and' ? mentionEndingAt.get(before.tokStart - 1) : undefined;
      if (first && first.kind === 'body') {
        const kind0: EventKind = standing(first.body) || councilOf(first.body) ? 'session' : 'summit';
        out.push(trigger(ctx, kind0, first.tokStart, before.tokStart - 1, [first.body], false, kind0 === 'summit' ? summitLabel(ctx, first.tokStart, [first.body]) : null, false));
      }
    }
    if (tokens[end]?.key === 'of') {
      const k = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
      const after = mentionAt.get(k);
      if (after && after.kind === 'body') {
        bodies.push(after.body);
        spanEnd = after.tokEnd;
      } else if (k === end + 2 && !after) {
        // "… Chairman of the Collective Security Council, will hold the next meeting of the Council in Bishkek": the
        // head word alone, capitalised, refers back to the standing body named shortly before.
        const body = namedBefore(ctx, standingMentions, i, k);
        if (body !== null) {
          bodies.push(body);
          spanEnd = k + 1;
        }
      }
    }
    // "will visit a rubber plantation", "is scheduled to visit the National Gallery" during a visit already reported: a
    // site of the visit's programme, an occurrence of kind other (not a trip to a state or city).
    // "will also tour the new port": one adverb may stand before the verb. "X will meet Y on Friday. They will then
    // visit a factory": after talks or a gathering too, when the verb is said with "will"/"to" ("as he told reporters
    // after visiting a factory" is a trip of its own).
    const verbal = VISIT_VERBAL.has(tokens[i - 1]?.key ?? '') || (SITE_ADVERBS.has(tokens[i - 1]?.key ?? '') && VISIT_VERBAL.has(tokens[i - 2]?.key ?? ''));
    const setting = out.some((u) => !u.quoted && (u.kind === 'visit' ? lex.verb || verbal : verbal && SITE_SETTINGS.has(u.kind)));
    const site = lex.kind === 'visit' && SITE_VERBS.has(t.key) && setting && siteAfter(ctx, end, mentionAt);
    // "had a brief conversation with X on the sidelines of the summit": a conversation there is in person.
    let kind: EventKind = community || welcome || site ? 'other' : lex.kind === 'conversation' ? (inPerson(ctx, end) ? 'talks' : 'phone_call') : heldDialogue ? 'talks' : lex.kind;
    // "the Commonwealth Heads of Government Meeting", "the Forum Leaders' Meeting": a meeting named for leaders is a summit.
    if (kind === 'talks' && t.key === 'meeting' && t.cap && hit.length === 1 && leadersNamed(ctx, i)) kind = 'summit';
    // "after today's Cabinet meeting", "at the cabinet session": a sitting of a government.
    if ((kind === 'talks' || kind === 'session') && !lex.verb && tokens[i - 1]?.key === 'cabinet') kind = 'session';
    // "the APEP forum, which convened several Latin American presidents": a gathering of leaders is a summit.
    if (kind === 'other' && GATHERING_WORDS.has(t.key) && convenedLeaders(ctx, spanEnd)) kind = 'summit';
    // "The intergovernmental commission on trade met in Tashkent": a commission or committee meeting is its sitting.
    if (kind === 'talks' && lex.verb && lex.need === 'with' && bodiesMet(ctx, i)) kind = 'session';
    // "the tenth meeting of the Joint Economic Commission", "the commission will hold its tenth meeting": a standing
    // commission's or committee's sitting.
    if (kind === 'talks' && bodies.length === 0 && t.key === 'meeting' && commissionSitting(ctx, i, end)) kind = 'session';
    if (bodies.some((b) => standing(b) || councilOf(b)) && (kind === 'talks' || kind === 'summit' || kind === 'session')) kind = 'session';
    else if (kind === 'session' && bodies.length === 0 && !before) kind = 'session';
    // "Summit telephone talk": the telephone wins over the summit before it.
    const prevKind = out[out.length - 1];
    if (prevKind && prevKind.tokEnd === i && (prevKind.kind === 'summit' || prevKind.states.length === 2) && kind === 'phone_call') out.pop();
    let label: string | null = null;
    let states = kind === 'summit' || kind === 'talks' ? labelStates(ctx, spanStart, mentionEndingAt) : [];
    // "a joint meeting of the leaders of Uzbekistan, Tajikistan and Kyrgyzstan": three states or more meet at a summit.
    if (kind === 'talks' && !lex.verb && bodies.length === 0) {
      const listed = leadersOfList(ctx, spanEnd, mentionAt);
      if (listed.length >= 3) {
        kind = 'summit';
        states = listed;
      }
    }
    // A "summit" of two states is their leaders' talks ("Japan-U.S. Summit Meeting", "Kyrgyz-Tajik summit").
    if (kind === 'summit' && states.length === 2 && bodies.length === 0) kind = 'talks';
    if (kind === 'summit') label = summitLabel(ctx, spanStart, bodies, spanEnd);
    // "a working lunch", "a working breakfast": a meal is talks of its own, told apart from the talks it follows.
    if (kind === 'talks' && t.key === 'working') label = `working ${tokens[i + 1]?.key ?? ''}`;
    const trig = trigger(ctx, kind, spanStart, spanEnd, bodies, lex.verb, label, lex.kind === 'conversation');
    trig.states = states;
    if (kind === 'other' || kind === 'summit') trig.labelPlace = labelPlace(ctx, spanStart, mentionAt);
    // Forums and other named occurrences are told apart by their names.
    if (kind === 'other' && !label) trig.label = summitLabel(ctx, spanStart, bodies, spanEnd);
    // "be offered a lunch by A and attend a community event organised by B": two occurrences, told apart by their nouns.
    if (kind === 'other' && !trig.label && (lex.need === 'occasion' || MEALS.has(t.key))) trig.label = t.key;
    if (kind === 'other' && !trig.label) trig.label = vocabularyLabel(keysAt(ctx, i).slice(0, hit.length));
    if (lex.need === 'views') trig.label = VIEWS;
    if (community) trig.label = COMMUNITY;
    if (site) trig.label = SITE_VISIT;
    // A welcome on arrival and its honours are told apart from other occurrences, and are one when said together.
    if (kind === 'other' && (welcome || lex.need === 'airport' || t.key === 'greeted' || welcomeHonour(ctx, spanStart, spanEnd))) trig.label = WELCOME;
    out.push(trig);
    i = spanEnd - 1;
  }
  // "gave a speech at the Financial Times Business Regulation Prague Forum", "speak at a business conference": the
  // forum is where the speech was given, not an occurrence the text reports of its own.
  // "was welcomed by X and honoured with a 19-gun salute": the reception is the welcome its honours are part of.
  ctx.triggers = withoutViewsOfOthers(out).filter((t, k, kept) => !receptionOfHonours(ctx, t, kept[k + 1])).filter((t, k, kept) => {
    if (t.kind !== 'other' || t.verb) return true;
    const s = kept[k - 1];
    if (!s || s.kind !== 'statement' || t.tokStart - s.tokEnd > 10) return true;
    let j = s.tokEnd;
    // "delivered a video address to the Africa Energy Forum": the forum addressed, too.
    if (tokens[j - 1]?.key !== 'at') {
      if (tokens[j]?.key !== 'at' && tokens[j]?.key !== 'to') return true;
      j++;
    }
    for (; j < t.tokStart; j++) if (tokens[j]?.type === 'punct' && tokens[j]?.text !== '-' && tokens[j]?.text !== '.') return true;
    return false;
  });
};

const WEB = new Set(['website', 'websites', 'webpage', 'web', 'portal', 'www']);

/** "please visit …", or "visit" whose object is a web page: no occurrence. */
function webVisit(ctx: Context, i: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[i - 1]?.key === 'please') return true;
  for (let k = end; k < end + 5; k++) {
    const t = tokens[k];
    if (!t || t.type === 'punct') return false;
    if (WEB.has(t.key)) return true;
  }
  return false;
}

const ATTENDING = new Set(['attend', 'attends', 'attended', 'attending', 'grace', 'graced', 'join', 'joins', 'joined', 'host', 'hosts', 'hosted', 'hosting', 'organise', 'organised', 'organize', 'organized', 'address', 'addressed', 'opened', 'open', 'inaugurate', 'inaugurated']);
const PARTAKING = new Set(['participate', 'participates', 'participated', 'participating', 'part']);
const HELD_AFTER = new Set(['held', 'hosted', 'organised', 'organized', 'convened', 'staged']);

/**
 * "will attend a constituency event", "take part in a business dialogue", "an event on trade to be held on 3 May",
 * "a gathering hosted by the embassy": a general word for an occurrence names one only as the object of attending or
 * with its holding after it; "the event was a success", "a dialogue on values is needed" name none.
 */
function attendedOccasion(ctx: Context, i: number, end: number): boolean {
  const { tokens } = ctx;
  // The determiner of the noun phrase: "a constituency event", "an official welcome event", "the Southern Dialogue".
  let d = i - 1;
  while (d > i - 4 && tokens[d]?.type === 'word' && !FRESH.has(tokens[d]?.key ?? '') && tokens[d]?.key !== 'the') d--;
  const det = tokens[d]?.key ?? '';
  if (det !== 'the' && !FRESH.has(det)) return false;
  const verb = tokens[d - 1]?.key ?? '';
  if (ATTENDING.has(verb) || (verb === 'in' && PARTAKING.has(tokens[d - 2]?.key ?? ''))) return true;
  if (det === 'the') return false;
  // "a forum on fisheries to be held …": a short topic between the noun and its holding.
  let k = end;
  if (tokens[k]?.key === 'on' || tokens[k]?.key === 'for') for (let q = k + 1; q < k + 4 && tokens[q]?.type === 'word' && tokens[q]?.key !== 'to' && tokens[q]?.key !== 'will'; q++) k = q + 1;
  if ((tokens[k]?.key === 'to' || tokens[k]?.key === 'will') && tokens[k + 1]?.key === 'be') k += 2;
  return HELD_AFTER.has(tokens[k]?.key ?? '');
}

/** "the airport by", "Fairbairn military airport by": an airport within a few words after "at", then "by" (unless `by` is false). */
function byAtAirport(ctx: Context, k: number, by = true): boolean {
  for (let j = k; j < k + 6; j++) {
    const t = ctx.tokens[j];
    if (!t || t.type === 'punct') return false;
    if (t.key === 'airport' || t.key === 'aerodrome' || t.key === 'airbase') return !by || ctx.tokens[j + 1]?.key === 'by';
  }
  return false;
}

/** "At the Chinggis Khaan airport, he was welcomed by": an airport named in the words just before the verb. */
function airportBefore(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 10); j--) {
    const t = ctx.tokens[j];
    if (!t || t.text === '.' || t.text === ';') return false;
    if (t.key === 'airport' || t.key === 'aerodrome' || t.key === 'airbase') return true;
  }
  return false;
}

const COUNCILS = new Set(['council', 'commission', 'committee']);
const MET_BODIES = new Set(['commission', 'committee']);

/** "the intergovernmental commission on trade met", "the joint committee met": a commission or committee as the subject. */
function bodiesMet(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  let j = i - 1;
  // A short topic after the noun: "on trade", "for economic cooperation".
  for (let k = i - 1; k > i - 5 && tokens[k]?.type === 'word'; k--) {
    if (tokens[k]?.key === 'on' || tokens[k]?.key === 'for') {
      j = k - 1;
      break;
    }
  }
  // Lower case only: a capitalised name is a body the gazetteer knows ("the European Commission met the ministers") or
  // a joint one read by chairedName.
  if (!MET_BODIES.has(tokens[j]?.key ?? '') || tokens[j]?.cap) return false;
  for (let k = j - 1; k >= j - 4; k--) {
    const key = tokens[k]?.key ?? '';
    if (key === 'the' || key === 'a' || key === 'its') return true;
    if (tokens[k]?.type !== 'word') return false;
  }
  return false;
}
const BODY_ADJECTIVES = new Set(['joint', 'intergovernmental', 'mixed', 'bilateral', 'permanent', 'standing', 'high-level', 'economic', 'trade']);

/**
 * "co-chaired the Joint Commission", "The Joint Economic Committee met": the start of a capitalised name of a joint body
 * the gazetteer does not know (its first word says it is joint or intergovernmental), or -1. Not "the European
 * Commission", a body of its own.
 */
function chairedName(ctx: Context, i: number, mentionAt: TokenIndex, mentionEndingAt: TokenIndex): number {
  const { tokens } = ctx;
  if (mentionEndingAt.has(i + 1)) return -1;
  let a = i;
  while (a > i - 5 && tokens[a - 1]?.cap && tokens[a - 1]?.type === 'word' && tokens[a - 1]?.key !== 'the' && !tokens[a - 1]?.lineBefore && !mentionAt.has(a - 1)) a--;
  if (a === i || !BODY_ADJECTIVES.has(tokens[a]?.key ?? '') || tokens[a - 1]?.key !== 'the') return -1;
  // "the Joint Commission met", "chaired the Joint Commission": not "the Joint Commission's report".
  return tokens[i]?.possessive ? -1 : a;
}
const CHAIRED = new Set(['chaired', 'co-chaired', 'chairs', 'co-chairs', 'chair', 'co-chair', 'presided', 'co-presided', 'co-presiding', 'presiding', 'chairing', 'co-chairing', 'attended', 'attend', 'attending']);
const SITTING_AFTER = new Set(['held', 'convened', 'opened', 'met']);

/** "Third European Union-Cuba Joint Council": the start of a capitalised name that opens with an ordinal, or -1. */
function numberedName(ctx: Context, i: number): number {
  const { tokens } = ctx;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const t = tokens[j];
    if (!t || t.lineBefore) return -1;
    if (/^\d+(?:st|nd|rd|th)$/.test(t.key) || (t.cap && ORDINALS.has(t.key) && t.key !== 'next' && t.key !== 'national' && t.key !== 'world')) return j;
    if (!(t.cap || t.text === '-')) return -1;
  }
  return -1;
}

const SITTING_VERBS = new Set(['held', 'met', 'convened', 'sat', 'meet', 'convene', 'sit', 'meets', 'convenes']);
const SITTING_AUX = new Set(['was', 'is', 'will', 'has', 'had', 'be', 'been', 'also', 'again', 'to']);
const PEOPLE_KINDS = new Set(['person', 'role', 'bound', 'pronoun', 'group']);

/**
 * "The Council of Ministers of the Andean Community was held on Monday", "the Ministerial Committee of the bloc met
 * yesterday", "The Executive Council convened on 4 March": a capitalised name of two words or more whose head (token i)
 * is a council, commission or committee, opened by "the" or the sentence, then a sitting verb. Its span and the verb's
 * token, or null. Not "the Peace Council called for calm" (no sitting), "the Ethics Committee met the Minister" (a
 * meeting with someone), "the Committee held talks" ("held" only after an auxiliary).
 */
function sittingName(ctx: Context, i: number, mentionAt: TokenIndex): { start: number; end: number; verb: number } | null {
  const { tokens } = ctx;
  const word = (k: number): boolean => !!tokens[k] && tokens[k]?.type === 'word' && !!tokens[k]?.cap && !tokens[k]?.lineBefore && !tokens[k]?.possessive && !PEOPLE_KINDS.has(mentionAt.get(k)?.kind ?? '');
  let a = i;
  while (a > i - 4 && tokens[a - 1]?.key !== 'the' && word(a - 1)) a--;
  if (tokens[a - 1]?.key !== 'the' && (ctx.sentences[ctx.sentenceOf[i] ?? -1]?.tokStart ?? -1) !== a) return null;
  // "one of the meetings of the X Council will be held": the name is what another noun's occurrence is of. A joint
  // body without a number is read by chairedName ("the Joint Commission was held" is no sitting there).
  if ((tokens[a - 1]?.key === 'the' && tokens[a - 2]?.key === 'of') || BODY_ADJECTIVES.has(tokens[a]?.key ?? '')) return null;
  let e = i + 1;
  for (let hop = 0; hop < 3 && tokens[e]?.key === 'of'; hop++) {
    let k = tokens[e + 1]?.key === 'the' ? e + 2 : e + 1;
    // "the Mediation Committee of the bloc met": one word in lower case right before the verb.
    if (k === e + 2 && tokens[k]?.type === 'word' && !tokens[k]?.cap && (SITTING_AUX.has(tokens[k + 1]?.key ?? '') || SITTING_VERBS.has(tokens[k + 1]?.key ?? ''))) {
      e = k + 1;
      break;
    }
    if (!word(k)) break;
    while (k < e + 8 && word(k)) k++;
    e = k;
  }
  // "the Council of Ministers (COM)": an acronym in brackets.
  if (tokens[e]?.text === '(' && tokens[e + 2]?.text === ')') e += 3;
  if (e - a < 2) return null;
  let v = e;
  while (v < e + 3 && SITTING_AUX.has(tokens[v]?.key ?? '')) v++;
  const verb = tokens[v]?.key ?? '';
  if (!SITTING_VERBS.has(verb) || (verb === 'held' && v === e)) return null;
  const next = tokens[v + 1];
  if ((verb.startsWith('me') || verb === 'sat' || verb === 'sit') && (next?.key === 'with' || PEOPLE_KINDS.has(mentionAt.get(v + 1)?.kind ?? '') || (next?.key === 'the' && PEOPLE_KINDS.has(mentionAt.get(v + 2)?.kind ?? '')))) return null;
  return { start: a, end: e, verb: v };
}

/** "held in Havana", "was held", "co-presiding over the …", "chaired the …": the named body sits. */
function sittingAround(ctx: Context, a: number, b: number): boolean {
  const { tokens } = ctx;
  let k = b;
  if (tokens[k]?.key === 'was' || tokens[k]?.key === 'will' || tokens[k]?.key === 'is') k++;
  if (tokens[k]?.key === 'be') k++;
  return SITTING_AFTER.has(tokens[k]?.key ?? '') || chairedBefore(ctx, a);
}

/** "chaired the …", "co-presiding over the …" just before token a. */
function chairedBefore(ctx: Context, a: number): boolean {
  const { tokens } = ctx;
  let j = a - 1;
  if (tokens[j]?.key === 'the') j--;
  if (tokens[j]?.key === 'over') j--;
  const key = tokens[j]?.key ?? '';
  return CHAIRED.has(key) || (tokens[j - 1]?.text === '-' && CHAIRED.has(`${tokens[j - 2]?.key ?? ''}-${key}`));
}

const GATHERING_WORDS = new Set(['forum', 'conference', 'gathering', 'event']);
const NAME_JOINERS = new Set(['of', 'and', '&']);

/** "Heads of Government Meeting", "Leaders' Meeting": "leaders" or "heads" among the capitalised words before token i. */
function leadersNamed(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const t = tokens[j];
    // "Leaders' Meeting": the apostrophe of a plural possessive.
    if (t && (t.text === "'" || t.text === '’') && j === i - 1) continue;
    if (!t || t.lineBefore || t.type !== 'word' || !(t.cap || NAME_JOINERS.has(t.key))) return false;
    if (t.cap && (t.key === 'heads' || t.key === 'leaders')) return true;
  }
  return false;
}

/** "Forum Leaders Meeting", "Forum Summit": a summit or a leaders' meeting heads the capitalised name after token k. */
function leadersHeadAfter(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  for (let j = k; j < k + 5; j++) {
    const t = tokens[j];
    if (!t || t.lineBefore || t.type !== 'word' || !(t.cap || NAME_JOINERS.has(t.key))) return false;
    if (t.key === 'summit' || (t.key === 'meeting' && leadersNamed(ctx, j))) return true;
  }
  return false;
}
const CONVENED = new Set(['convened', 'convenes', 'gathered', 'gathers', 'assembled', 'brought', 'brings', 'attended']);
const LEADER_WORDS = new Set(['presidents', 'leaders', 'heads', 'premiers']);

/** ", which convened several Latin American presidents", "attended by heads of state": leaders in the clause after. */
function convenedLeaders(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  let verb = -1;
  for (let j = k; j < k + 14 && verb < 0; j++) {
    const t = tokens[j];
    if (!t || t.text === '.' || t.text === ';' || (j > k && t.lineBefore)) return false;
    if (CONVENED.has(t.key)) verb = j;
  }
  if (verb < 0) return false;
  for (let j = verb + 1; j < verb + 7; j++) {
    const t = tokens[j];
    if (!t || t.type === 'punct') return false;
    if (LEADER_WORDS.has(t.key) || (t.key === 'ministers' && tokens[j - 1]?.key === 'prime')) return true;
  }
  return false;
}

const MEDIA = new Set(['radio', 'television', 'tv', 'newspaper', 'daily', 'channel', 'broadcaster', 'magazine', 'cnn', 'bbc', 'reuters', 'bloomberg', 'afp', 'nhk']);

/** "Radio Tirana", "the BBC", "state television", "the daily El Pais": a broadcaster or paper within the next words. */
function outletAfter(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.key === 'the') k++;
  for (let j = k; j < k + 3; j++) {
    const t = tokens[j];
    if (!t || t.type !== 'word' || t.lineBefore) return false;
    if (MEDIA.has(t.key)) return true;
    if (!t.cap && t.key !== 'state' && t.key !== 'national' && t.key !== 'public' && t.key !== 'local') return false;
  }
  return false;
}

const SETTINGS = new Set(['sidelines', 'margins', 'fringes', 'sideline', 'margin']);
const ATTENDED = new Set(['attend', 'attends', 'attended', 'attending', 'address', 'addresses', 'addressed', 'addressing']);

/** "attended the 77th", "addressed the", "participation in the", "took part in the" just before token k. */
function attendedBody(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  let j = k - 1;
  const ord = tokens[j];
  if (ord && (/^\d+(?:st|nd|rd|th)$/.test(ord.key) || ORDINALS.has(ord.key))) j--;
  if (tokens[j]?.key !== 'the') return false;
  const verb = tokens[j - 1]?.key ?? '';
  if (ATTENDED.has(verb)) return true;
  // "on the sidelines of the UN General Assembly": the setting of a meeting is the body's sitting.
  if (verb === 'of' && SETTINGS.has(tokens[j - 2]?.key ?? '')) return true;
  return verb === 'in' && (PARTAKING.has(tokens[j - 2]?.key ?? '') || tokens[j - 2]?.key === 'participation');
}

const MEALS = new Set(['lunch', 'luncheon', 'reception', 'dinner']);

const PLAN_OF_VISITS = new Set(['exchange', 'exchanged', 'exchanging', 'mutual', 'reciprocal', 'regular']);
const SITE_VERBS = new Set(['visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured']);
const VISIT_VERBAL = new Set(['will', 'to', 'would', 'shall', 'and']);
const SITE_ADVERBS = new Set(['also', 'then', 'later', 'subsequently']);
/** Occurrences in person besides a visit whose programme a site visit told after them belongs to. */
const SITE_SETTINGS = new Set<EventKind>(['talks', 'summit']);
const QUANTIFIERS = new Set(['a', 'an', 'the', 'few', 'several', 'some', 'two', 'three', 'four', 'various', 'local', 'his', 'her', 'their']);
// The object of "visit" that is a state, a city or a region is a trip there, not a site; a web page is no occurrence.
const PLACE_NOUNS = new Set(['country', 'countries', 'city', 'cities', 'capital', 'region', 'regions', 'province', 'provinces', 'island', 'islands', 'state', 'states', 'town', 'towns', 'village', 'republic', 'kingdom', 'area', 'territory', 'nation', 'website', 'web', 'page', 'portal', 'www']);
const SITE_END = new Set(['of', 'at', 'in', 'on', 'for', 'with', 'near', 'to', 'and', 'by', 'from', 'which', 'that', 'during', 'before', 'after', 'around', 'where']);

/** "a rubber plantation", "a few factories near the port", "the National Gallery": an object that is a site, not a place. */
function siteAfter(ctx: Context, k: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  if (!QUANTIFIERS.has(tokens[k]?.key ?? '')) return false;
  while (QUANTIFIERS.has(tokens[k]?.key ?? '')) k++;
  let words = 0;
  for (let j = k; j < k + 6; j++) {
    const t = tokens[j];
    if (!t || (t.type === 'punct' && t.text !== '-') || t.lineBefore || SITE_END.has(t.key)) break;
    const m = mentionAt.get(j);
    if (m && (m.kind === 'country' || m.kind === 'capital' || m.kind === 'city' || m.kind === 'person' || m.kind === 'role' || m.kind === 'body')) return false;
    if (PLACE_NOUNS.has(t.key)) return false;
    words++;
  }
  return words > 0;
}

const CHROME = new Set(['subscribe', 'click', 'download', 'share']);
const CHROME_PAIRS = new Set(['sign up', 'follow us', 'read also', 'read more', 'see also', 'also read']);

/** The sentence of token i opens as a page's footer or link does: "Subscribe to …", "Sign up for …", "Read also: …". */
function pageChrome(ctx: Context, i: number): boolean {
  const start = ctx.sentences[ctx.sentenceOf[i] ?? -1]?.tokStart ?? -1;
  const a = ctx.tokens[start];
  if (!a || !a.cap) return false;
  return CHROME.has(a.key) || CHROME_PAIRS.has(`${a.key} ${ctx.tokens[start + 1]?.key ?? ''}`);
}

const NOT_MEETINGS = new Set(['point', 'points', 'place', 'ground']);

/** "a meeting of minds", "a meeting point of cultures", "a meeting place": no occurrence. */
function notAMeeting(ctx: Context, end: number): boolean {
  const next = ctx.tokens[end]?.key ?? '';
  return NOT_MEETINGS.has(next) || (next === 'of' && ctx.tokens[end + 1]?.key === 'minds');
}

const CLIMBS = new Set(['climbed', 'climb', 'climbs', 'climbing', 'scaled', 'scale', 'reached', 'reach', 'reaches', 'hit', 'hits']);
const PEAK_WORDS = new Set(['a', 'an', 'the', 'new', 'to', 'its', 'their', 'record', 'fresh']);
const MOUNTAINS = new Set(['mount', 'mt', 'mountain', 'peak', 'hill', 'volcano']);

/** "climbed to a new summit", "reached the summit of Mount Kenya": a top, not a gathering. */
function aPeak(ctx: Context, i: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end]?.key === 'of' && MOUNTAINS.has(tokens[end + 1]?.key === 'the' ? (tokens[end + 2]?.key ?? '') : (tokens[end + 1]?.key ?? ''))) return true;
  let j = i - 1;
  while (j > i - 5 && PEAK_WORDS.has(tokens[j]?.key ?? '')) j--;
  return j < i - 1 && CLIMBS.has(tokens[j]?.key ?? '');
}

const PART_OF = new Set(['summit', 'forum', 'conference', 'congress', 'convention']);

/** "of the Arctic Summit", "of the Vienna Energy Forum": a named gathering (no body the gazetteer knows) at token k. */
function partOfGathering(ctx: Context, k: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.key === 'the') k++;
  for (let j = k; j < k + 8; j++) {
    const t = tokens[j];
    if (!t || t.lineBefore || mentionAt.get(j)?.kind === 'body') return false;
    if (t.type === 'punct' && t.text !== '-') return false;
    if (t.type === 'word' && !t.cap && t.key !== 'of' && t.key !== 'and') return false;
    if (PART_OF.has(t.key)) return true;
  }
  return false;
}

const HOLDING = new Set(['hold', 'holds', 'held', 'holding', 'conduct', 'conducts', 'conducted', 'conducting', 'launch', 'launched', 'launching']);

/** "will hold the fourth Strategic Dialogue", "held a strategic dialogue": the noun is the object of holding it. */
function heldNoun(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  let d = i - 1;
  while (d > i - 5 && tokens[d]?.type === 'word' && !FRESH.has(tokens[d]?.key ?? '') && tokens[d]?.key !== 'the' && !HOLDING.has(tokens[d]?.key ?? '')) d--;
  if (tokens[d]?.key === 'the' || FRESH.has(tokens[d]?.key ?? '')) d--;
  return HOLDING.has(tokens[d]?.key ?? '');
}

/** "on the sidelines of the summit", "on the margins of", "in person", "face to face" in the sentence around token k. */
function inPerson(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  const start = Math.max(k - 30, ctx.sentences[ctx.sentenceOf[k - 1] ?? -1]?.tokStart ?? k);
  for (let j = start; j < k + 16; j++) {
    const t = tokens[j];
    if (!t || t.text === '.' || t.text === ';' || (j > k && t.lineBefore)) return false;
    if (t.key === 'sidelines' || t.key === 'margins' || t.key === 'margin') return true;
    if ((t.key === 'in' && tokens[j + 1]?.key === 'person') || (t.key === 'face' && tokens[j + 2]?.key === 'face')) return true;
  }
  return false;
}
// "delivered a video address", "gave a brief opening speech": words between the verb's article and the speech.
const SPEECH_ADJECTIVES = new Set(['keynote', 'major', 'public', 'televised', 'video', 'recorded', 'special', 'brief', 'short', 'opening', 'closing', 'welcoming', 'inaugural']);
const CALLED = new Set(['person', 'role', 'bound']);

/** "call on Prime Minister X", "called on the President": a person, and no "to" with a verb of an appeal after them. */
function courtesyCall(ctx: Context, k: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  let m = mentionAt.get(tokens[k]?.key === 'the' ? k + 1 : k);
  // "will call on Nepal's Prime Minister": the office after a state's possessive.
  if (m && m.kind === 'country' && tokens[m.tokEnd - 1]?.possessive) m = mentionAt.get(m.tokEnd);
  if (!m || !CALLED.has(m.kind)) return false;
  for (let j = m.tokEnd; j < m.tokEnd + 12; j++) {
    const t = tokens[j];
    if (!t || t.text === '.' || t.text === ';' || t.key === 'and' || t.key === 'during') return true;
    if (t.key === 'to' && tokens[j + 1]?.type === 'word' && !tokens[j + 1]?.cap && tokens[j + 1]?.key !== 'the') return false;
  }
  return true;
}

const VENUE_NOUNS = new Set(['platform', 'venue', 'place', 'location', 'site', 'host', 'framework']);
const VENUE_OBJECT_WORDS = new Set(['peace', 'future', 'direct', 'such']);

/** "a venue for peace talks", "as a site for future negotiations": the noun at i is what a place is offered for. */
function venueFor(ctx: Context, i: number): boolean {
  let j = i - 1;
  while (j > i - 4 && VENUE_OBJECT_WORDS.has(ctx.tokens[j]?.key ?? '')) j--;
  return ctx.tokens[j]?.key === 'for' && VENUE_NOUNS.has(ctx.tokens[j - 1]?.key ?? '');
}

/** "met the Grand Duke of Luxembourg", "meet the Emir of Qatar": a capitalised title the gazetteer lacks, "of", a state. */
function titleOfState(ctx: Context, k: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  let j = k;
  while (j < k + 4 && tokens[j]?.cap && tokens[j]?.type === 'word' && !tokens[j]?.lineBefore) j++;
  if (j === k || tokens[j]?.key !== 'of') return false;
  const m = mentionAt.get(tokens[j + 1]?.key === 'the' ? j + 2 : j + 1);
  return !!m && m.kind === 'country';
}

const HOLD = new Set(['hold', 'holds', 'held', 'holding', 'have', 'has', 'had', 'having', 'conduct', 'conducts', 'conducted', 'engage', 'engaged']);
const HELD_ADJECTIVES = new Set(['bilateral', 'detailed', 'extensive', 'in-depth', 'fruitful', 'productive', 'wide-ranging', 'separate', 'private', 'further', 'lengthy', 'frank', 'in', 'into']);

/** "hold (bilateral) discussions with X", "held consultations between A and B": a verb of holding, then with/between someone. */
function heldWith(ctx: Context, i: number, end: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  let j = i - 1;
  while (j > i - 4 && HELD_ADJECTIVES.has(tokens[j]?.key ?? '')) j--;
  if (!HOLD.has(tokens[j]?.key ?? '')) return false;
  const prep = tokens[end]?.key;
  if (prep !== 'with' && prep !== 'between') return false;
  for (let k = end + 1; k < end + 5; k++) {
    const m = mentionAt.get(k);
    if (m && (m.kind === 'person' || m.kind === 'role' || m.kind === 'bound' || m.kind === 'adjective' || m.kind === 'group')) return true;
    if (COUNTERPARTS.has(tokens[k]?.key ?? '') || tokens[k]?.key === 'host') return true;
    if (tokens[k]?.type === 'punct') return false;
  }
  return false;
}

const STATEMENT_ADJECTIVES = new Set(['brief', 'short', 'joint', 'press', 'separate', 'their', 'his', 'her']);

/** "give brief statements to the media", "make joint press statements", "joint statements will follow". */
function madeStatements(ctx: Context, i: number, end: number): boolean {
  const { tokens } = ctx;
  let j = i - 1;
  while (j > i - 4 && STATEMENT_ADJECTIVES.has(tokens[j]?.key ?? '')) j--;
  if (DELIVER.has(tokens[j]?.key ?? '')) return true;
  const a = tokens[end]?.key ?? '';
  const b = tokens[end + 1]?.key ?? '';
  const c = tokens[end + 2]?.key ?? '';
  if (a === 'to' && (b === 'the' ? c === 'media' || c === 'press' : b === 'media' || b === 'press' || b === 'reporters' || b === 'journalists')) return true;
  return a === 'will' && b === 'follow' && STATEMENT_ADJECTIVES.has(tokens[i - 1]?.key ?? '');
}

const MEMORIALS = new Set(['monument', 'plaque', 'memorial', 'statue', 'bust', 'centre', 'center', 'building', 'sculpture', 'stone', 'museum', 'stele', 'memorial']);

/** "unveil the Bulgarian Cultural and Educational Centre", "unveiled a memorial plaque": a memorial or building within the object. */
function memorialAfter(ctx: Context, k: number): boolean {
  for (let j = k; j < k + 9; j++) {
    const t = ctx.tokens[j];
    if (!t || t.type === 'punct' || (j > k && t.lineBefore)) return false;
    if (MEMORIALS.has(t.key)) return true;
  }
  return false;
}

/** "scheduled to speak at a German business conference": an unnamed conference or forum is where one speaks. */
function unnamedVenue(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.key !== 'a' && tokens[k]?.key !== 'an') return false;
  for (let j = k + 1; j < k + 6; j++) {
    const t = tokens[j];
    if (!t || t.type === 'punct') return false;
    // "spoke at a news conference" is the interview itself, no venue of a speech.
    if (t.key === 'conference' && (tokens[j - 1]?.key === 'news' || tokens[j - 1]?.key === 'press')) return false;
    if (t.key === 'conference' || t.key === 'forum') return true;
  }
  return false;
}

/**
 * "met the Assistant to the President and National Security Advisor, Ambassador John Bolton": "the", a capitalised
 * title the gazetteer does not hold (its words and "to", "of", "the", "and"), a comma, then a person.
 */
function titledObject(ctx: Context, k: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.key !== 'the' || !tokens[k + 1]?.cap) return false;
  for (let j = k + 1; j < k + 14; j++) {
    const t = tokens[j];
    if (!t || t.lineBefore) return false;
    if (t.text === ',') {
      const m = mentionAt.get(j + 1);
      return !!m && m.kind === 'person';
    }
    if (!t.cap && !VENUE_JOINERS.has(t.key) && t.key !== 'to') return false;
  }
  return false;
}

// Words that make a named thing an occurrence rather than a place one speaks at.
const GATHERINGS = new Set([
  'summit', 'summits', 'forum', 'conference', 'meeting', 'meetings', 'session', 'sessions', 'assembly', 'congress',
  'ceremony', 'dinner', 'banquet', 'festival', 'rally', 'event', 'gathering', 'opening', 'dialogue', 'talks', 'week',
  'expo', 'exhibition', 'games', 'olympics', 'council', 'parade', 'celebrations', 'symposium', 'convention',
]);
const VENUE_JOINERS = new Set(['of', 'the', 'for', 'and', '&']);

/** "at the University of the Philippines": a capitalised name after "at [the]" that names no gathering. */
function namedVenue(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k]?.key === 'the') k++;
  if (!tokens[k]?.cap || tokens[k]?.lineBefore) return false;
  for (let j = k; j < k + 10; j++) {
    const t = tokens[j];
    if (!t || (j > k && t.lineBefore) || t.type === 'punct') break;
    if (!t.cap && !VENUE_JOINERS.has(t.key) && t.type !== 'num') break;
    if (GATHERINGS.has(t.key)) return false;
  }
  return true;
}

/**
 * The standing body a capitalised head word at token k refers back to ("the Council" after "the Collective Security
 * Council"): the last such body mentioned within the 200 tokens before token i whose name ends in that word.
 */
function namedBefore(ctx: Context, standing: readonly Mention[], i: number, k: number): number | null {
  const head = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!head || head.type !== 'word' || !head.cap || (next && (next.cap || next.key === 'of'))) return null;
  // Mentions are in reading order: search back from the last one before the trigger (a bounded look-back).
  const lo = firstIndex(standing.length, (k) => (standing[k]?.tokEnd ?? 0) <= i);
  for (let j = lo - 1; j >= 0 && j >= lo - 8; j--) {
    const m = standing[j];
    if (!m || i - m.tokEnd > 200) break;
    // "Collective Security Council of the CSTO": the head word of the body's own name, as the text or gazetteer spells it.
    const name = (ctx.gazetteer.bodies[m.body]?.name ?? '').toLowerCase().split(/\s+/);
    const surface = m.surface.toLowerCase().split(/\s+/);
    if (name[name.length - 1] === head.key || surface[surface.length - 1] === head.key) return m.body;
  }
  return null;
}

const SPAN_UNITS = new Set(['day', 'days', 'week', 'weeks', 'hour', 'hours', 'nation', 'nations', 'country', 'leg']);
const POSSESSIVE = new Set([...PERSONAL_POSSESSIVES, 'its', 'our']);
const SMALL_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half']);

/** A word of a span before an occurrence ("the two-day visit", "the 3-nation tour"): the unit or its number. */
function spanWord(tokens: Context['tokens'], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (SPAN_UNITS.has(t.key)) return tokens[j - 1]?.text === '-';
  return (t.type === 'num' || SMALL_NUMBERS.has(t.key)) && tokens[j + 1]?.text === '-' && SPAN_UNITS.has(tokens[j + 2]?.key ?? '');
}

function trigger(ctx: Context, kind: EventKind, a: number, b: number, bodies: number[], verb: boolean, label: string | null, weak: boolean): Trigger {
  const { tokens } = ctx;
  // The determiner before the trigger decides whether it refers back: "the meeting" but not "a new meeting".
  let j = a - 1;
  // A proper name before the trigger ("the G20 Summit") makes it a named occurrence, not a reference back.
  let fresh = bodies.length > 0;
  let spanned = false;
  while (j >= 0 && j >= a - 5 && tokens[j] && (MODIFIERS.has(tokens[j]?.key ?? '') || tokens[j]?.text === '-' || tokens[j]?.text === '"' || spanWord(tokens, j) || (tokens[j]?.cap && !DEFINITE.has(tokens[j]?.key ?? '')))) {
    if (tokens[j]?.key === 'next' || (tokens[j]?.cap && !MODIFIERS.has(tokens[j]?.key ?? ''))) fresh = true;
    if (spanWord(tokens, j)) spanned = true;
    j--;
  }
  const det = tokens[j]?.key ?? '';
  // "began his three-day visit to X" introduces the visit; "the three-day visit" refers back to it.
  if (spanned && POSSESSIVE.has(det)) fresh = true;
  if (FRESH.has(det)) fresh = true;
  // "the Summit of the Americas", "the Conference of the Parties": a capitalised noun with its name after it.
  const of = tokens[b]?.key === 'of' ? (tokens[b + 1]?.key === 'the' ? b + 2 : b + 1) : -1;
  // "the 60th General Assembly of the Andean Parliament": a numbered name too.
  const named = tokens[a]?.cap || (tokens[a]?.type === 'num' && tokens[a + 1]?.cap);
  if (of > 0 && named && tokens[of]?.cap && !tokens[a]?.lineBefore && a > (ctx.sentences[ctx.sentenceOf[a] ?? -1]?.tokStart ?? 0)) fresh = true;
  let negated = false;
  for (let k = Math.max(0, a - 4); k < a; k++) if (NEGATION.has(tokens[k]?.key ?? '')) negated = true;
  // "an agreement on holding the summit", "the idea of convening the council": the plan names a new occurrence.
  const planned = det === 'the' && GERUNDS.has(tokens[j - 1]?.key ?? '') && PLAN_PREPS.has(tokens[j - 2]?.key ?? '');
  // "The first bilateral meeting of the day was with X": a place in a sequence of meetings names a new one.
  if (!fresh && ordinalInSequence(ctx, j, a, b)) fresh = true;
  const anaphoric = !planned && (negated || (weak && !fresh) || (!fresh && DEFINITE.has(det)));
  const first = tokens[a];
  const last = tokens[b - 1];
  return {
    kind,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    tokStart: a,
    tokEnd: b,
    sentence: ctx.sentenceOf[a] ?? 0,
    anaphoric,
    bodies,
    label,
    quoted: false,
    verb,
    states: [],
    planned,
    such: det === 'a' && tokens[j - 1]?.key === 'such',
    topic: topicOf(ctx, a),
    labelPlace: null,
  };
}

const PLACES_IN_SEQUENCE = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'final', 'last']);
const PARTS_OF_DAY = new Set(['day', 'morning', 'afternoon', 'evening']);
const COPULAS = new Set(['was', 'is', 'will', 'be', 'took', 'takes', 'place']);

/**
 * "the first bilateral meeting of the day", "the last meeting of the afternoon was with X", "the second meeting took
 * place with Y": an ordinal among the words before the noun, and after it a part of the day or the counterpart the
 * meeting was with. Not "their first meeting since 2019", "the first meeting of the council".
 */
function ordinalInSequence(ctx: Context, from: number, a: number, b: number): boolean {
  const { tokens } = ctx;
  let ordinal = false;
  for (let k = from; k < a; k++) if (PLACES_IN_SEQUENCE.has(tokens[k]?.key ?? '')) ordinal = true;
  if (!ordinal) return false;
  if (tokens[b]?.key === 'of' && tokens[b + 1]?.key === 'the' && PARTS_OF_DAY.has(tokens[b + 2]?.key ?? '')) return true;
  let k = b;
  while (k < b + 3 && COPULAS.has(tokens[k]?.key ?? '')) k++;
  return k > b && tokens[k]?.key === 'with';
}

const GERUNDS = new Set(['holding', 'convening', 'organising', 'organizing', 'hosting']);
const PLAN_PREPS = new Set(['on', 'of', 'about', 'regarding', 'for']);

// "preparations for the meeting", "preparation of the summit": the occurrence is what is being discussed.
const TOPIC_OF = new Set(['for', 'of']);
const PRE_TOPIC = new Set(['preparations', 'preparation', 'preparing', 'agenda', 'organisation', 'organization']);

/** "preparations for the summit", "the agenda of the NATO June summit": after "the" and the rest of the gathering's name. */
function topicOf(ctx: Context, a: number): boolean {
  const { tokens } = ctx;
  let j = a - 1;
  while (j > a - 6 && tokens[j] && (tokens[j]?.cap || tokens[j]?.type === 'num' || tokens[j]?.text === '-') && !DEFINITE.has(tokens[j]?.key ?? '')) j--;
  return tokens[j]?.key === 'the' && TOPIC_OF.has(tokens[j - 1]?.key ?? '') && PRE_TOPIC.has(tokens[j - 2]?.key ?? '');
}

const LEADERS = new Set(['leaders', 'heads', 'presidents']);
// Regions whose states meet as a group ("the heads of Central Asian states"), by their adjective.
export const REGIONS = new Map<string, readonly string[]>([
  ['central asian', ['KZ', 'KG', 'TJ', 'TM', 'UZ']], ['baltic', ['EE', 'LV', 'LT']], ['nordic', ['DK', 'FI', 'IS', 'NO', 'SE']],
  ['south caucasus', ['AM', 'AZ', 'GE']], ['south caucasian', ['AM', 'AZ', 'GE']], ['visegrad', ['CZ', 'HU', 'PL', 'SK']],
]);

/** "of the leaders of A, B and C", "of the heads of state of A, B and C" right after a trigger: the states listed. */
function leadersOfList(ctx: Context, k: number, mentionAt: TokenIndex): string[] {
  const { tokens } = ctx;
  if (tokens[k]?.key !== 'of') return [];
  k++;
  if (tokens[k]?.key === 'the') k++;
  if (!LEADERS.has(tokens[k]?.key ?? '')) return [];
  k++;
  if (tokens[k]?.key === 'of' && tokens[k + 1]?.key === 'state') k += 2;
  // "of the heads of Central Asian states": the states of a region.
  if (tokens[k]?.key === 'of') {
    let r = k + 1;
    if (tokens[r]?.key === 'the') r++;
    const words: string[] = [];
    while (r < k + 5 && tokens[r]?.cap) words.push(tokens[r++]?.key ?? '');
    const region = REGIONS.get(words.join(' '));
    if (region && (tokens[r]?.key === 'states' || tokens[r]?.key === 'countries' || tokens[r]?.key === 'nations')) return [...region];
  }
  if (tokens[k]?.key !== 'of') return [];
  k++;
  const out: string[] = [];
  for (let guard = 0; guard < 12; guard++) {
    if (tokens[k]?.key === 'the') k++;
    const m = mentionAt.get(k);
    if (!m || m.kind !== 'country' || !m.country) break;
    if (!out.includes(m.country)) out.push(m.country);
    k = m.tokEnd;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.key === 'and') k++;
  }
  return out;
}

/** A city among the capitalised words that name a gathering: "the St. Petersburg International Economic Forum". */
function labelPlace(ctx: Context, a: number, mentionAt: TokenIndex): string | null {
  let place: string | null = null;
  for (let j = a - 1; j >= 0 && j >= a - 8; j--) {
    const t = ctx.tokens[j];
    if (!t || t.lineBefore) break;
    if (t.type === 'punct' ? !(t.text === '.' || t.text === '-') : !t.cap) break;
    const m = mentionAt.get(j);
    if (m && (m.kind === 'city' || m.kind === 'capital')) place = m.surface;
  }
  return place;
}

/** Distinct states of a hyphenated label ending just before token a: "Japan-U.S.-ROK", "Russian-Chinese". */
function labelStates(ctx: Context, a: number, mentionEndingAt: TokenIndex): string[] {
  const { tokens } = ctx;
  const out: string[] = [];
  let j = a;
  for (let guard = 0; guard < 6; guard++) {
    // "U.S." ends with a dot the name itself does not take.
    if (tokens[j - 1]?.text === '.' && !tokens[j - 1]?.spaceBefore) j--;
    const m = mentionEndingAt.get(j);
    if (!m || !(m.kind === 'country' || m.kind === 'adjective') || !m.country) break;
    if (!out.includes(m.country)) out.unshift(m.country);
    j = m.tokStart;
    const sep = tokens[j - 1];
    if (!sep || sep.type !== 'punct' || (sep.text !== '-' && sep.text !== '/')) break;
    j--;
  }
  return out;
}

/** The name of a gathering: its body, else the capitalised words before its noun, else "of the …" after it. */
function summitLabel(ctx: Context, a: number, bodies: number[], end = -1): string | null {
  const b = bodies[0];
  if (b !== undefined) return ctx.gazetteer.bodies[b]?.name.toLowerCase() ?? null;
  const { tokens } = ctx;
  const words: string[] = [];
  for (let j = a - 1; j >= 0 && j >= a - 6; j--) {
    const t = tokens[j];
    if (!t || t.lineBefore) break;
    if (t.type === 'punct' && t.text !== '"' && t.text !== '-') break;
    // "the Warsaw regional summit": one lower-case word right before the noun, after a capitalised name.
    const adjective = j === a - 1 && t.type === 'word' && !t.cap && !!tokens[j - 1]?.cap && tokens[j - 1]?.type === 'word' && !DEFINITE.has(tokens[j - 1]?.key ?? '') && !tokens[j - 1]?.lineBefore;
    if (t.type !== 'punct' && ((!t.cap && t.key !== 'plus' && t.key !== 'and' && !adjective) || DEFINITE.has(t.key))) break;
    // "the NATO June summit" is the NATO summit: a month dates the gathering, it does not name it.
    if (t.type !== 'punct' && !MONTH_NAMES.has(t.key)) words.unshift(t.key);
  }
  // "the Summit of the Americas", "a Conference of the Parties": the capitalised words after "of (the)".
  if (words.length === 0 && end > a && tokens[end - 1]?.cap && tokens[end]?.key === 'of') {
    let k = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
    for (; k < end + 7 && tokens[k]?.cap && tokens[k]?.type === 'word' && !tokens[k]?.lineBefore; k++) words.push(tokens[k]?.key ?? '');
  }
  return words.length > 0 ? words.join(' ') : null;
}
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

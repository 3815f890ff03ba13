// The extraction document, mirroring extraction.schema.json (accord.extraction/v1).

export type Precision = 'day' | 'days' | 'month' | 'months' | 'quarter' | 'half' | 'year' | 'relative' | 'unknown';

export type EventKind = 'phone_call' | 'talks' | 'visit' | 'summit' | 'session' | 'interview' | 'statement' | 'other';

export type EventStatus = 'held' | 'upcoming';

export const TOPICS = [
  'economy', 'trade', 'energy', 'finance', 'industry', 'agriculture', 'transport', 'import_substitution', 'sanctions',
  'single_market', 'integration', 'security', 'defence', 'military', 'conflict', 'nuclear', 'politics', 'foreign_policy',
  'law', 'elections', 'migration', 'humanitarian', 'health', 'education', 'culture', 'science', 'technology', 'space',
  'climate', 'infrastructure', 'labour', 'media', 'regional', 'sport', 'tourism',
] as const;

export type Topic = (typeof TOPICS)[number];

export interface Span {
  start: number;
  end: number;
}

export interface TimeWindow {
  from: string | null;
  to: string | null;
  precision: Precision;
  tentative: boolean;
  text: string | null;
}

export interface Participant {
  name: string;
  role: string | null;
  country: string | null;
}

export interface ExtractedEvent {
  kind: EventKind;
  status: EventStatus;
  when: TimeWindow;
  where: string | null;
  participants: Participant[];
  bodies: string[];
  topics: Topic[];
  evidence: Span[];
  /** Not in the schema's required set: spans of the time phrase and participant mentions, for intake provenance. */
  spans?: { when: Span | null; participants: Span[] };
}

export interface Commitment {
  text: string;
  by: string[];
  to: string[];
  topics: Topic[];
  due: TimeWindow | null;
  evidence: Span[];
}

export interface Quote {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
}

export interface ExtractionDocument {
  schema: 'accord.extraction/v1';
  source: { title: string | null; published: string | null; agencies: string[]; url?: string | null };
  events: ExtractedEvent[];
  commitments: Commitment[];
  quotes: Quote[];
}

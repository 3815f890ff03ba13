import { z } from 'zod';
import { decimal } from '../../http/params.ts';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from './payloads.ts';
import type { Proposal, ProvenanceEntry, Source } from './repository.ts';
import type { Decision, IngestResult, SourceWithSpans } from './service.ts';
import { SOURCE_MEDIA_TYPES } from './text.ts';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD');

export const NewSourceSchema = z
  .object({
    text: z.string().min(1).max(1_000_000).meta({ description: 'the readout: plain text (a `key: value … ---` header is read), or an HTML page with mediaType text/html' }),
    mediaType: z.enum(SOURCE_MEDIA_TYPES).optional(),
    publisher: z.string().trim().max(200).nullable().optional(),
    title: z.string().trim().max(1000).nullable().optional(),
    url: z.url().max(2000).nullable().optional(),
    publishedOn: IsoDay.nullable().optional(),
  })
  .strict();

export const UploadQuery = z
  .object({
    publisher: z.string().trim().max(200).optional(),
    title: z.string().trim().max(1000).optional(),
    url: z.url().max(2000).optional(),
    publishedOn: IsoDay.optional(),
  })
  .strict();

export const SourceSchema = z
  .object({
    id: z.number().int(),
    sha256: z.string(),
    publisher: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: z.string().nullable(),
    mediaType: z.string(),
    bodyStart: z.number().int().meta({ description: 'where the body begins in text; extraction offsets count from here' }),
    length: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Source' });

export const SourceDetailSchema = SourceSchema.extend({ text: z.string() }).meta({ id: 'SourceDetail' });

export const ProposalSchema = z
  .object({
    id: z.number().int(),
    sourceId: z.number().int(),
    kind: z.enum(PROPOSAL_KINDS),
    status: z.enum(PROPOSAL_STATUSES),
    reason: z.string().nullable(),
    target: z.object({ type: z.string(), id: z.number().int() }).nullable(),
    result: z.object({ type: z.string(), id: z.number().int() }).nullable(),
    payload: z.record(z.string(), z.unknown()),
    decidedBy: z.number().int().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Proposal' });

export const IngestResultSchema = z.object({ source: SourceSchema, created: z.boolean(), proposals: z.array(ProposalSchema) }).meta({ id: 'IngestResult' });

export const ProposalListQuery = z
  .object({
    status: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== '')).pipe(z.array(z.enum(PROPOSAL_STATUSES))).optional(),
    kind: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== '')).pipe(z.array(z.enum(PROPOSAL_KINDS))).optional(),
    sourceId: decimal(z.number().int().positive()).optional(),
    cursor: z.string().max(200).optional(),
    limit: decimal(z.number().int().min(1).max(500)).default(100),
  })
  .strict();

export const AcceptSchema = z.object({ edits: z.record(z.string(), z.unknown()).optional().meta({ description: 'fields to change before applying, by kind (see docs/intake.md)' }) }).strict();
export const RejectSchema = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();

export const DecisionSchema = z
  .object({
    proposal: ProposalSchema,
    changed: z.boolean().meta({ description: 'false when the change was already in the record (nothing was written)' }),
    summary: z.array(z.string()),
    superseded: z.array(z.number().int()).meta({ description: 'pending proposals this decision made redundant (or, on reject, rejected with it)' }),
  })
  .meta({ id: 'ProposalDecision' });

export const SpanSchema = z.object({ field: z.string(), start: z.number().int(), end: z.number().int(), quotedText: z.string(), proposalId: z.number().int().nullable() }).meta({ id: 'ProvenanceSpan' });
export const RecordSourcesSchema = z
  .object({ items: z.array(z.object({ source: SourceSchema, spans: z.array(SpanSchema) })) })
  .meta({ id: 'RecordSources' });

export function presentSource(s: Source): z.infer<typeof SourceSchema> {
  return { id: s.id, sha256: s.sha256, publisher: s.publisher, title: s.title, url: s.url, publishedOn: s.publishedOn, mediaType: s.mediaType, bodyStart: s.bodyStart, length: s.text.length, createdAt: s.createdAt };
}

export function presentProposal(p: Proposal): z.infer<typeof ProposalSchema> {
  return {
    id: p.id,
    sourceId: p.sourceId,
    kind: p.kind,
    status: p.status,
    reason: p.reason,
    target: p.targetType !== null && p.targetId !== null ? { type: p.targetType, id: p.targetId } : null,
    result: p.resultType !== null && p.resultId !== null ? { type: p.resultType, id: p.resultId } : null,
    payload: JSON.parse(p.payload) as Record<string, unknown>,
    decidedBy: p.decidedBy,
    decidedAt: p.decidedAt,
    createdAt: p.createdAt,
  };
}

export function presentIngest(r: IngestResult): z.infer<typeof IngestResultSchema> {
  return { source: presentSource(r.source), created: r.created, proposals: r.proposals.map(presentProposal) };
}

export function presentDecision(d: Decision): z.infer<typeof DecisionSchema> {
  return { proposal: presentProposal(d.proposal), changed: d.applied.changed, summary: d.applied.summary, superseded: d.superseded };
}

const span = (e: ProvenanceEntry): z.infer<typeof SpanSchema> => ({ field: e.field, start: e.start, end: e.end, quotedText: e.quotedText, proposalId: e.proposalId });

export function presentRecordSources(items: readonly SourceWithSpans[]): z.infer<typeof RecordSourcesSchema> {
  return { items: items.map((i) => ({ source: presentSource(i.source), spans: i.spans.map(span) })) };
}

// The canonical trail of a document and its digest. The signing stores the digest of the trail up to
// and including itself; verification recomputes it, so an edit to any recorded fact (who approved,
// when, which version, the hash) after the signing is detected even where no party key signed it.
// Anyone who wrote the digest down at the signing (the API and the CLI print it) can compare later.
//
// Each entry is one JSON array on its own line: unambiguous whatever the titles or names contain.
import { sha256Hex } from './crypto.ts';
import type { ApprovalRecord, DocumentRecord, SignatoryRecord, SigningRecord, VersionRecord } from './repository.ts';

export interface TrailInput {
  document: Pick<DocumentRecord, 'id' | 'kind' | 'title' | 'parties'>;
  versions: readonly VersionRecord[];
  approvals: readonly ApprovalRecord[];
  signing: Omit<SigningRecord, 'id' | 'documentId' | 'trailHash' | 'signatories'> & { signatories: readonly Omit<SignatoryRecord, 'personName'>[] };
}

export function canonicalTrail(t: TrailInput): string {
  const numberOf = new Map(t.versions.map((v) => [v.id, v.number]));
  const lines: unknown[][] = [['document', t.document.id, t.document.kind, t.document.title, [...t.document.parties]]];
  for (const v of [...t.versions].sort((a, b) => a.number - b.number)) {
    lines.push(['version', v.number, v.sha256, v.size, v.mediaType, v.createdAt]);
  }
  // voided_at is left out: it is set when a later version arrives, and says nothing the versions do not.
  for (const a of [...t.approvals].sort((x, y) => x.id - y.id)) {
    lines.push(['approval', numberOf.get(a.versionId) ?? null, a.party, a.approvedBy, a.approvedByName, a.approvedAt, a.signature, a.keyId]);
  }
  const s = t.signing;
  lines.push(['signing', numberOf.get(s.versionId) ?? null, s.signedOn, s.place, s.engagementId, s.recordedBy, s.recordedByName, s.recordedAt]);
  for (const p of [...s.signatories].sort((a, b) => a.position - b.position)) {
    lines.push(['signatory', p.personId, p.party, p.signature, p.keyId]);
  }
  return lines.map((l) => JSON.stringify(l)).join('\n');
}

export function trailDigest(t: TrailInput): string {
  return sha256Hex(Buffer.from(canonicalTrail(t), 'utf8'));
}

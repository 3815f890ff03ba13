// The shapes of /api/v1 as the pages use them (see /api/openapi.json). The front end knows the server
// only through its public API, so these are written from the OpenAPI document, not imported.
export type Role = 'admin' | 'controller' | 'executor' | 'viewer';
export const EXECUTION_STATES = ['overdue', 'at_risk', 'on_track', 'fulfilled', 'withdrawn'] as const;
export type ExecutionState = (typeof EXECUTION_STATES)[number];
export const DECISION_KINDS = ['keep', 'extend', 'fulfilled', 'withdraw', 'escalate'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const TOPICS = [
  'economy', 'trade', 'energy', 'finance', 'industry', 'agriculture', 'transport', 'import_substitution', 'sanctions', 'single_market', 'integration', 'security',
  'defence', 'military', 'conflict', 'nuclear', 'politics', 'foreign_policy', 'law', 'elections', 'migration', 'humanitarian', 'health', 'education', 'culture',
  'science', 'technology', 'space', 'climate', 'infrastructure', 'labour', 'media', 'regional', 'sport', 'tourism',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface Me { userId: number; name: string; role: Role; party: string | null; bodyId: number | null; via: 'session' | 'token' | 'system' }

export interface TimeWindow { earliest: string | null; latest: string | null; precision: string; tentative: boolean; text: string | null }
export interface EngagementWindow extends TimeWindow { edtf: string }

export interface Financing { party: string | null; currency: string; planned: number | null; allocated: number | null; spent: number | null }

export interface Instruction {
  id: number; title: string; text: string; topic: Topic; party: string | null; responsibleBodyId: number; executorBodyIds: number[]; authorIds: number[];
  issuedOn: string; issuedAtEngagementId: number | null; parentId: number | null; deadline: TimeWindow | null; deadlineEdtf: string | null;
  effectiveDeadlineLatest: string | null; acceptedProgress: number; fulfilledOn: string | null; withdrawnOn: string | null; state: ExecutionState; stateAt: string;
  financing: Financing[]; demo: boolean; createdAt: string; updatedAt: string;
}
export interface Report {
  id: number; instructionId: number; bodyId: number; authorUserId: number | null; text: string; progress: number; spent: number | null; currency: string | null;
  evidence: { url: string; title: string | null }[]; submittedOn: string; submittedAt: string; reviewStatus: 'pending' | 'accepted' | 'returned';
  reviewedBy: number | null; reviewedAt: string | null; reviewedOn: string | null; reviewComment: string | null;
}
export interface Decision {
  id: number; instructionId: number; kind: DecisionKind; decidedOn: string; reason: string | null; newDeadline: TimeWindow | null; previousDeadline: TimeWindow | null;
  engagementId: number | null; agendaItemId: number | null; decidedBy: number | null; createdAt: string;
}
export interface InstructionDetail extends Instruction {
  effectiveDeadline: TimeWindow | null;
  deadlineHistory: { window: TimeWindow | null; since: string; decisionId: number | null; reason: string | null }[];
  reports: Report[];
  decisions: Decision[];
}
export interface Page<T> { items: T[]; nextCursor: string | null }

export interface Score { assessed: number; fulfilled: number; partial: number; notComplied: number; withdrawn: number; score: number | null; percent: number | null }
export interface PartyCompliance { party: string; overall: Score; byTopic: (Score & { topic: string })[] }
export interface DueItem {
  id: number; title: string; topic: Topic; party: string | null; responsibleBody: { id: number; name: string; shortName: string | null };
  issuedOn: string; deadlineLatest: string; acceptedProgress: number; daysOverdue: number;
}
export interface Summary {
  at: string; totals: Partial<Record<ExecutionState, number>>; counts: { party: string | null; topic: Topic; state: ExecutionState; count: number }[];
  compliance: PartyCompliance[]; overdue: DueItem[]; atRisk: DueItem[];
  reviewQueue: { pending: number; oldest: { reportId: number; instructionId: number; submittedOn: string } | null };
}

export interface Party { code: string; name: string; kind: 'state' | 'organisation'; demo: boolean }
export interface Body { id: number; name: string; shortName: string | null; kind: string; party: string | null; parentId: number | null; demo: boolean }

export type EngagementKind = 'phone_call' | 'talks' | 'visit' | 'summit' | 'session' | 'interview' | 'statement';
export type EngagementStatus = 'proposed' | 'scheduled' | 'confirmed' | 'held' | 'postponed' | 'cancelled';
export interface Participant { personId: number | null; bodyId: number | null; party: string | null; role: string | null }
export interface Engagement {
  id: number; kind: EngagementKind; title: string; place: string | null; bodyId: number | null; status: EngagementStatus; statusReason: string | null;
  when: EngagementWindow; notes: string | null; demo: boolean; participants: Participant[]; createdAt: string; updatedAt: string;
}
export interface EngagementDetail extends Engagement {
  windowHistory: { when: EngagementWindow; reason: string | null; changedBy: number | null; changedAt: string }[];
  statusHistory: { status: EngagementStatus; reason: string | null; changedBy: number | null; changedAt: string }[];
  outcomes: { id: number; kind: string; instructionId: number | null; documentId: number | null; nextEngagementId: number | null; note: string | null; createdAt: string }[];
}
export interface Bounds { id: number; title: string; own: string; allowed: string; allowedEarliest: string | null; allowedLatest: string | null; narrowed: boolean }
export interface Conflict { constraintIds: number[]; engagementIds: number[]; explanation: string; involvesProposed: boolean }
export interface Schedule { consistent: boolean; engagements: Bounds[]; conflict: Conflict | null }
export interface Constraint { id: number; beforeId: number; afterId: number; minGapDays: number; maxGapDays: number | null; note: string | null; forced: boolean; createdAt: string }

export interface AgendaItem {
  id: number; position: number; title: string; topics: string[]; notes: string | null; instructionIds: number[]; documentIds: number[];
  decisions: { id: number; instructionId: number; agendaItemId: number | null; kind: string; decidedOn: string }[];
}
export interface Agenda { engagementId: number; items: AgendaItem[] }
export type ProposalReason = 'overdue' | 'at_risk' | 'due_before_meeting' | 'report_waiting';
export interface ProposedInstruction {
  id: number; title: string; topic: string; party: string | null; responsibleBodyId: number; deadlineLatest: string | null; state: ExecutionState;
  pendingReports: number; reasons: ProposalReason[]; daysLate: number | null;
}
export interface AgendaProposal { engagementId: number; at: string; dueBy: string; items: { title: string; topics: string[]; instructionIds: number[]; instructions: ProposedInstruction[] }[] }

export interface Problem { type: string; title: string; status: number; detail: string; errors?: { path: string; message: string }[]; conflict?: Conflict; forcible?: boolean; hint?: string }

export interface Source { id: number; sha256: string; publisher: string | null; title: string | null; url: string | null; publishedOn: string | null; mediaType: string; bodyStart: number; length: number; createdAt: string }
export interface SourceDetail extends Source { text: string }
export type ProposalKind = 'new_engagement' | 'update_engagement' | 'constraint' | 'new_instruction' | 'new_person' | 'new_alias';
export type ProposalStatus = 'pending' | 'accepted' | 'rejected' | 'superseded';
export interface Proposal {
  id: number; sourceId: number; kind: ProposalKind; status: ProposalStatus; reason: string | null; target: { type: string; id: number } | null; result: { type: string; id: number } | null;
  payload: Record<string, unknown>; decidedBy: number | null; decidedAt: string | null; createdAt: string;
}
export interface IngestResult { source: Source; created: boolean; proposals: Proposal[] }
export interface ProposalDecision { proposal: Proposal; changed: boolean; summary: string[]; superseded: number[] }

export const DOCUMENT_KINDS = ['agreement', 'protocol', 'programme', 'decree', 'joint_statement', 'roadmap'] as const;
export interface DocVersion { id: number; number: number; sha256: string; size: number; mediaType: string; filename: string | null; note: string | null; createdBy: number | null; createdAt: string }
export interface DocApproval { id: number; versionNumber: number; party: string; approvedBy: number | null; approvedByName: string; approvedAt: string; signature: string | null; keyId: number | null; voidedAt: string | null; valid: boolean; signed: boolean }
export interface DocSigning {
  id: number; versionNumber: number; signedOn: string; place: string | null; engagementId: number | null; recordedBy: number | null; recordedByName: string; recordedAt: string; trailHash: string;
  signatories: { personId: number; personName: string; party: string; position: number; signature: string | null; keyId: number | null }[];
}
export interface DocumentSummary { id: number; kind: string; title: string; status: 'draft' | 'signed'; engagementId: number | null; currentVersion: number | null; notes: string | null; parties: string[]; demo: boolean; version: number; createdAt: string; updatedAt: string }
export interface DocumentDetail extends DocumentSummary {
  approvalState: 'no_text' | 'in_approval' | 'approved' | 'signed';
  partyApprovals: { party: string; approval: DocApproval | null }[];
  current: DocVersion | null; versions: DocVersion[]; approvals: DocApproval[]; signing: DocSigning | null;
  engagement: { id: number; title: string; place: string | null; status: string; windowEarliest: string | null; windowLatest: string | null } | null;
  instructions: { instructionId: number; title: string; relation: 'formalises' | 'creates'; createdAt: string }[];
}
export interface PartyKey { id: number; party: string; publicKeyPem: string; fingerprint: string; label: string | null; createdAt: string; revokedAt: string | null }
export interface DocDiff {
  from: DocVersion; to: DocVersion; identical: boolean; stats: { same: number; changed: number; removed: number; added: number };
  rows: { kind: 'same' | 'changed' | 'removed' | 'added'; left: { line: number; text: string } | null; right: { line: number; text: string } | null }[];
}
export interface Verification {
  documentId: number; title: string; status: string; ok: boolean; checkedAt: string; problems: string[];
  versions: { number: number; mediaType: string; size: number; recordedSha256: string; storedSha256: string | null; ok: boolean }[];
  trail: { at: string; act: 'version' | 'approval' | 'signing' | 'signatory'; version: number; party: string | null; by: string | null; sha256: string; signature: 'valid' | 'invalid' | 'none'; keyFingerprint: string | null; note: string | null }[];
  trailHash: { recorded: string; computed: string; ok: boolean } | null;
}
export interface Person { id: number; name: string; aliases: string[] }
export interface RecordSources { items: { source: Source; spans: { field: string; start: number; end: number; quotedText: string; proposalId: number | null }[] }[] }

export interface AuditEntry {
  seq: number; at: string; actor: { userId: number | null; name: string; role: string; party: string | null }; operation: string; recordType: string; recordId: string;
  before: unknown; after: unknown; prevHash: string; hash: string;
}
export interface AuditVerification { ok: boolean; entries: number; lastSeq: number; lastHash: string; firstBad: { seq: number; reason: string } | null; head: { seq: number; hash: string }; checkedAt: string }

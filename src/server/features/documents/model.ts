// The words of the documents feature, shared by schemas, services and the repository.
export const DOCUMENT_KINDS = ['agreement', 'protocol', 'programme', 'decree', 'joint_statement', 'roadmap'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Stored: a document is a draft until it is signed. How far approval has got is derived (ApprovalState). */
export const DOCUMENT_STATUSES = ['draft', 'signed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Derived for the reader: no text yet, waiting for approvals, approved by every party, signed. */
export const APPROVAL_STATES = ['no_text', 'in_approval', 'approved', 'signed'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const INSTRUCTION_RELATIONS = ['formalises', 'creates'] as const;
export type InstructionRelation = (typeof INSTRUCTION_RELATIONS)[number];

// Who may do what with documents (docs/documents.md, "Permissions"). Services call these; routes do not.
import { forbidden, invalid } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';

/** Drafting (create, change, upload a version): the secretariat, and executors of a party to the document. */
export function requireDrafter(actor: Actor, parties: readonly string[] | null): void {
  if (actor.role === 'executor' && parties !== null && actor.party !== null && parties.includes(actor.party)) return;
  requireRole(actor, 'admin', 'controller');
}

/**
 * The party the actor approves or signs for. Controllers and executors act for their own party only;
 * admins act for the party they name (they record approvals given on paper). Viewers never.
 */
export function partyOfApprover(actor: Actor, requested: string | undefined): string {
  requireRole(actor, 'admin', 'controller', 'executor');
  if (actor.role === 'admin') {
    const party = requested ?? actor.party;
    if (party === null) throw invalid('party', 'say for which party you record the approval');
    return party;
  }
  if (actor.party === null) throw forbidden('You act for no party, so you cannot approve for one.');
  if (requested !== undefined && requested !== actor.party) throw forbidden(`You act for ${actor.party}; only ${requested}'s authorised people approve for ${requested}.`);
  return actor.party;
}

/** Recording the signing: the secretariat (controllers) and admins. */
export function requireSigner(actor: Actor): void {
  requireRole(actor, 'admin', 'controller');
}

/** Registering or revoking a party's public key: admins, or controllers of that party. */
export function requireKeyKeeper(actor: Actor, party: string): void {
  if (actor.role === 'controller' && actor.party === party) return;
  if (actor.role === 'controller') throw forbidden(`You act for ${actor.party ?? 'no party'}; only ${party}'s controllers or an admin manage ${party}'s keys.`);
  requireRole(actor, 'admin');
}

/** The user id to store, or null for work the system does itself (demo data, the operator's CLI). */
export function userIdOf(actor: Actor): number | null {
  return actor.via === 'system' || actor.userId <= 0 ? null : actor.userId;
}

// Who is acting. Services take an Actor and enforce permissions themselves (not only the routes).
import { AppError } from '../../errors.ts';

export const ROLES = ['admin', 'controller', 'executor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: number;
  name: string;
  role: Role;
  /** The party the actor acts for (ISO code), or null for the joint secretariat and admins. */
  party: string | null;
  /** For executors: the body they belong to. */
  bodyId: number | null;
  via: 'session' | 'token' | 'system';
}

/** The actor for work the system does by itself (migrations, demo data, CLI commands run by the operator). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: 0, name: 'system', role: 'admin', party: null, bodyId: null, via: 'system' });

export function requireRole(actor: Actor, ...roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) {
    throw new AppError('forbidden', `This needs the role ${roles.join(' or ')}; you are ${actor.role}.`);
  }
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

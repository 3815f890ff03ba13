// Every feature's routes, mounted under /api/v1. Add a feature by adding its routes here.
import { accountRoutes } from '../features/accounts/routes.ts';
import { controlRoutes } from '../features/control/routes.ts';
import { healthRoutes } from '../features/health/routes.ts';
import { instructionRoutes } from '../features/instructions/routes.ts';
import { registryRoutes } from '../features/registry/routes.ts';
import { engagementRoutes } from '../features/engagements/routes.ts';
import { scheduleRoutes } from '../features/schedule/routes.ts';
import { calendarRoutes } from '../features/calendar/routes.ts';
import { agendaRoutes } from '../features/agenda/routes.ts';
import { documentRoutes } from '../features/documents/routes.ts';
import { intakeRoutes } from '../features/intake/routes.ts';
import { auditRoutes } from '../audit/routes.ts';
import type { FeatureRoutes } from './types.ts';

export const FEATURE_ROUTES: readonly FeatureRoutes[] = [healthRoutes, accountRoutes, registryRoutes, engagementRoutes, scheduleRoutes, calendarRoutes, agendaRoutes, instructionRoutes, controlRoutes, documentRoutes, intakeRoutes, auditRoutes];

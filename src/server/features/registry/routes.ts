// HTTP for the registry: parties, bodies, people. Routes only translate.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { expectedVersion, setEtag } from '../../http/etag.ts';
import { ProblemSchema } from '../../http/problem.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { IdParam } from '../accounts/schemas.ts';
import * as registry from './service.ts';
import {
  BodyListQuery,
  BodyPatchSchema,
  BodySchema,
  NewBodySchema,
  NewPartySchema,
  NewPersonSchema,
  PartySchema,
  PersonListQuery,
  PersonPatchSchema,
  PersonSchema,
} from './schemas.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema };
const patchErrors = { ...errors, 412: ProblemSchema, 428: ProblemSchema };
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function registryRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;
  const tags = ['registry'];

  app.get('/parties', { schema: { tags, summary: 'List parties', response: { 200: z.object({ items: z.array(PartySchema) }), ...errors } } }, async (request) => ({
    items: await registry.listParties(k, actorOf(request)),
  }));

  app.post('/parties', { schema: { tags, summary: 'Add a party (admins)', body: NewPartySchema, response: { 201: PartySchema, ...errors } } }, async (request, reply) => {
    const party = await k.transaction().execute((trx) => registry.createParty(trx, actorOf(request), request.body));
    return reply.status(201).send(party);
  });

  app.get('/bodies', { schema: { tags, summary: 'List bodies, by party or kind', querystring: BodyListQuery, response: { 200: page(BodySchema), ...errors } } }, async (request) => {
    const { joint, ...rest } = request.query;
    return registry.listBodies(k, actorOf(request), { ...rest, joint: joint === undefined ? undefined : joint === 'true' });
  });

  app.post('/bodies', { schema: { tags, summary: 'Add a body (admins)', body: NewBodySchema, response: { 201: BodySchema, ...errors } } }, async (request, reply) => {
    const body = await k.transaction().execute((trx) => registry.createBody(trx, actorOf(request), request.body));
    setEtag(reply, 'body', body.id, body.version);
    return reply.status(201).send(body);
  });

  app.get('/bodies/:id', { schema: { tags, summary: 'Read a body', params: IdParam, response: { 200: BodySchema, ...errors } } }, async (request, reply) => {
    const body = await registry.getBody(k, actorOf(request), request.params.id);
    setEtag(reply, 'body', body.id, body.version);
    return body;
  });

  app.patch('/bodies/:id', { schema: { tags, summary: 'Change a body (admins, If-Match)', params: IdParam, body: BodyPatchSchema, response: { 200: BodySchema, ...patchErrors } } }, async (request, reply) => {
    const version = expectedVersion(request, 'body', request.params.id);
    const body = await k.transaction().execute((trx) => registry.updateBody(trx, actorOf(request), { id: request.params.id, expectedVersion: version, patch: request.body }));
    setEtag(reply, 'body', body.id, body.version);
    return body;
  });

  app.get('/people', { schema: { tags, summary: 'List people; q matches names and aliases', querystring: PersonListQuery, response: { 200: page(PersonSchema), ...errors } } }, async (request) =>
    registry.listPeople(k, actorOf(request), request.query),
  );

  app.post('/people', { schema: { tags, summary: 'Add a person with aliases and positions (admins)', body: NewPersonSchema, response: { 201: PersonSchema, ...errors } } }, async (request, reply) => {
    const person = await k.transaction().execute((trx) => registry.createPerson(trx, actorOf(request), request.body));
    setEtag(reply, 'person', person.id, person.version);
    return reply.status(201).send(person);
  });

  app.get('/people/:id', { schema: { tags, summary: 'Read a person', params: IdParam, response: { 200: PersonSchema, ...errors } } }, async (request, reply) => {
    const person = await registry.getPerson(k, actorOf(request), request.params.id);
    setEtag(reply, 'person', person.id, person.version);
    return person;
  });

  app.patch('/people/:id', { schema: { tags, summary: 'Change a person (admins, If-Match); aliases and positions are replaced when given', params: IdParam, body: PersonPatchSchema, response: { 200: PersonSchema, ...patchErrors } } }, async (request, reply) => {
    const version = expectedVersion(request, 'person', request.params.id);
    const person = await k.transaction().execute((trx) => registry.updatePerson(trx, actorOf(request), { id: request.params.id, expectedVersion: version, patch: request.body }));
    setEtag(reply, 'person', person.id, person.version);
    return person;
  });
}

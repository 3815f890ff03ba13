// The Fastify application: zod validation and serialisation, OpenAPI at /api/openapi.json with a page
// at /api/docs, problem documents for every error, and the actor resolved for every request.
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import { resolveActor } from './auth.ts';
import { sendProblem } from './problem.ts';
import { FEATURE_ROUTES } from './routes.ts';
import { registerWebApp } from './static.ts';
import { WEB_DIST } from '../web-build.ts';
import type { App, AppDeps } from './types.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { registerMetrics } from './metrics.ts';
import { registerSecurity } from './security.ts';
import { responseSerializerCompiler } from './serializer.ts';

export interface BuildAppOptions extends AppDeps {
  /** A pino logger; none in tests. */
  logger?: FastifyBaseLogger;
  /** The background queue, for /metrics. */
  jobs?: JobQueue;
  /** Write every response with zod too and fail on a difference (tests; see serializer.ts). */
  checkResponses?: boolean;
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: options.config.bodyLimit,
    // Behind a TLS-terminating proxy (ACCORD_TRUST_PROXY) request.protocol is https: Secure cookie, HSTS.
    trustProxy: typeof options.config.trustProxy === 'object' ? [...options.config.trustProxy] : (options.config.trustProxy ?? false),
    // Every request has an id in the logs and in the X-Request-Id response header; a proxy's id is kept.
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: { removeAdditional: false } },
    // The router's own refusals (a malformed percent-encoding in the path) are problem documents too.
    frameworkErrors: (error, request, reply) => {
      void sendProblem(reply, request, error);
    },
  }).withTypeProvider<ZodTypeProvider>() as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler({ check: options.checkResponses ?? false }));
  app.setErrorHandler((error, request, reply) => sendProblem(reply, request, error));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, request, new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)));

  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerMetrics(app, { db: options.db, ...(options.jobs && { jobs: options.jobs }) });
  registerSecurity(app);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Accord API',
        version: '1.0.0',
        description:
          'The record of what heads of state and intergovernmental bodies agree, who must carry it out, by when and with what money, and whether they did. Errors are RFC 9457 problem documents. Changes need the ETag you read in If-Match.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'accord_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/v1/')) request.actor = await resolveActor(options.db, request);
  });

  const deps: AppDeps = { db: options.db, config: options.config };
  await app.register(async (scoped) => {
    for (const register of FEATURE_ROUTES) await register(scoped as App, deps);
  }, { prefix: '/api/v1' });
  // The front end (built into src/web/dist) at `/`, after the API so /api keeps its problem documents.
  await registerWebApp(app, WEB_DIST);

  return app;
}

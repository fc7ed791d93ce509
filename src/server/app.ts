import fs from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { z } from 'zod';
import type { AppDeps, AppEnv } from './http/context.js';
import { isForeignKeyViolation, isUniqueViolation } from './db/dialect.js';
import { AppError, problem } from './http/errors.js';
import { route } from './http/route.js';
import { authenticate } from './modules/auth/auth.middleware.js';
import { registerAuthRoutes } from './modules/auth/auth.routes.js';
import { registerCollectionRoutes } from './modules/collections/collection.routes.js';
import { registerEngineRoutes } from './modules/engine/engine.routes.js';
import { registerExportRoutes } from './modules/exports/export.routes.js';
import { registerImportRoutes } from './modules/imports/imports.routes.js';
import { registerExperimentRoutes } from './modules/experiments/experiment.routes.js';
import { registerMeasurementRoutes } from './modules/measurements/measurement.routes.js';
import { registerTemplateRoutes } from './modules/templates/templates.routes.js';
import { registerPlanRoutes } from './modules/plans/plans.routes.js';
import { registerWorkspaceRoutes } from './modules/workspaces/workspaces.routes.js';

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  // Built on first request: describing ~150 routes is not free, and the document never changes.
  let openApiDocument: unknown;

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('principal', null);
    await next();
  });

  app.onError((error, c) => {
    if (error instanceof AppError) return problem(c, error);
    // A constraint caught a race the service could not see (e.g. a parent deleted meanwhile).
    if (isUniqueViolation(error)) return problem(c, new AppError('conflict', 'This conflicts with an existing item'));
    if (isForeignKeyViolation(error)) {
      return problem(c, new AppError('conflict', 'An item this refers to no longer exists; reload and try again'));
    }
    // Hono's own HTTP errors (e.g. malformed cookies) are the client's fault too.
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return problem(c, new AppError('validation', error.message || 'Bad request'));
    }
    console.error(error);
    return c.body(
      JSON.stringify({
        type: 'about:blank',
        title: 'Internal error',
        status: 500,
        detail: 'Something went wrong on our side',
        code: 'internal',
      }),
      500,
      { 'Content-Type': 'application/problem+json' },
    );
  });

  app.use('/api/*', authenticate);

  route(
    app,
    {
      method: 'get',
      path: '/health',
      tag: 'health',
      auth: 'public',
      summary: 'Liveness, database dialect and version',
      responses: {
        200: {
          description: 'Healthy',
          schema: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), version: z.string() }),
        },
      },
    },
    async ({ c }) => {
      const { database, config } = c.get('deps');
      await database.db.selectFrom('users').select('id').limit(1).execute();
      return c.json({ status: 'ok' as const, database: database.dialect, version: config.version });
    },
  );

  registerAuthRoutes(app);
  registerWorkspaceRoutes(app);
  registerPlanRoutes(app);
  registerCollectionRoutes(app);
  registerEngineRoutes(app);
  registerImportRoutes(app);
  registerMeasurementRoutes(app);
  registerExperimentRoutes(app);
  registerTemplateRoutes(app);
  registerExportRoutes(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'jalon_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  app.get('/api/v1/openapi.json', (c) => {
    openApiDocument ??= app.getOpenAPIDocument({
      openapi: '3.0.3',
      info: {
        title: 'Jalon API',
        version: deps.config.version,
        description:
          'Plans d’action commerciale: objectives, OKRs, actions, budget and KPIs. Errors are RFC 9457 problem+json.',
      },
      security: [{ session: [] }, { token: [] }],
    });
    return c.json(openApiDocument);
  });

  app.all('/api/*', (c) => problem(c, new AppError('not_found', `No API route ${c.req.method} ${c.req.path}`)));

  const webDir = deps.config.webDir;
  if (fs.existsSync(webDir)) app.use('/*', serveStatic({ root: webDir }));
  // Client-side routes (/login, /w/…) all load the single-page app.
  app.get('/*', (c) => {
    const index = path.join(webDir, 'index.html');
    if (!fs.existsSync(index)) {
      return c.text('The web app is not built yet: run `npm run build:web` (npm start does it for you).', 503);
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });

  return app;
}

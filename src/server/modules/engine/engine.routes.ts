import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.js';
import { registerBudgetRoutes } from './budget.routes.js';
import { registerDiffRoutes } from './diff.routes.js';
import { registerGuideRoutes } from './guide.routes.js';
import { registerKpiChartRoutes } from './kpi-charts.routes.js';
import { registerScheduleRoutes } from './schedule.routes.js';
import { registerTrackingRoutes } from './tracking.routes.js';

/** The method's rules, computed on a stored plan (`src/core` does the work). */
export function registerEngineRoutes(app: OpenAPIHono<AppEnv>): void {
  registerBudgetRoutes(app);
  registerTrackingRoutes(app);
  registerKpiChartRoutes(app);
  registerScheduleRoutes(app);
  registerDiffRoutes(app);
  registerGuideRoutes(app);
}

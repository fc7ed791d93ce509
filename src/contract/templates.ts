/** A plan template as `GET /templates` lists it (types only: the web app reads it too). */
import type { Localized } from '../core/plan.js';

export interface TemplateSummary {
  id: string;
  /** A case study: it comes with months of history (measurements, check-ins, spend, corrective actions). */
  caseStudy: boolean;
  /** The template loaded as the demo plan on an empty install. */
  demo: boolean;
  name: Localized;
  summary: Localized;
  /** The reference dates the template is written for; a new plan moves them to its own start. */
  startDate: string;
  endDate: string | null;
}

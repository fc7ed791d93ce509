// Prints the JavaScript (gzip) the browser loads to show each main page of the built web app:
// the entry chunk, plus the lazy chunks of the page's route, with everything they import. A last
// column adds what the page's own code then fetches without waiting for it to show (the chart
// library, on the pages that chart). Run after `npm run build:web`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDir = fileURLToPath(new URL('../dist/web/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${webDir}.vite/manifest.json`, 'utf8'));

/** Lazy modules each page renders (see src/web/App.tsx), besides the entry. */
const pages = {
  'sign-in': ['features/auth/LoginPage.tsx'],
  plans: ['ui/AppLayout.tsx', 'features/workspaces/HomeRedirect.tsx', 'features/plans/PlansPage.tsx'],
  'plan overview': ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/overview/PlanOverviewPage.tsx'],
  'SMART objectives': ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/objectives/ObjectivesPage.tsx'],
  'action plan': ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/actions/ActionPlanPage.tsx'],
  'KPI dashboard': ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/tracking/TrackingPage.tsx'],
  'KPI page': ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/tracking/KpiPage.tsx'],
  budget: ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/budget/BudgetPage.tsx'],
  'A/B tests': ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/experiments/ExperimentsPage.tsx'],
  'A/B test page': ['ui/AppLayout.tsx', 'features/plan/PlanLayout.tsx', 'features/experiments/ExperimentPage.tsx'],
};

function closure(key, seen) {
  if (seen.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`Not in the build manifest: ${key}`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
}

const gzipSize = (file) => gzipSync(readFileSync(webDir + file), { level: 9 }).length;
const kilobytes = (keys) => {
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  return `${(files.reduce((sum, file) => sum + gzipSize(file), 0) / 1024).toFixed(1)} KB`;
};
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shell = new Set();
closure(entry, shell);

console.log('| page | JS files | gzip | then fetched |\n|---|---:|---:|---:|');
for (const [page, modules] of Object.entries(pages)) {
  const seen = new Set();
  for (const key of [entry, ...modules]) closure(key, seen);
  // The entry's own dynamic imports are the other pages, and English for who speaks it.
  const pageChunks = [...seen].filter((key) => !shell.has(key));
  const later = new Set(seen);
  for (const key of pageChunks) for (const lazy of manifest[key].dynamicImports ?? []) closure(lazy, later);
  for (const key of seen) later.delete(key);
  const files = [...seen].filter((key) => manifest[key].file.endsWith('.js'));
  console.log(`| ${page} | ${files.length} | ${kilobytes(seen)} | ${later.size ? kilobytes(later) : '–'} |`);
}

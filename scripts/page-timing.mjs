// Time to a rendered page in headless Chromium (Debian's /usr/bin/chromium): signs in, then opens
// each page of a plan in a fresh browser context and waits for what the page is for to be on
// screen. Against a running server, e.g. the large reference plan:
//
//   JALON_URL=http://127.0.0.1:8080 JALON_EMAIL=… JALON_PASSWORD=… JALON_PLAN=/w/<ws>/p/<plan> \
//     node scripts/page-timing.mjs
//
// Prints a Markdown table: first load (empty browser cache, server may still be reading the
// plan) and then the median of five loads with the browser's cache warm.
import { chromium } from '@playwright/test';

const base = process.env.JALON_URL ?? 'http://127.0.0.1:8080';
const plan = process.env.JALON_PLAN;
if (!plan || !process.env.JALON_EMAIL || !process.env.JALON_PASSWORD) {
  console.error('Set JALON_PLAN (/w/<workspace>/p/<plan>), JALON_EMAIL and JALON_PASSWORD.');
  process.exit(2);
}

/** Each page and the element that says it is rendered with its data. */
const pages = [
  { name: 'plan overview', path: '', ready: (page) => page.getByLabel(/^(Score de santé|Health score)/).first() },
  { name: 'KPI dashboard', path: '/tracking', ready: (page) => page.getByRole('article').first() },
  { name: 'action plan', path: '/actions', ready: (page) => page.getByRole('listitem').first() },
  { name: 'RACI matrix', path: '/raci', ready: (page) => page.getByRole('gridcell').first() },
  { name: 'Gantt', path: '/gantt', ready: (page) => page.getByRole('group', { name: /Gantt/ }) },
  { name: 'budget', path: '/budget', ready: (page) => page.getByRole('table').first() },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ locale: 'fr-FR' });
const page = await context.newPage();
await page.goto(`${base}/login`);
await page.getByLabel(/^(Adresse e-mail|Email address)/).fill(process.env.JALON_EMAIL);
await page.getByLabel(/^(Mot de passe|Password)/).fill(process.env.JALON_PASSWORD);
await page.getByRole('button', { name: /^(Se connecter|Sign in)$/ }).click();
await page.waitForURL(/\/w\/[^/]+\/plans$/);
const cookies = await context.cookies();

async function load(target, cached) {
  const ctx = cached ?? (await browser.newContext({ locale: 'fr-FR' }));
  if (!cached) await ctx.addCookies(cookies);
  const tab = await ctx.newPage();
  const started = performance.now();
  await tab.goto(`${base}${plan}${target.path}`);
  await target.ready(tab).waitFor({ state: 'visible', timeout: 120_000 });
  const elapsed = performance.now() - started;
  await tab.close();
  if (!cached) await ctx.close();
  return elapsed;
}

console.log('| page | first load | warm (median of 5) |\n|---|---:|---:|');
for (const target of pages) {
  const first = await load(target, null);
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(await load(target, context));
  warm.sort((a, b) => a - b);
  console.log(`| ${target.name} | ${Math.round(first)} ms | ${Math.round(warm[2])} ms |`);
}
await browser.close();

// Starts Jalon for the browser tests: a fresh data directory, one admin user with a
// workspace "Démo" (unless E2E_EMPTY=1: a brand-new install, for the setup journey), then the
// server on 127.0.0.1. The directory is removed on exit.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.E2E_PORT ?? '8181';
const dataDir = mkdtempSync(join(tmpdir(), 'jalon-e2e-'));
const env = { ...process.env, JALON_DATA_DIR: dataDir };
delete env.DATABASE_URL; // always the embedded SQLite database in the fresh directory

let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  rmSync(dataDir, { recursive: true, force: true });
}

function jalon(...args) {
  execFileSync(process.execPath, ['bin/jalon', ...args], { cwd: repoRoot, env, stdio: 'inherit' });
}

try {
  if (process.env.E2E_EMPTY === '1') jalon('migrate');
  else seed();
} catch (error) {
  cleanUp();
  console.error('e2e: could not prepare the database:', error.message);
  process.exit(1);
}

function seed() {
  jalon(
    'user',
    'create',
    '--email',
    'e2e@example.com',
    '--password',
    'correct horse battery',
    '--name',
    'E2E',
    '--admin',
  );
  jalon('workspace', 'create', '--name', 'Démo', '--owner', 'e2e@example.com');
}

const server = spawn(process.execPath, ['bin/jalon', 'serve', '--port', port, '--host', '127.0.0.1'], {
  cwd: repoRoot,
  env,
  stdio: 'inherit',
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
    else process.exit(0);
  });
}

server.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
process.on('exit', cleanUp);

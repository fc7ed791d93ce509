import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.join(import.meta.dirname, '..', 'bin', 'jalon');
const fixture = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'plan-full.yaml'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-check-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(document: string, ...args: string[]) {
  const file = path.join(dir, `plan-${Math.random().toString(36).slice(2)}.yaml`);
  fs.writeFileSync(file, document);
  return spawnSync(process.execPath, [bin, 'plan', 'check', file, '--today', '2027-03-15', ...args], {
    encoding: 'utf8',
  });
}

describe('jalon plan check', () => {
  it('passes the example plan (warnings only) with exit code 0', () => {
    const result = check(fixture);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Santé du plan : |^Santé du plan: /);
  });

  it('lists each error of a broken plan with where it is, and exits 1', () => {
    // Break the plan: the traffic objective loses its business goal, the audit loses its Accountable.
    const broken = fixture
      .replace('    deadline: 2027-12-31\n    businessGoals: [ca-plus-30]\n', '    deadline: 2027-12-31\n')
      .replace('  - action: audit-mots-cles\n    person: camille\n    role: A\n', '');
    expect(broken).not.toBe(fixture);
    const result = check(broken, '--format', 'json');
    expect(result.status).toBe(1);
    const health = JSON.parse(result.stdout);
    const errors = health.findings
      .filter((f: { severity: string }) => f.severity === 'error')
      .map(
        (f: { rule: string; entity: { collection: string; key: string } }) =>
          `${f.rule} ${f.entity.collection}.${f.entity.key}`,
      );
    expect(errors).toEqual([
      'objective_without_goal objectives.trafic-organique',
      'raci_no_accountable actions.audit-mots-cles',
    ]);
    const text = check(broken, '--lang', 'en');
    expect(text.stdout).toContain(
      'error         objectives.trafic-organique — Objective “Augmenter le trafic organique',
    );
  });

  it('reports an invalid document with the line of each problem', () => {
    const result = check(fixture.replace('type: acquisition', 'type: notoriety'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/objectives\.0\.type \(line \d+\)/);
  });
});

describe('jalon plan diff', () => {
  it('says in words what changed between two plan documents', () => {
    const before = path.join(dir, 'before.yaml');
    const after = path.join(dir, 'after.yaml');
    fs.writeFileSync(before, fixture);
    fs.writeFileSync(after, fixture.replace('Audit des mots-clés recherchés par la clientèle', 'Audit SEO complet'));
    const fr = spawnSync(process.execPath, [bin, 'plan', 'diff', before, after], { encoding: 'utf8' });
    expect(fr.status, fr.stderr).toBe(0);
    expect(fr.stdout).toBe(
      'Action « Audit des mots-clés recherchés par la clientèle » renommée en « Audit SEO complet »\n',
    );
    const same = spawnSync(process.execPath, [bin, 'plan', 'diff', before, before, '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(same.stdout).toBe('No difference.\n');
  });
});

describe('jalon plan check on a stored plan', () => {
  it('checks a stored plan by its id, empty links included (an objective with no business goal)', () => {
    const db = path.join(dir, 'stored.sqlite');
    const jalon = (...args: string[]) =>
      spawnSync(process.execPath, [bin, '--db', db, '--json', ...args], { encoding: 'utf8' });
    jalon('user', 'create', '--email', 'camille@example.com', '--password', 'correct horse battery', '--name', 'C');
    const workspace = JSON.parse(
      jalon('workspace', 'create', '--name', 'Bio', '--owner', 'camille@example.com').stdout,
    );
    const file = path.join(dir, 'stored.yaml');
    fs.writeFileSync(
      file,
      fixture.replace('    deadline: 2027-12-31\n    businessGoals: [ca-plus-30]\n', '    deadline: 2027-12-31\n'),
    );
    const plan = JSON.parse(jalon('plan', 'import', file, '--workspace', workspace.id).stdout);
    const result = spawnSync(
      process.execPath,
      [bin, '--db', db, 'plan', 'check', plan.id, '--today', '2027-03-15', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(1);
    const rules = JSON.parse(result.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('objective_without_goal');
  });
});

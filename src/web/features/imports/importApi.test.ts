import { describe, expect, it } from 'vitest';
import { JsonLines, problemFrom } from './importApi';

describe('reading a stream of JSON lines', () => {
  it('gives each line once complete, whatever the cuts', () => {
    const lines = new JsonLines();
    expect(lines.push('{"type":"prog')).toEqual([]);
    expect(lines.push('ress","rowsRead":10}\n{"type":"progress","rowsRead":20}\n{"ty')).toEqual([
      { type: 'progress', rowsRead: 10 },
      { type: 'progress', rowsRead: 20 },
    ]);
    expect(lines.push('pe":"report"')).toEqual([]);
    expect(lines.push('}\n\n')).toEqual([{ type: 'report' }]);
    expect(lines.end()).toEqual([]);
  });

  it('keeps a last line without a newline, and marks an unreadable one', () => {
    const lines = new JsonLines();
    expect(lines.push('not json\n{"a":1}')).toEqual([null]);
    expect(lines.end()).toEqual([{ a: 1 }]);
  });
});

describe('an import problem', () => {
  it('keeps the messages in both languages, the limit and the report', () => {
    const problem = problemFrom(
      {
        status: 413,
        title: 'Payload too large',
        code: 'payload_too_large',
        errors: [{ path: 'body', message: 'At most 10 bytes', code: 'too_big' }, { nonsense: true }],
        limitBytes: 10,
        messages: { fr: 'Trop gros', en: 'Too large' },
      },
      413,
      'en',
    );
    expect(problem).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      limitBytes: 10,
      messages: { fr: 'Trop gros', en: 'Too large' },
      errors: [{ path: 'body', message: 'At most 10 bytes', code: 'too_big' }],
      language: 'en',
    });
    expect(problem.report).toBeUndefined();
  });

  it('stands for an answer that is not a problem (a proxy page)', () => {
    const problem = problemFrom(null, 502);
    expect(problem).toMatchObject({ status: 502, messages: undefined, errors: [] });
  });
});

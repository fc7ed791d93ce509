import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './client';

function respond(body: string | null, status: number, contentType = 'application/json') {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>().mockResolvedValue(new Response(body, { status, headers: { 'Content-Type': contentType } })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('returns the parsed JSON of a successful response', async () => {
    respond(JSON.stringify({ needsSetup: true }), 200);
    await expect(api.get('/setup')).resolves.toEqual({ needsSetup: true });
  });

  it('returns undefined for 204 No Content', async () => {
    respond(null, 204);
    await expect(api.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('turns a problem+json body into an ApiError with its field errors', async () => {
    const problem = {
      type: 'https://jalon.dev/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields are invalid',
      code: 'validation_failed',
      errors: [
        { path: '/body/email', message: 'Adresse invalide' },
        { path: 'password', message: 'Trop court' },
        { path: 42, message: 'ignored: path is not text' },
      ],
    };
    respond(JSON.stringify(problem), 400, 'application/problem+json');

    const error = await api.post('/setup', {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Invalid request',
      detail: 'Some fields are invalid',
      code: 'validation_failed',
      errors: [
        { path: '/body/email', message: 'Adresse invalide' },
        { path: 'password', message: 'Trop court' },
      ],
    });
    expect((error as ApiError).fieldErrors()).toEqual({
      email: 'Adresse invalide',
      password: 'Trop court',
    });
  });

  it('reads the language of the messages and the delay asked by a 429', async () => {
    respond(JSON.stringify({ status: 429, title: 'Trop de requêtes', retryAfterSeconds: 898 }), 429);
    await expect(api.post('/auth/login', {})).rejects.toMatchObject({
      language: 'en', // no Content-Language: the API's default
      retryAfterSeconds: 898,
    });

    vi.stubGlobal(
      'fetch',
      vi
        .fn<typeof fetch>()
        .mockResolvedValue(
          new Response('{}', { status: 429, headers: { 'Content-Language': 'fr', 'Retry-After': '60' } }),
        ),
    );
    await expect(api.post('/auth/login', {})).rejects.toMatchObject({ language: 'fr', retryAfterSeconds: 60 });
  });

  it('keeps the HTTP status when the error body is not JSON', async () => {
    respond('<html>Bad gateway</html>', 502, 'text/html');
    await expect(api.get('/setup')).rejects.toMatchObject({ status: 502, errors: [] });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('offline')));
    await expect(api.get('/setup')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('sends JSON with same-origin credentials', async () => {
    respond(JSON.stringify({ user: {} }), 200);
    await api.patch('/auth/me', { locale: 'en' });
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/me');
    expect(init).toMatchObject({
      method: 'PATCH',
      credentials: 'same-origin',
      body: '{"locale":"en"}',
      headers: { 'Content-Type': 'application/json' },
    });
  });
});

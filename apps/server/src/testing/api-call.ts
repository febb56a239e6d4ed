/** A method and a path under /api: 'POST /meetings/cwg-34/versions'. */
export type ApiRequest = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

/** Calls the API as one person; a body other than text goes as JSON. */
export type ApiCaller = (request: ApiRequest, body?: unknown) => Promise<Response>;

/**
 * Calls the API of the server at `serverUrl` as the holder of `token`. A string body goes as
 * text/plain (what the import takes), any other as JSON.
 * Example: `await apiAs(running.url, chair.token)('POST /meetings/cwg-34/versions', { name })`.
 */
export function apiAs(serverUrl: string, token: string): ApiCaller {
  return (request, body) => {
    const [method, path] = request.split(' ') as [string, string];
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body === undefined) return fetch(`${serverUrl}/api${path}`, { method, headers });
    const text = typeof body === 'string';
    headers['content-type'] = text ? 'text/plain' : 'application/json';
    return fetch(`${serverUrl}/api${path}`, {
      method,
      headers,
      body: text ? body : JSON.stringify(body),
    });
  };
}

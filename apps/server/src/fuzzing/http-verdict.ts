/** Why an HTTP answer breaks a property of the API, or undefined when it is fine. */
export function answerViolation(
  request: { readonly method: string },
  answer: { readonly status: number; readonly contentType: string; readonly body: string },
): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (answer.status < 400) return undefined;
  if (!answer.contentType.startsWith('application/problem+json')) {
    return `a ${answer.status} is not problem JSON (content-type "${answer.contentType}")`;
  }
  // A HEAD answer has no body to check.
  if (request.method === 'HEAD') return undefined;
  let problem: unknown;
  try {
    problem = JSON.parse(answer.body);
  } catch {
    return `a ${answer.status} problem is not JSON: ${answer.body.slice(0, 200)}`;
  }
  const { code, detail, status, title } = (problem ?? {}) as Record<string, unknown>;
  if (typeof code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(code)) {
    return `a ${answer.status} problem has no stable code: ${answer.body.slice(0, 200)}`;
  }
  if (typeof detail !== 'string' || !/^\S[\s\S]*[.!?)"”]$/.test(detail.trim())) {
    return `a ${answer.status} problem (${code}) has no detail sentence: ${JSON.stringify(detail)}`;
  }
  if (status !== answer.status || typeof title !== 'string' || title === '') {
    return `a ${answer.status} problem (${code}) has a wrong status or no title: ${answer.body.slice(0, 200)}`;
  }
  return undefined;
}

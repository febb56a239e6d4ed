/** One route to fuzz: its method and its path with `{param}` placeholders, as OpenAPI writes it. */
export interface Endpoint {
  readonly method: string;
  readonly path: string;
  /** A body the route would accept, as a starting point for mutations. */
  readonly sample?: unknown;
  /** The body is not JSON (the import takes text or Markdown). */
  readonly textBody?: boolean;
}

/**
 * Routes that the OpenAPI document does not list (the documentation itself, health, metrics, the
 * web app, the socket's path); the test fails when the document lists a path missing from the fuzzer.
 */
export const ROUTES_OUTSIDE_OPENAPI: readonly Endpoint[] = [
  { method: 'GET', path: '/api/openapi.json' },
  { method: 'GET', path: '/api/docs' },
  { method: 'GET', path: '/api/docs.js' },
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/readyz' },
  { method: 'GET', path: '/metrics' },
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/meetings/{meetingId}' },
  { method: 'GET', path: '/assets/app.js' },
  // Not a socket upgrade: a plain request to the socket's path.
  { method: 'GET', path: '/collab/{meetingId}' },
];

interface OpenApiDocument {
  readonly paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
  readonly components?: { readonly schemas?: Record<string, JsonSchema> };
}

interface JsonSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Record<string, JsonSchema>;
  readonly items?: JsonSchema;
  readonly $ref?: string;
  readonly minLength?: number;
  readonly minimum?: number;
}

/** Every operation of the OpenAPI document, with a body sample built from its schema. */
export function endpointsOf(document: OpenApiDocument): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      endpoints.push({
        method: method.toUpperCase(),
        // The document's paths carry the /api prefix, as a client calls them.
        path,
        ...(schema === undefined ? {} : { sample: sampleOf(schema, document) }),
        ...(operation.requestBody?.content?.['text/plain'] === undefined ? {} : { textBody: true }),
      });
    }
  }
  return endpoints;
}

/** A value the schema accepts, or close to it: the mutations start from here. */
function sampleOf(schema: JsonSchema, document: OpenApiDocument, depth = 0): unknown {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split('/').at(-1) ?? '';
    const target = document.components?.schemas?.[name];
    return target === undefined || depth > 5 ? null : sampleOf(target, document, depth + 1);
  }
  if (schema.enum !== undefined) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [
          key,
          sampleOf(value, document, depth + 1),
        ]),
      );
    case 'array':
      return schema.items === undefined ? [] : [sampleOf(schema.items, document, depth + 1)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return true;
    case 'string':
      return 'Agenda item 3: the chair@itu.example summary'.slice(
        0,
        Math.max(schema.minLength ?? 0, 40),
      );
    case undefined:
    default:
      return null;
  }
}

import fs from 'node:fs';
import { expect, it } from 'vitest';
import { ROUTES } from '../../shared/api';
import { generateOpenApi, OPENAPI_FILE, renderOpenApi } from '../../scripts/openapi';

it('docs/api.openapi.json is what `npm run openapi` generates from shared/api today', () => {
  expect(fs.readFileSync(OPENAPI_FILE, 'utf8'), 'run `npm run openapi` and commit the result').toBe(renderOpenApi());
});

it('describes every route of ROUTES, with its method, success status and body', () => {
  const doc = generateOpenApi() as { paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; requestBody?: unknown }>> };
  const operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ path: p, method: m, op })));
  expect(operations.map((o) => o.op.operationId).sort()).toEqual(Object.keys(ROUTES).sort());
  for (const { path, method, op } of operations) {
    const spec = ROUTES[op.operationId as keyof typeof ROUTES];
    expect(path).toBe(spec.path.replace(/:([A-Za-z]+)/g, '{$1}'));
    expect(method).toBe(spec.method);
    expect(op.responses).toHaveProperty(String(spec.status));
    expect(op.requestBody !== undefined).toBe('body' in spec);
  }
});

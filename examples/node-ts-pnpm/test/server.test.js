'use strict';

// Runs against the compiled output: `pnpm run build && pnpm test`.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');

const { buildApp } = require('../dist/app.js');

const app = buildApp();
after(() => app.close());

test('GET /healthz answers ok on a random port', async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address();
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.node, process.version);
  assert.equal(body.env, process.env.NODE_ENV || null);
  assert.equal(body.compiled, true);
});

test('GET /api/greet greets by name and validates it', async () => {
  let res = await app.inject({ url: '/api/greet?name=slimfront' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { greeting: 'hello, slimfront' });

  res = await app.inject({ url: `/api/greet?name=${'x'.repeat(65)}` });
  assert.equal(res.statusCode, 400);
  assert.deepEqual(res.json(), { error: 'name must be at most 64 characters' });
});

test('unknown paths answer JSON 404', async () => {
  const res = await app.inject({ url: '/nope' });
  assert.equal(res.statusCode, 404);
  assert.deepEqual(res.json(), { error: 'not found' });
});

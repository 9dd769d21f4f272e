'use strict';

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const request = require('supertest');

const { start } = require('../server');
const { createApp } = require('../lib/app');

let server;

after(() => server && server.close());

test('GET /healthz answers ok on a random port', async () => {
  server = await start(0);
  const { port } = server.address();
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.node, process.version);
  assert.equal(body.env, process.env.NODE_ENV || null);
});

test('GET /api/greet greets by name', async () => {
  const res = await request(createApp()).get('/api/greet?name=slimfront').expect(200);
  assert.deepEqual(res.body, { greeting: 'hello, slimfront' });
});

test('GET /api/greet rejects an over-long name', async () => {
  const res = await request(createApp()).get(`/api/greet?name=${'x'.repeat(65)}`).expect(400);
  assert.deepEqual(res.body, { error: 'name must be at most 64 characters' });
});

test('unknown paths answer JSON 404', async () => {
  const res = await request(createApp()).get('/nope').expect(404);
  assert.deepEqual(res.body, { error: 'not found' });
});

'use strict';

// The Express application: routes only. server.js owns the listening socket
// and the process lifecycle, so tests can mount the app on a random port.

const fs = require('node:fs');
const express = require('express');
const morgan = require('morgan');

const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

// Paths whose presence tells what kind of image the app runs in: a shell,
// env, and the places npm and corepack live in the official node images,
// the distroless node images and distribution packages.
const PROBED_FILES = [
  '/bin/sh',
  '/usr/bin/env',
  '/usr/local/bin/npm',
  '/nodejs/bin/npm',
  '/usr/bin/npm',
  '/usr/local/bin/corepack',
];

function countCACerts() {
  let pem;
  try {
    pem = fs.readFileSync(CA_BUNDLE, 'utf8');
  } catch {
    return 0;
  }
  return pem.split('BEGIN CERTIFICATE').length - 1;
}

function parisTime() {
  try {
    return new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Paris',
      timeZoneName: 'short',
    }).format(new Date());
  } catch (err) {
    // No ICU data for the zone: report it instead of failing the request.
    return `error: ${err.message}`;
  }
}

function apiRouter() {
  const router = express.Router();

  router.get('/greet', (req, res) => {
    const name = typeof req.query.name === 'string' ? req.query.name.trim() : '';
    if (name.length > 64) {
      res.status(400).json({ error: 'name must be at most 64 characters' });
      return;
    }
    res.json({ greeting: `hello, ${name || 'world'}` });
  });

  return router;
}

function createApp() {
  const app = express();
  app.disable('x-powered-by');

  // One access-log line per request, to stdout.
  app.use(morgan(':remote-addr :method :url :status :res[content-length] - :response-time ms'));

  app.get('/healthz', (req, res) => {
    res.json({
      status: 'ok',
      node: process.version,
      env: process.env.NODE_ENV || null,
    });
  });

  app.get('/whoami', (req, res) => {
    res.json({ uid: process.getuid(), gid: process.getgid() });
  });

  app.get('/files', (req, res) => {
    const files = {};
    for (const p of PROBED_FILES) files[p] = fs.existsSync(p);
    res.json({ files });
  });

  app.get('/tls', (req, res) => {
    res.json({ ca_certs: countCACerts() });
  });

  app.get('/tz', (req, res) => {
    res.json({ tz: parisTime() });
  });

  app.use('/api', apiRouter());

  app.use((req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  return app;
}

module.exports = { createApp };

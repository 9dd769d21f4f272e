// The Fastify application: routes only. server.ts owns the listening socket
// and the process lifecycle, so tests can listen on a random port.

import { existsSync, readFileSync } from 'node:fs';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';

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
] as const;

// True when this file is the compiled JavaScript, not TypeScript run by a
// loader that strips types.
const compiled = __filename.endsWith('.js');

function countCACerts(): number {
  let pem: string;
  try {
    pem = readFileSync(CA_BUNDLE, 'utf8');
  } catch {
    return 0;
  }
  return pem.split('BEGIN CERTIFICATE').length - 1;
}

function parisTime(): string {
  try {
    return new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Paris',
      timeZoneName: 'short',
    }).format(new Date());
  } catch (err) {
    // No ICU data for the zone: report it instead of failing the request.
    return `error: ${(err as Error).message}`;
  }
}

// One access-log line per request, written when the response is sent, in
// place of Fastify's "incoming request" / "request completed" pair.
class AccessLog extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      remote: request.ip,
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 1000) / 1000,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}

interface GreetQuery {
  name?: string;
}

async function api(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: GreetQuery }>('/greet', async (request, reply) => {
    const name = typeof request.query.name === 'string' ? request.query.name.trim() : '';
    if (name.length > 64) {
      reply.code(400);
      return { error: 'name must be at most 64 characters' };
    }
    return { greeting: `hello, ${name || 'world'}` };
  });
}

export function buildApp(): FastifyInstance {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' }, // JSON lines on stdout
    logController: new AccessLog(),
  });

  app.get('/healthz', async () => ({
    status: 'ok',
    node: process.version,
    env: process.env.NODE_ENV || null,
    compiled,
  }));

  app.get('/whoami', async () => ({ uid: process.getuid!(), gid: process.getgid!() }));

  app.get('/files', async () => {
    const files: Record<string, boolean> = {};
    for (const p of PROBED_FILES) files[p] = existsSync(p);
    return { files };
  });

  app.get('/tls', async () => ({ ca_certs: countCACerts() }));

  app.get('/tz', async () => ({ tz: parisTime() }));

  app.register(api, { prefix: '/api' });

  app.setNotFoundHandler(async (request, reply) => {
    reply.code(404);
    return { error: 'not found' };
  });

  return app;
}

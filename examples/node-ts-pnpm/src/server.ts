import { buildApp } from './app.js';

async function main(): Promise<void> {
  const app = buildApp();
  const port = Number(process.env.PORT) || 8080;

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.log.info(`received ${signal}, shutting down`);
      // Don't wait forever for slow clients holding a connection open.
      setTimeout(() => process.exit(0), 10_000).unref();
      app.close().then(
        () => process.exit(0),
        () => process.exit(0),
      );
    });
  }

  try {
    await app.listen({ port, host: '0.0.0.0' });
  } catch (err) {
    app.log.error(err, `cannot listen on port ${port}`);
    process.exit(1);
  }
}

void main();

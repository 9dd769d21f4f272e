'use strict';

const { createApp } = require('./lib/app');

// start listens on port (0 picks a free one) on all interfaces and resolves
// with the http.Server once it accepts connections.
function start(port) {
  const app = createApp();
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '0.0.0.0', (err) => {
      if (err) reject(err);
      else resolve(server);
    });
  });
}

function shutdownOn(server, signals) {
  for (const signal of signals) {
    process.once(signal, () => {
      console.log(`received ${signal}, shutting down`);
      server.close(() => process.exit(0));
      // Don't wait forever for slow clients holding a connection open.
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

if (require.main === module) {
  const port = Number(process.env.PORT) || 8080;
  start(port).then(
    (server) => {
      console.log(`listening on 0.0.0.0:${server.address().port}`);
      shutdownOn(server, ['SIGTERM', 'SIGINT']);
    },
    (err) => {
      console.error(`cannot listen on port ${port}: ${err.message}`);
      process.exit(1);
    },
  );
}

module.exports = { start };

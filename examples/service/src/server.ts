import { createApp } from './app.js';
import { listen } from './listen.js';

// Starts the service: npm start, or node dist/server.js. The port comes
// from PORT (default 8787); the service listens on 127.0.0.1 only.
const DEFAULT_PORT = 8787;

function portFromEnv(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (Number.isInteger(port) && port >= 0 && port <= 65_535) return port;

  throw new Error(`PORT must be a port number from 0 to 65535, not ${text}`);
}

async function main(): Promise<void> {
  const app = createApp({
    onError: (error) => console.error('internal error:', error),
  });
  const { url } = await listen(app, portFromEnv(process.env.PORT));
  console.log(`duibiao service on ${url} (POST /check, GET /rules)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

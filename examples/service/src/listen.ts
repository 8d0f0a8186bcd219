import type { AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** A running service. */
export interface Listening {
  /** The address it answers on: `http://127.0.0.1:8787`. */
  url: string;
  /** The port, the one chosen by the system when 0 was asked for. */
  port: number;
  /** Stops taking connections and resolves when the server has closed. */
  close(): Promise<void>;
}

/**
 * Serves an app on Node's HTTP server at 127.0.0.1 only: the service
 * answers with full ID numbers, so it is never opened to the network
 * by default. Put it behind a proxy that authenticates to serve others.
 *
 * @param app - The app, from {@link createApp}.
 * @param port - The port; 0 lets the system choose a free one.
 * @returns The address and a way to close it, once it listens.
 * @throws {Error} When the port cannot be listened on (in use, refused).
 * @example
 * const { url, close } = await listen(createApp(), 0);
 */
export function listen(app: Hono, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port },
      (info: AddressInfo) => {
        server.off('error', reject);
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          port: info.port,
          close: () =>
            new Promise((done, failed) => {
              server.close((error) => (error ? failed(error) : done()));
              // Keep-alive connections would hold close() open.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}

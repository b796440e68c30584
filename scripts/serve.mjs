#!/usr/bin/env node
// The demo server for `npm start`, screenshots, Lighthouse and the benchmarks: @web/dev-server
// serving the repository as it is, with no Node resolution and no transforms (the demo loads the
// built dist/party-news.iife.js by a plain script tag, exactly as a portal would).
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { startDevServer } from '@web/dev-server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|feed\+json|(rss|atom)\+xml|xml)|image\/svg\+xml)/;

/**
 * Gzip, as every web server a portal runs on sends text (Lighthouse measures the demo, and a
 * 110 KB script sent uncompressed is not what readers download: 40 KB is).
 */
async function gzip(ctx, next) {
  await next();
  if (
    !ctx.body ||
    !ctx.acceptsEncodings('gzip') ||
    !COMPRESSIBLE.test(ctx.type) ||
    ctx.response.get('content-encoding')
  )
    return;
  const body = ctx.body instanceof Readable ? await buffer(ctx.body) : Buffer.from(ctx.body);
  ctx.body = gzipSync(body);
  ctx.set('content-encoding', 'gzip');
  ctx.vary('accept-encoding');
}

/**
 * Starts the server on 127.0.0.1 (port 0: any free port); resolves to a node:http Server whose
 * close() also stops the dev server. `middleware` runs inside the gzip step (the benchmarks serve
 * variants of the demo page with it).
 */
export async function startServer(port = 0, { middleware = [] } = {}) {
  const dev = await startDevServer({
    config: {
      rootDir: ROOT,
      port,
      // Its own listener takes every interface, whatever `hostname` says; the whole repository is
      // served, so this one listens on loopback only.
      middlewareMode: true,
      disableFileWatcher: true,
      // Nothing outside the repository (@web/dev-server serves parent folders under this prefix).
      middleware: [
        (ctx, next) => (ctx.path.startsWith('/__wds-outside-root__/') ? ctx.throw(403) : next()),
        gzip,
        ...middleware,
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const server = createServer(dev.koaApp.callback());
  server.on('close', () => dev.stop());
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(Number(process.env.PORT ?? 8080));
  const { port } = server.address();
  console.log(`party-news demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
}

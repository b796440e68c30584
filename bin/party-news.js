#!/usr/bin/env node
// The package's command (npx party-news …). The code is built to dist/node/ by `npm run build`.
import { main } from '../dist/node/cli.js';

process.exitCode = await main(process.argv.slice(2));

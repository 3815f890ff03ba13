#!/usr/bin/env node
// The `accord` command (`npx accord …`, `npm start`). Runs the compiled CLI and server, rebuilt by esbuild
// when the sources changed (bin/server-build.js), in this same process: no TypeScript at run time, about
// 60 MB less memory for the server. Without esbuild, or with ACCORD_TSX=1, the sources run through tsx.
import { runCli } from './server-build.js';

await runCli();

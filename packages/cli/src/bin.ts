#!/usr/bin/env node
import { main } from './main.js';

// Output piped into a command that stops reading early (`| head`) is not
// an error of duibiao's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

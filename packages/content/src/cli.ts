/**
 * The `ontdek-doe` executable (`dist/cli.js`): runs `main` with the process's arguments,
 * output and folder, and exits with its code.
 */
import { main } from './cli/main.ts';

// `ontdek-doe validate … | head -1`: the reader has gone, so there is nobody left to tell anything.
// Stop quietly instead of a stack trace about EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});

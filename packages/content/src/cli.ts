/**
 * The `ontdek-doe` executable (`dist/cli.js`): runs `main` with the process's arguments,
 * output and folder, and exits with its code.
 */
import { main } from './cli/main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});

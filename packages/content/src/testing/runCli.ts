/**
 * Test helper: runs the CLI in-process with captured output, from the package folder (so fixture
 * paths read as `test-fixtures/broken/<case>`).
 */
import { main } from '../cli/main.ts';
import { packageRoot } from '../source/packagePaths.ts';

/** What one CLI run wrote and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `ontdek-doe <argv…>`.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runCli(['validate', 'test-fixtures/broken/depth-4']);
 * ```
 */
export async function runCli(argv: string[], cwd: string = packageRoot()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
  });
  return { code, stdout, stderr };
}

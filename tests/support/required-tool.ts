import { spawnSync } from 'node:child_process';

/**
 * Whether a command the tests run (python3, curl, a shell) is installed. Locally a missing one skips
 * its tests; in CI (`CI=true`, where `.ci/run` installs them) it fails the file loudly instead, so a
 * broken machine can never turn those tests into silent skips.
 */
export function requireTool(command: string, args: string[] = ['--version']): boolean {
  const found = spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  if (!found && process.env.CI === 'true') {
    throw new Error(`${command} is required in CI (CI=true) but is not installed; .ci/run installs it.`);
  }
  return found;
}

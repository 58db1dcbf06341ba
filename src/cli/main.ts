/**
 * `npx hotfix <command>`: the same engine as the Action, with a file-backed deployment store.
 */
import { parseArgs } from 'node:util';
import { getErrorMessage, HotfixError } from '../core/errors.js';
import { INPUT_NAMES } from '../core/settings.js';
import { VERSION } from '../version.js';
import { consoleReporter } from './reporter.js';
import {
  migrateCommand,
  rollbackCommand,
  runCommand,
  startCommand,
  statusCommand,
  type CommandContext,
} from './commands.js';
import { demoCommand } from './demo.js';

const LANE_FLAGS = INPUT_NAMES.filter((name) => name !== 'github-token');

const HELP: Record<string, string> = {
  '': `hotfix ${VERSION}: the emergency lane for production hotfixes

Usage: hotfix <command> [options]

Commands:
  start <number>   scaffold hotfix.md and tasks.md (never overwrites)
  run              the whole lane on the current hotfix/NNN-slug branch
  rollback         roll the environment back (--hotfix N, else its current deployment)
  status           the environment's deployments, newest first
  migrate          move legacy features/NNN-* folders to .specswarm/features
  demo             a self-contained demo: a service, a bad hotfix, the rollback

Run hotfix <command> --help for a command's options.
Exit codes: 0 resolved, skipped or dry-run; 10 gate-failed; 11 deploy-failed; 12 breached;
13 rolled-back; 14 escalated; 15 blocked (no rollback target); 16 inconclusive; 2 bad input;
1 any other error.`,
  start: `Usage: hotfix start <number> [--title T] [--severity S] [--summary S] [--environment E]

Creates <features>/<NNN>-hotfix/hotfix.md and tasks.md from the seed templates. Existing files
are kept as they are.`,
  run: `Usage: hotfix run [--<input> value ...]

Runs scaffold -> essential tests -> deploy -> monitor -> resolved | rollback on the current
branch (hotfix/NNN-slug). Every Action input is a flag of the same name, e.g.
  --test-command "npm test" --deploy-command "./deploy.sh" --probe-url http://127.0.0.1:8080/healthz
  --thresholds "error_rate < 1%" --monitor-duration 10m --monitor-interval 30s --dry-run true
Deployments are recorded in .specswarm/deployments.json.`,
  rollback: `Usage: hotfix rollback [--hotfix N] [--environment E] [--rollback-command C | --deploy-command C]

Rolls the environment back to its latest successful deployment that is not the hotfix's.`,
  status: `Usage: hotfix status [--environment E]

Lists the environment's deployments from .specswarm/deployments.json, newest first.`,
  migrate: `Usage: hotfix migrate

Moves legacy features/NNN-* folders to .specswarm/features; refuses (moving nothing) if a
folder of the same name already exists there.`,
  demo: `Usage: hotfix demo

Starts a small service on 127.0.0.1, makes a temp git repo with a good deployment of main and
a hotfix whose version makes the service fail, runs the lane, shows the breach being confirmed,
the rollback and the report, cleans up, and exits 0 when the lane did what it should.`,
};

type Command = (ctx: CommandContext) => Promise<number>;
const COMMANDS: Record<string, Command> = {
  start: startCommand,
  run: runCommand,
  rollback: rollbackCommand,
  status: statusCommand,
  migrate: migrateCommand,
  demo: demoCommand,
};

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], signal?: AbortSignal): Promise<number> {
  const stdout = (text: string) => process.stdout.write(text);
  const [name = '', ...rest] = argv;
  if (name === '--version' || name === '-v') {
    stdout(`${VERSION}\n`);
    return 0;
  }
  if (name === '' || name === '--help' || name === '-h' || name === 'help') {
    stdout(`${HELP['']}\n`);
    return name === '' ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`hotfix: unknown command ${JSON.stringify(name)}\n\n${HELP['']}\n`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
      help: { type: 'boolean', short: 'h' },
      cwd: { type: 'string' },
      hotfix: { type: 'string' },
      title: { type: 'string' },
      severity: { type: 'string' },
      summary: { type: 'string' },
    };
    for (const flag of LANE_FLAGS) options[flag] = { type: 'string' };
    ({ values, positionals } = parseArgs({
      args: [...rest],
      options,
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(
      `hotfix ${name}: ${getErrorMessage(error)}\nRun hotfix ${name} --help for its options.\n`,
    );
    return 2;
  }
  if (values.help) {
    stdout(`${HELP[name]}\n`);
    return 0;
  }
  const ctx: CommandContext = {
    cwd: typeof values.cwd === 'string' ? values.cwd : process.cwd(),
    inputs: (input) => {
      const value = values[input];
      return typeof value === 'string' ? value : undefined;
    },
    positionals,
    reporter: consoleReporter(),
    stdout,
    signal,
  };
  try {
    return await command(ctx);
  } catch (error) {
    if (signal?.aborted) {
      process.stderr.write(`hotfix ${name}: cancelled; open deployments were marked error\n`);
      return 130;
    }
    process.stderr.write(`hotfix ${name}: error: ${getErrorMessage(error)}\n`);
    return error instanceof HotfixError ? 2 : 1;
  }
}

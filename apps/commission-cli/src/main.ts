/**
 * The commission engine on the command line.
 *
 *   npm run -s commission -- simulate FILE            statements as JSON on stdout
 *   npm run -s commission -- simulate FILE --explain  a readable statement per payee
 *   npm run -s commission -- validate FILE            only check the document
 *
 * FILE may be "-" for standard input. Invalid input: no statements, one line per problem
 * on stderr, exit status 2. Usage and file errors: exit status 1.
 */
import { readFileSync } from 'node:fs';
import {
  explainStatement,
  formatProblem,
  simulate,
  validateDocument,
  type PlanProblem,
} from '@cadre/compensation/engine';

const USAGE =
  'usage: commission simulate FILE [--explain] | commission validate FILE   (FILE may be - for stdin)';

function main(argv: string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const [command, file, ...extra] = argv.filter((a) => !a.startsWith('--'));
  const unknownFlags = flags.filter((f) => f !== '--explain' || command !== 'simulate');
  if (
    !command ||
    !file ||
    extra.length > 0 ||
    unknownFlags.length > 0 ||
    !['simulate', 'validate'].includes(command)
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }

  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`$: not valid JSON: ${(error as Error).message}\n`);
    return 2;
  }

  if (command === 'validate') {
    const result = validateDocument(document);
    if (!result.ok) return fail(result.problems);
    const { plan, periods, payees, creditCount } = result.input;
    process.stdout.write(
      `valid: plan "${plan.id}", ${plan.components.length} components, ${periods.length} periods, ${payees.length} payees, ${creditCount} credits\n`,
    );
    return 0;
  }

  const result = simulate(document);
  if (!result.ok) return fail(result.problems);
  if (flags.includes('--explain')) {
    process.stdout.write(result.output.statements.map(explainStatement).join('\n\n') + '\n');
  } else {
    process.stdout.write(JSON.stringify(result.output, null, 2) + '\n');
  }
  return 0;
}

function fail(problems: PlanProblem[]): number {
  process.stderr.write(problems.map((p) => `${formatProblem(p)}\n`).join(''));
  return 2;
}

process.exitCode = main(process.argv.slice(2));

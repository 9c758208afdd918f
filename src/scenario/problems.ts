/**
 * Input problems: every one carries the path of the offending field, so that a planner
 * reads `cadres[3].position: unknown position "P-99"` and knows where to look.
 */

export type PathSegment = string | number;

export interface Problem {
  /** Path of the field, e.g. ['cadres', 3, 'position']; empty for the file as a whole. */
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** The file the problem was found in, when it is not the file named on the command line. */
  readonly file?: string;
}

export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

export function formatProblem(problem: Problem): string {
  const where = formatPath(problem.path);
  const file = problem.file ? `${problem.file}: ` : '';
  return where ? `${file}${where}: ${problem.message}` : `${file}${problem.message}`;
}

/** Invalid input or usage: the CLI prints each problem on its own line and exits 2. */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[] | string) {
    const list = typeof problems === 'string' ? [{ path: [], message: problems }] : problems;
    super(list.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

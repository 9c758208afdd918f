/**
 * The review server after a decision: time from POST /api/decisions to the new best plan
 * (GET /api/plans), on a generated round, the server warm (one solve done before).
 *
 *   node --import tsx bench/serve.ts [CADRES] [SEED] [TOP] [plans|view]   (default 700 2027 1 plans)
 *
 * Prints the machine's load average at the end (the machine may be shared). `plans` asks GET /api/plans (the API: exactly `solve --json`, model sizes included); `view`
 * asks what the page asks (GET /api/view: plans with their words, no model sizes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/serve/server.ts';

const [cadres = '700', seed = '2027', topText = '1', route = 'plans'] = process.argv.slice(2);
const top = Number(topText);
const dir = mkdtempSync(join(tmpdir(), 'rotaplan-bench-serve-'));
const file = join(dir, `round-${cadres}.yaml`);
if (!existsSync(file)) execFileSync(process.execPath, ['bin/rotaplan.mjs', 'generate', '--cadres', cadres, '--seed', seed, '--out', file], { stdio: 'inherit' });
const server = await startServer({ file });
const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };

async function plans(k = top): Promise<{ source?: string; plans: { objective: number; moves: { cadre: string; from: string; to: string }[] }[] }> {
  const response = await fetch(`${server.origin}/api/${route === 'view' ? 'view' : 'plans'}?top=${k}`, { headers });
  const body = await response.json() as never;
  return route === 'view' ? { ...(body as { solve: object }).solve, source: (body as { source: string }).source } as never : body;
}

/** The unit of a post, as the page's round names it. */
async function unitOf(post: string): Promise<string> {
  const response = await fetch(`${server.origin}/api/round`, { headers });
  const round = await response.json() as { posts: { id: string; unit: string }[] };
  return round.posts.find((p) => p.id === post)!.unit;
}

async function timed(label: string, body: Record<string, unknown> | undefined) {
  const started = performance.now();
  if (body) {
    const answer = await fetch(`${server.origin}/api/decisions`, { method: 'POST', headers, body: JSON.stringify({ reason: 'bench', by: 'bench', ...body }) });
    if (!answer.ok) throw new Error(`${label}: ${await answer.text()}`);
  }
  // The page asks for the best plan first, then the ranked plans.
  const first = route === 'view' ? await plans(1) : undefined;
  const bestSeconds = (performance.now() - started) / 1000;
  const result = await plans();
  const seconds = (performance.now() - started) / 1000;
  const best = first ? `best plan ${bestSeconds.toFixed(2).padStart(6)} s (${first.source}), ` : '';
  console.log(`${label.padEnd(48)} ${best}top ${top} ${seconds.toFixed(2).padStart(6)} s   best ${result.plans[0]?.objective ?? 'none'}${result.source ? ` (${result.source})` : ''}`);
  return result;
}

const first = await timed(`first solve (${cadres} cadres, top ${top}, cold)`, undefined);
const best = first.plans[0]!.moves;
await timed('same state again (answered from the session)', undefined);
const keep = best[0]!;
await timed(`pin a move of the best plan (${keep.cadre})`, { action: 'pin', cadre: keep.cadre, position: keep.to });
const drop = best[1]!;
const forbidden = await timed(`forbid a move of the best plan (${drop.cadre})`, { action: 'forbid', cadre: drop.cadre, position: drop.to });
const other = forbidden.plans[0]!.moves.find((m) => !best.some((b) => b.cadre === m.cadre && b.to === m.to));
await timed(`forbid a second move (${best[2]!.cadre})`, { action: 'forbid', cadre: best[2]!.cadre, position: best[2]!.to });
await timed(`withdraw the first forbid (${drop.cadre})`, { action: 'unforbid', cadre: drop.cadre, position: drop.to });
if (other) await timed(`unpin (${keep.cadre})`, { action: 'unpin', cadre: keep.cadre, position: keep.to });
// A move the first best plan does not make, pinned; then a cadre forbidden from a whole unit.
if (other) await timed(`pin a move of another plan (${other.cadre})`, { action: 'pin', cadre: other.cadre, position: other.to });
const away = best.slice(3).find((m) => m.cadre !== other?.cadre);
const last = away ? await timed(`forbid a mover from a unit (${away.cadre})`, { action: 'forbid', cadre: away.cadre, unit: (await unitOf(away.to)) }) : undefined;
// The page's usual path to a pin: why not this move (a move of the first best plan the plan in
// force no longer makes, of a cadre no decision names), then the pin from that answer.
const decided = new Set([keep, drop, best[2]!, other, away].map((m) => m?.cadre));
const asked = last && best.find((m) => !decided.has(m.cadre) && !last.plans[0]?.moves.some((n) => n.cadre === m.cadre && n.to === m.to));
if (asked) {
  const started = performance.now();
  const answer = await fetch(`${server.origin}/api/why-not?cadre=${asked.cadre}&position=${asked.to}`, { headers });
  const why = await answer.json() as { status: string };
  console.log(`${`why-not (${asked.cadre})`.padEnd(48)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)} s (${why.status})`);
  await timed(`pin it from the why-not answer (${asked.cadre})`, { action: 'pin', cadre: asked.cadre, position: asked.to });
}
await server.close();
rmSync(dir, { recursive: true, force: true });
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min)`);

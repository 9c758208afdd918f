/**
 * The review server's routes (contract section 10), on hono: the page and its two files,
 * then the API. Every request passes the gate of ./security.ts first; bodies are capped;
 * ids from a request are looked up in the round, never used as paths; the report is made in
 * memory and sent as a download.
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { setCookie } from 'hono/cookie';
import { loadRound } from '../scenario/load-round.ts';
import { InputError, formatProblem } from '../scenario/problems.ts';
import { titleName, type Round } from '../scenario/round.ts';
import { KIND_SHORT } from '../i18n/terms.ts';
import { pickLang, type Lang } from '../i18n/explain.ts';
import { parseDecisionRequest, type KnownIds } from './decisions.ts';
import { Engine, JobFailed, type Done } from './engine.ts';
import type { Job, RoundState } from './protocol.ts';
import { COOKIE, error, hostCheck, sameOriginWrites, sameToken, securityHeaders, tokenCheck } from './security.ts';
import { DecisionRefused, DecisionStore } from './store.ts';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';

export const BODY_LIMIT = 16 * 1024;
const MAX_TOP = 20;
const PAGE_TOP = 3;

const asset = (name: string) => readFileSync(new URL(`./page/${name}`, import.meta.url), 'utf8');
const PAGE = { html: asset('index.html'), js: asset('app.js'), css: asset('app.css') };

export interface ServeContext {
  readonly file: string;
  readonly decisionsPath: string;
  readonly token: string;
  /** host:port as listened on, known once listening. */
  readonly authority: () => string;
}

export interface ServeApp {
  readonly app: Hono;
  readonly engine: Engine;
  readonly store: DecisionStore;
}

export function createApp(context: ServeContext, store: DecisionStore, initial: Round): ServeApp {
  let base = { sha256: sha256Of(context.file), round: initial };
  /** The base round for checking ids; read again when FILE's bytes change. */
  const baseRound = (): Round => {
    const sha256 = sha256Of(context.file);
    if (sha256 !== base.sha256) base = { sha256, round: loadRound(context.file).round };
    return base.round;
  };
  const state = (): RoundState => ({
    file: context.file,
    ...(existsSync(context.decisionsPath) ? { decisionsFile: context.decisionsPath } : {}),
    decisions: store.decisions,
    version: store.version,
  });
  const engine = new Engine(state);
  /** The plans last asked for: a decision starts that job at once. */
  let nextJob: Job = { kind: 'plans', top: PAGE_TOP, sizes: false };

  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', hostCheck(context.authority));
  app.use('*', sameOriginWrites(context.authority));
  app.use('/api/*', bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => error(c, 413, `request body too large (at most ${BODY_LIMIT} bytes)`) }));

  // Opening the page with its token: the cookie is set, and the token leaves the address bar.
  app.get('/', async (c, next) => {
    const given = c.req.query('token');
    if (given === undefined) return next();
    if (!sameToken(given, context.token)) return c.text('This token is not the one `rotaplan serve` printed.', 401);
    setCookie(c, COOKIE, context.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 303);
  });
  app.use('*', tokenCheck(context.token));

  app.get('/', (c) => c.html(PAGE.html));
  app.get('/app.js', (c) => c.body(PAGE.js, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/app.css', (c) => c.body(PAGE.css, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  app.get('/api/round', (c) => {
    const lang = langOf(c.req.query('lang'));
    return lang === false ? error(c, 400, LANG_PROBLEM) : c.json(roundView(baseRound(), lang));
  });

  app.get('/api/plans', async (c) => {
    const top = topOf(c.req.query('top'), 1);
    if (typeof top === 'string') return error(c, 400, top);
    nextJob = { kind: 'plans', top };
    return answer(c, engine.run<PlansResult>(nextJob), (done) => done.result.solve);
  });

  app.get('/api/view', async (c) => {
    const top = topOf(c.req.query('top'), PAGE_TOP);
    if (typeof top === 'string') return error(c, 400, top);
    const lang = langOf(c.req.query('lang'));
    if (lang === false) return error(c, 400, LANG_PROBLEM);
    nextJob = { kind: 'plans', top, sizes: false, ...(lang ? { lang } : {}) };
    return answer(c, engine.run<PlansResult>(nextJob), (done) => ({ version: done.version, seconds: done.seconds, ...done.result }));
  });

  app.get('/api/status', (c) => c.json({ version: store.version, ...engine.status() }));

  app.get('/api/decisions', (c) => c.json(store.decisions));

  app.post('/api/decisions', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return error(c, 400, 'body: not valid JSON');
    }
    const request = parseDecisionRequest(body);
    if (Array.isArray(request)) return error(c, 400, request.map(formatProblem).join('; '));
    let ids: KnownIds;
    try {
      ids = idsOf(baseRound());
    } catch (problem) {
      return error(c, 500, problem instanceof InputError ? `the scenario file is no longer valid: ${problem.message}` : String(problem));
    }
    try {
      const { entry, decisions } = store.commit(request, ids, new Date().toISOString());
      // Solve the new state now, off the request thread; decisions made meanwhile join the next solve.
      // The page asks for the best plan first, then the others.
      engine.run(nextJob.kind === 'plans' && nextJob.sizes === false ? { ...nextJob, top: 1 } : nextJob).catch(() => undefined);
      return c.json({ seq: entry.seq, hash: entry.hash, decisions });
    } catch (refused) {
      if (refused instanceof DecisionRefused) return error(c, refused.status, refused.problems.length > 0 ? refused.problems.map(formatProblem).join('; ') : refused.message);
      throw refused;
    }
  });

  app.get('/api/why-not', async (c) => {
    const missing = (['cadre', 'position'] as const).filter((key) => !c.req.query(key));
    if (missing.length > 0) return error(c, 400, missing.map((key) => `${key}: is required`).join('; '));
    const lang = langOf(c.req.query('lang'));
    if (lang === false) return error(c, 400, LANG_PROBLEM);
    const job: Job = { kind: 'why-not', cadre: c.req.query('cadre')!, position: c.req.query('position')!, ...(lang ? { lang } : {}) };
    return answer(c, engine.run(job), (done) => done.result);
  });

  app.get('/api/audit', (c) => {
    const check = store.audit();
    return c.json({ valid: check.valid, entries: check.entries, ...(check.firstBad ? { firstBad: check.firstBad } : {}) });
  });

  app.get('/api/report', async (c) => {
    const format = c.req.query('format') ?? 'html';
    if (format !== 'html' && format !== 'md' && format !== 'csv') return error(c, 400, 'format: must be one of "html", "md", "csv"');
    const top = topOf(c.req.query('top'), PAGE_TOP);
    if (typeof top === 'string') return error(c, 400, top);
    return answerRaw(c, engine.run<{ content: string }>({ kind: 'report', format, top }), (content) =>
      c.body(content, 200, {
        'Content-Type': { html: 'text/html', md: 'text/markdown', csv: 'text/csv' }[format] + '; charset=utf-8',
        'Content-Disposition': `attachment; filename="rotaplan-report.${format}"`,
      }),
    );
  });

  app.get('/api/papers', async (c) => {
    const top = topOf(c.req.query('top'), PAGE_TOP);
    if (typeof top === 'string') return error(c, 400, top);
    return answerRaw(c, engine.run<{ content: Uint8Array }>({ kind: 'papers', top }), (content) =>
      c.body(new Uint8Array(content), 200, { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="rotaplan-papers.zip"' }),
    );
  });

  // A path served under other methods: 405 with the methods it has (HEAD comes with GET).
  app.notFound((c) => {
    const methods = new Set(app.routes.filter((route) => route.path === c.req.path && route.method !== 'ALL').map((route) => route.method));
    if (methods.size === 0) return error(c, 404, 'not found');
    if (methods.has('GET')) methods.add('HEAD');
    const allowed = [...methods].sort().join(', ');
    c.header('Allow', allowed);
    return error(c, 405, `method ${c.req.method} not allowed here (allowed: ${allowed})`);
  });
  app.onError((problem, c) => error(c, 500, `internal error: ${problem.message}`));
  return { app, engine, store };
}

interface PlansResult {
  readonly solve: unknown;
  readonly words: unknown;
}

async function answer<T>(c: Context, job: Promise<Done<T>>, pick: (done: Done<T>) => unknown) {
  try {
    return c.json(pick(await job) as object);
  } catch (problem) {
    return failed(c, problem);
  }
}

async function answerRaw<T>(c: Context, job: Promise<Done<{ content: T }>>, send: (content: T) => Response) {
  try {
    return send((await job).result.content);
  } catch (problem) {
    return failed(c, problem);
  }
}

function failed(c: Context, problem: unknown) {
  if (problem instanceof JobFailed && problem.failure.kind === 'input') {
    const problems = problem.failure.problems ?? [];
    return error(c, 400, problems.length > 0 ? problems.map((p) => formatProblem(p)).join('; ') : problem.message);
  }
  return error(c, 500, `internal error: ${problem instanceof Error ? problem.message : String(problem)}`);
}

const LANG_PROBLEM = 'lang: must be "vi" or "en"';

/** ?lang=: vi or en; undefined when absent (the round's language); false for anything else. */
function langOf(value: string | undefined): Lang | undefined | false {
  if (value === undefined || value === '') return undefined;
  return value === 'vi' || value === 'en' ? value : false;
}

function topOf(value: string | undefined, fallback: number): number | string {
  if (value === undefined || value === '') return fallback;
  const top = Number(value);
  return /^\d+$/.test(value) && top >= 1 && top <= MAX_TOP ? top : `top: must be a whole number from 1 to ${MAX_TOP}`;
}

function idsOf(round: Round): KnownIds {
  const { pins, forbids } = round.scenario;
  return {
    cadres: new Set(round.cadres.keys()),
    posts: new Map([...round.posts.values()].map((post) => [post.id, post.unit])),
    units: new Set(round.units.keys()),
    pins: pins.map((p) => ({ cadre: p.cadre, position: p.position })),
    forbids: forbids.map((f) => ({ cadre: f.cadre, ...(f.unit ? { unit: f.unit } : {}), ...(f.position ? { position: f.position } : {}) })),
  };
}

function sha256Of(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return '';
  }
}

/** What the page needs to name things: cadres, posts (their own names, else their titles') and units, and the kinds' words. */
function roundView(round: Round, asked: Lang | undefined) {
  const s = round.scenario;
  const lang = pickLang(asked, round);
  return {
    name: s.name,
    asOf: s.asOf,
    version: s.version,
    lang,
    /** The round's own language (the page's default). */
    roundLang: pickLang(undefined, round),
    kinds: KIND_SHORT[lang],
    units: s.units.map((u) => ({ id: u.id, name: u.name ?? u.id })),
    posts: s.positions.map((p) => ({ id: p.id, unit: p.unit, title: p.name ?? titleName(round, p.title), holder: round.holderOf.get(p.id) ?? null })),
    cadres: s.cadres.map((c) => ({ id: c.id, name: c.name ?? c.id, position: c.position })),
  };
}

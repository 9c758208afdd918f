// @ts-check
// The review page of `rotaplan serve`: plain JavaScript, no build step, no outside resources.
// Every text from the round is put in the page with textContent (never as HTML).

const WORDS = {
  vi: {
    skip: 'Bỏ qua, đến các phương án', plans: 'Các phương án xếp hạng', plan: 'Phương án', objective: 'Tổng điểm',
    proven: 'tối ưu đã kiểm chứng', notProven: 'chưa kiểm chứng là tối ưu', moves: 'trường hợp luân chuyển', noMoves: 'Không có trường hợp luân chuyển nào (phương án rỗng).',
    infeasible: 'Không có phương án khả thi với các quyết định hiện tại. Hãy rút bớt một quyết định.',
    cadre: 'Cán bộ', from: 'Từ', to: 'Đến', kind: 'Hình thức', value: 'Điểm', why: 'Điểm gồm', actions: 'Thao tác',
    explain: 'Giải thích', hide: 'Ẩn giải thích', pin: 'Cho chủ trương', forbid: 'Không bố trí', withdraw: 'Rút lại',
    pinned: 'Ban Thường vụ đã cho chủ trương', rulesMet: 'Các điều kiện đã đáp ứng', chain: 'Chuỗi luân chuyển', binding: 'Quy định đang ràng buộc', vacant: 'Vị trí còn trống',
    whyNot: 'Vì sao không?', whyNotCadre: 'Cán bộ (tên hoặc mã)', whyNotPost: 'Vị trí (tên hoặc mã)', ask: 'Hỏi',
    eligible: 'Đủ điều kiện', notEligible: 'Không đủ điều kiện', blockedBy: 'Vướng', bestWith: 'Phương án tốt nhất có trường hợp luân chuyển này', loss: (/** @type {string} */ x) => `thấp hơn phương án tốt nhất ${x} điểm`,
    none: 'không có', inBest: 'Trường hợp luân chuyển này đã có trong phương án tốt nhất.', prevented: 'Không phương án khả thi nào chứa được trường hợp luân chuyển này:',
    displaced: 'Phải bỏ', added: 'Thêm', pinThis: 'Cho chủ trương luân chuyển này', forbidPost: 'Không bố trí vào vị trí này', forbidUnit: 'Không bố trí vào đơn vị này',
    decisions: 'Quyết định đang có hiệu lực', by: 'Người quyết định', noDecisions: 'Chưa có quyết định nào.', pins: 'Ban Thường vụ đã cho chủ trương', forbids: 'Không bố trí', consents: 'Ý kiến (ghi trong tệp quyết định)',
    reason: 'Lý do', confirm: 'Ghi quyết định', cancel: 'Hủy', needReason: 'Cần ghi lý do và tên người quyết định.',
    decidePin: 'Cho chủ trương luân chuyển', decideForbid: 'Không bố trí', decideUnpin: 'Rút lại chủ trương luân chuyển', decideUnforbid: 'Rút lại quyết định không bố trí',
    audit: 'Nhật ký quyết định', auditValid: 'Chuỗi băm hợp lệ', auditBroken: 'Nhật ký bị sửa: hỏng từ dòng', noAudit: 'Chưa có mục nào.',
    seq: 'STT', at: 'Thời điểm', action: 'Việc', target: 'Vị trí / đơn vị', hash: 'Mã băm',
    actionName: { pin: 'cho chủ trương', forbid: 'không bố trí', unpin: 'rút chủ trương', unforbid: 'rút không bố trí' },
    solving: 'Đang giải lại', found: 'đã tìm', best: 'tốt nhất hiện tại', bound: 'cận trên', queued: 'quyết định đang chờ', seconds: 'giây',
    solved: 'Đã giải xong', sources: { remembered: 'từ các phương án đã tìm', 'fixings on the open search': 'từ lượt tìm kiếm đang mở, với các quyết định đã ghi', search: 'tìm kiếm lại' }, changed: 'Thay đổi so với phương án trước', unchanged: 'Phương án tốt nhất không đổi.', gained: 'Thêm', lost: 'Bỏ',
    report: 'Tải báo cáo (HTML)', reportCsv: 'Tải bảng (CSV)', papers: 'Tải hồ sơ trình (Word, Excel)', asOf: 'Thời điểm tính:',
    error: 'Lỗi', unit: 'Đơn vị', cadresWord: 'cán bộ', postsWord: 'vị trí', unitsWord: 'đơn vị',
    gap: 'cách cận trên', note: 'Ghi chú', sides: { origin: 'Đơn vị đi', destination: 'Đơn vị đến', cadre: 'Bản thân cán bộ' },
    unknownCadre: (/** @type {string} */ x) => `Không có cán bộ “${x}”: chọn trong danh sách (tên hoặc mã).`,
    unknownPost: (/** @type {string} */ x) => `Không có vị trí “${x}”: chọn trong danh sách (tên hoặc mã).`,
    ambiguous: (/** @type {string} */ x, /** @type {string[]} */ ids) => `“${x}” là tên của ${ids.length} mục: ghi mã (${ids.join(', ')}).`,
  },
  en: {
    skip: 'Skip to the plans', plans: 'Ranked plans', plan: 'Plan', objective: 'Objective',
    proven: 'proven optimal', notProven: 'not proven optimal', moves: 'moves', noMoves: 'Nobody moves (the empty plan).',
    infeasible: 'No feasible plan with the decisions in force. Withdraw one of them.',
    cadre: 'Cadre', from: 'From', to: 'To', kind: 'Kind', value: 'Value', why: 'Score', actions: 'Actions',
    explain: 'Explain', hide: 'Hide', pin: 'Pin', forbid: 'Forbid', withdraw: 'Withdraw',
    pinned: 'pinned', rulesMet: 'Rules met', chain: 'Chain', binding: 'Rules that bind', vacant: 'Posts left vacant',
    whyNot: 'Why not?', whyNotCadre: 'Cadre (name or id)', whyNotPost: 'Post (name or id)', ask: 'Ask',
    eligible: 'Eligible', notEligible: 'Not eligible', blockedBy: 'Blocked by', bestWith: 'Best plan with this move', loss: (/** @type {string} */ x) => `${x} below the best plan`,
    none: 'none', inBest: 'This move is already in the best plan.', prevented: 'No feasible plan can contain this move:',
    displaced: 'Drops', added: 'Adds', pinThis: 'Pin this move', forbidPost: 'Forbid this post', forbidUnit: 'Forbid this unit',
    decisions: 'Decisions in force', by: 'Your name', noDecisions: 'No decision yet.', pins: 'Pinned moves', forbids: 'Forbidden', consents: 'Consents (in the decisions file)',
    reason: 'Reason', confirm: 'Record the decision', cancel: 'Cancel', needReason: 'A reason and a name are needed.',
    decidePin: 'Pin a move', decideForbid: 'Forbid', decideUnpin: 'Withdraw a pin', decideUnforbid: 'Withdraw a forbid',
    audit: 'Audit log', auditValid: 'Hash chain valid', auditBroken: 'The log was changed: broken from line', noAudit: 'No entry yet.',
    seq: '#', at: 'At', action: 'Action', target: 'Post / unit', hash: 'Hash',
    actionName: { pin: 'pin', forbid: 'forbid', unpin: 'unpin', unforbid: 'unforbid' },
    solving: 'Solving again', found: 'found', best: 'best so far', bound: 'bound', queued: 'decisions waiting', seconds: 's',
    solved: 'Solved', sources: { remembered: 'from the plans already found', 'fixings on the open search': 'from the open search, with the decisions applied', search: 'searched again' }, changed: 'What changed since the last plan', unchanged: 'The best plan did not change.', gained: 'Adds', lost: 'Drops',
    report: 'Download the report (HTML)', reportCsv: 'Download the table (CSV)', papers: 'Download the papers (Word, Excel)', asOf: 'As of',
    error: 'Error', unit: 'Unit', cadresWord: 'cadres', postsWord: 'posts', unitsWord: 'units',
    gap: 'gap', note: 'Note', sides: { origin: 'Origin unit', destination: 'Destination unit', cadre: 'The cadre' },
    unknownCadre: (/** @type {string} */ x) => `No cadre “${x}”: pick one from the list (name or id).`,
    unknownPost: (/** @type {string} */ x) => `No post “${x}”: pick one from the list (name or id).`,
    ambiguous: (/** @type {string} */ x, /** @type {string[]} */ ids) => `“${x}” names ${ids.length} of them: write the id (${ids.join(', ')}).`,
  },
};

const TOP = 3;
/** @type {any} */ let T = WORDS.vi;
/** @type {any} */ let round;
/** @type {any} */ let view;
/** @type {any} */ let decisions = { pins: [], forbids: [], consents: [] };
let selected = 1;
let viewRequest = 0;
/** @type {Map<string, any>} */ const cadres = new Map();
/** @type {Map<string, any>} */ const posts = new Map();
/** @type {Map<string, any>} */ const units = new Map();

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Builds an element; strings become text nodes. */
function h(/** @type {string} */ tag, /** @type {Record<string, any>} */ attrs = {}, /** @type {any[]} */ ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false) el.append(child instanceof Node ? child : String(child));
  return el;
}

async function api(/** @type {string} */ path, /** @type {RequestInit} */ init = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...init, headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `${response.status}`);
  return body;
}

const cadreName = (/** @type {string} */ id) => cadres.get(id)?.name ?? id;
const cadreLabel = (/** @type {string} */ id) => `${cadreName(id)} (${id})`;
const unitName = (/** @type {string} */ id) => units.get(id)?.name ?? id;
/** A post's name (or its title's), with its unit unless the name already says it ("Bí thư Đảng ủy phường Bắc Minh"). */
const postName = (/** @type {any} */ post) =>
  post.title.toLocaleLowerCase().includes(unitName(post.unit).toLocaleLowerCase()) ? post.title : `${post.title}, ${unitName(post.unit)}`;
const postLabel = (/** @type {string} */ id) => {
  const post = posts.get(id);
  return post ? `${postName(post)} (${id})` : id;
};
/** A post in a table cell: its title, then its unit and id in smaller type. */
const postCell = (/** @type {string} */ id) => {
  const post = posts.get(id);
  return post ? [h('span', { class: 'title' }, post.title), h('span', { class: 'sub' }, `${unitName(post.unit)} · ${id}`)] : [id];
};
const number = (/** @type {number} */ x) => new Intl.NumberFormat(round?.lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(x);
const signed = (/** @type {number} */ x) => (x > 0 ? '+' : x < 0 ? '−' : '±') + number(Math.abs(x));
const moveKey = (/** @type {any} */ m) => `${m.cadre}|${m.from}|${m.to}`;

function setStatus(/** @type {string} */ text, busy = false) {
  const status = $('status');
  status.replaceChildren(busy ? h('progress', { 'aria-label': T.solving }) : '', h('span', {}, text));
  status.classList.toggle('busy', busy);
}

function showError(/** @type {unknown} */ problem) {
  setStatus(`${T.error}: ${problem instanceof Error ? problem.message : String(problem)}`);
}

// ---- plans -------------------------------------------------------------------------------

/** Re-renders the plans, keeping the keyboard focus on the same control when it is still there. */
function renderPlans() {
  const focused = document.activeElement?.getAttribute('data-key');
  drawPlans();
  if (focused) /** @type {HTMLElement | null} */ (document.querySelector(`[data-key="${CSS.escape(focused)}"]`))?.focus();
}

function drawPlans() {
  $('plans-title').textContent = T.plans;
  const tabs = $('plan-tabs');
  const body = $('plan-body');
  const plans = view?.solve?.plans ?? [];
  if (plans.length === 0) {
    tabs.replaceChildren();
    body.replaceChildren(h('p', { class: 'empty' }, view ? T.infeasible : ''));
    return;
  }
  if (!plans.some((/** @type {any} */ p) => p.rank === selected)) selected = 1;
  tabs.replaceChildren(...plans.map((/** @type {any} */ plan) =>
    h('button', {
      type: 'button', role: 'tab', id: `tab-${plan.rank}`, 'aria-selected': String(plan.rank === selected), 'aria-controls': 'plan-body',
      tabindex: plan.rank === selected ? '0' : '-1', onclick: () => { selected = plan.rank; renderPlans(); $(`tab-${plan.rank}`).focus(); },
      onkeydown: (/** @type {KeyboardEvent} */ e) => {
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        selected = ((plan.rank - 1 + step + plans.length) % plans.length) + 1;
        renderPlans();
        $(`tab-${selected}`).focus();
      },
    }, `${T.plan} ${plan.rank}: ${number(plan.objective)}`)));
  const plan = plans.find((/** @type {any} */ p) => p.rank === selected);
  const words = view.words?.find((/** @type {any} */ w) => w.rank === selected);
  body.setAttribute('role', 'tabpanel');
  body.setAttribute('aria-labelledby', `tab-${selected}`);
  const summary = h('p', { class: 'summary' },
    `${T.objective} ${number(plan.objective)} · ${plan.moves.length} ${T.moves} · ${plan.proven ? T.proven : `${T.notProven} (${T.gap} ${number(plan.gap)})`}`);
  if (plan.moves.length === 0) {
    body.replaceChildren(summary, h('p', {}, T.noMoves));
    return;
  }
  const pinned = new Set(decisions.pins.map((/** @type {any} */ p) => `${p.cadre}|${p.position}`));
  const rows = plan.moves.map((/** @type {any} */ move, /** @type {number} */ i) => {
    const w = words?.moves.find((/** @type {any} */ m) => m.cadre === move.cadre);
    // Pinned by the scenario file or by a decision: neither pinned again nor forbidden here.
    const isPinned = pinned.has(`${move.cadre}|${move.to}`) || w?.pinned === true;
    const detailId = `explain-${selected}-${i}`;
    const detail = h('tr', { id: detailId, class: 'detail', hidden: true },
      h('td', { colspan: '7' },
        h('h3', { class: 'minor' }, T.rulesMet), h('ul', {}, ...(w?.rules ?? []).map((/** @type {string} */ r) => h('li', {}, r))),
        w && w.chain >= 0 ? h('p', {}, `${T.chain}: ${words.chains[w.chain]}`) : ''));
    const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': detailId, 'data-key': `explain|${move.cadre}|${move.to}`,
      onclick: () => {
        const open = detail.hidden;
        detail.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? T.hide : T.explain;
      } }, T.explain);
    return [h('tr', { class: isPinned ? 'pinned' : undefined },
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', title: T.whyNot, onclick: () => askAbout(move.cadre) }, cadreName(move.cadre)),
        h('span', { class: 'sub' }, move.cadre), isPinned ? h('span', { class: 'tag' }, T.pinned) : ''),
      h('td', {}, ...postCell(move.from)),
      h('td', {}, ...postCell(move.to)),
      h('td', {}, move.kind ? (round.kinds?.[move.kind] ?? move.kind) : ''),
      h('td', { class: 'num' }, number(move.value)),
      h('td', {}, h('ul', { class: 'terms' }, ...(w?.score ?? []).map((/** @type {string} */ s) => h('li', {}, s)))),
      h('td', { class: 'actions' }, toggle,
        isPinned ? '' : h('button', { type: 'button', 'data-key': `pin|${move.cadre}|${move.to}`, onclick: () => decide({ action: 'pin', cadre: move.cadre, position: move.to }) }, T.pin),
        isPinned ? '' : h('button', { type: 'button', 'data-key': `forbid|${move.cadre}|${move.to}`, onclick: () => decide({ action: 'forbid', cadre: move.cadre, position: move.to }) }, T.forbid))), detail];
  });
  const table = h('table', { class: 'moves' },
    h('caption', {}, `${T.plan} ${plan.rank}`),
    h('thead', {}, h('tr', {}, ...[T.cadre, T.from, T.to, T.kind, T.value, T.why, T.actions].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.flat()));
  const extras = [];
  if (words?.binding.length) extras.push(h('h3', {}, T.binding), h('ul', {}, ...words.binding.map((/** @type {string} */ b) => h('li', {}, b))));
  if (words?.vacant.length) extras.push(h('h3', {}, T.vacant), h('ul', {}, ...words.vacant.map((/** @type {string} */ v) => h('li', {}, v))));
  body.replaceChildren(summary, table, ...extras);
}

function renderChanges(/** @type {any} */ before, /** @type {any} */ after) {
  const box = $('changes');
  if (!before) { box.hidden = true; return; }
  const was = new Map(before.moves.map((/** @type {any} */ m) => [moveKey(m), m]));
  const now = new Map((after?.moves ?? []).map((/** @type {any} */ m) => [moveKey(m), m]));
  const gained = [...now.values()].filter((m) => !was.has(moveKey(m)));
  const lost = [...was.values()].filter((m) => !now.has(moveKey(m)));
  const line = (/** @type {any} */ m) => h('li', {}, `${cadreLabel(m.cadre)}: ${postLabel(m.from)} → ${postLabel(m.to)}`);
  const objective = after ? `${T.objective}: ${number(before.objective)} → ${number(after.objective)} (${signed(after.objective - before.objective)})` : T.infeasible;
  box.hidden = false;
  box.replaceChildren(h('h3', {}, T.changed), h('p', {}, objective),
    gained.length + lost.length === 0 ? h('p', {}, T.unchanged) : '',
    gained.length ? h('div', {}, h('strong', {}, `${T.gained}:`), h('ul', { class: 'gained' }, ...gained.map(line))) : '',
    lost.length ? h('div', {}, h('strong', {}, `${T.lost}:`), h('ul', { class: 'lost' }, ...lost.map(line))) : '');
}

/**
 * Fetches the plans of the newest state, showing the solver's progress meanwhile. `since`: the
 * decision's time and how its best plan came (the status then tells the whole wait).
 */
async function refreshView(/** @type {boolean} */ compare, top = TOP, /** @type {{ started: number, source?: string } | undefined} */ since = undefined) {
  const mine = ++viewRequest;
  const before = compare ? view?.solve?.plans?.[0] ?? null : undefined;
  let polling = true;
  const poll = async () => {
    while (polling) {
      try {
        const s = await api('/api/status');
        if (!polling) break;
        if (s.busy) {
          const p = s.progress ?? {};
          const parts = [`${T.solving}… ${number(s.seconds ?? 0)} ${T.seconds}`];
          if (p.plansFound !== undefined) parts.push(`${T.found} ${p.plansFound}/${p.target ?? TOP}`);
          if (p.incumbent !== undefined) parts.push(`${T.best} ${number(p.incumbent)}`);
          if (p.bound !== undefined) parts.push(`${T.bound} ${number(p.bound)}`);
          if (s.queued > 0) parts.push(`${s.queued} ${T.queued}`);
          setStatus(parts.join(' · '), true);
        }
      } catch { /* the next poll tries again */ }
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  setStatus(`${T.solving}…`, true);
  void poll();
  try {
    const next = await api(`/api/view?top=${top}&lang=${round.lang}`);
    if (mine !== viewRequest) return;
    view = next;
    polling = false;
    const source = since?.source ?? next.source;
    const how = T.sources[source] ? `; ${T.sources[source]}` : '';
    const seconds = since ? (performance.now() - since.started) / 1000 : next.seconds;
    setStatus(top < TOP ? `${T.solving}…` : `${T.solved} (${number(seconds)} ${T.seconds}${how}).`, top < TOP);
    if (before !== undefined) renderChanges(before, next.solve.plans[0]);
    renderPlans();
    return next;
  } catch (problem) {
    polling = false;
    if (mine === viewRequest) showError(problem);
  } finally {
    polling = false;
  }
}

// ---- decisions ---------------------------------------------------------------------------

/** @type {any} */ let pending;

function decide(/** @type {any} */ what) {
  pending = what;
  const titles = { pin: T.decidePin, forbid: T.decideForbid, unpin: T.decideUnpin, unforbid: T.decideUnforbid };
  $('decide-title').textContent = titles[/** @type {'pin'} */ (what.action)];
  $('decide-what').textContent = `${cadreLabel(what.cadre)} → ${what.position ? postLabel(what.position) : `${T.unit} ${unitName(what.unit)} (${what.unit})`}`;
  /** @type {HTMLTextAreaElement} */ ($('decide-reason')).value = '';
  /** @type {HTMLInputElement} */ ($('decide-by')).value = /** @type {HTMLInputElement} */ ($('by')).value;
  $('decide-error').textContent = '';
  /** @type {HTMLDialogElement} */ ($('decide')).showModal();
  $('decide-reason').focus();
}

async function submitDecision(/** @type {SubmitEvent} */ event) {
  event.preventDefault();
  const reason = /** @type {HTMLTextAreaElement} */ ($('decide-reason')).value.trim();
  const by = /** @type {HTMLInputElement} */ ($('decide-by')).value.trim();
  if (!reason || !by) { $('decide-error').textContent = T.needReason; return; }
  /** @type {HTMLInputElement} */ ($('by')).value = by;
  try { localStorage.setItem('rotaplan-by', by); } catch { /* private mode */ }
  try {
    const answer = await api('/api/decisions', { method: 'POST', body: JSON.stringify({ ...pending, reason, by }) });
    decisions = answer.decisions;
    /** @type {HTMLDialogElement} */ ($('decide')).close();
    // A why-not answer shown (or on its way) describes the state before the decision: ask again.
    whyNotRequest += 1;
    $('whynot-result').replaceChildren();
    renderDecisions();
    void refreshAudit();
    // The new best plan first (often answered at once), then the ranked plans.
    const started = performance.now();
    const best = await refreshView(true, 1);
    await refreshView(false, TOP, { started, source: best?.source });
  } catch (problem) {
    $('decide-error').textContent = problem instanceof Error ? problem.message : String(problem);
  }
}

function renderDecisions() {
  $('decisions-title').textContent = T.decisions;
  $('by-label').textContent = T.by;
  const parts = [];
  const entry = (/** @type {string} */ text, /** @type {string | undefined} */ note, /** @type {any} */ withdraw, noteLabel = T.reason) =>
    h('li', {}, h('span', { class: 'what' }, text), note ? h('span', { class: 'note' }, `${noteLabel}: ${note}`) : '',
      withdraw ? h('button', { type: 'button', 'aria-label': `${T.withdraw}: ${text}`, onclick: () => decide(withdraw) }, T.withdraw) : '');
  if (decisions.pins.length) {
    parts.push(h('h3', {}, T.pins), h('ul', { class: 'decisions', id: 'pins-list' }, ...decisions.pins.map((/** @type {any} */ p) =>
      entry(`${cadreLabel(p.cadre)} → ${postLabel(p.position)}`, p.note, { action: 'unpin', cadre: p.cadre, position: p.position }))));
  }
  if (decisions.forbids.length) {
    parts.push(h('h3', {}, T.forbids), h('ul', { class: 'decisions', id: 'forbids-list' }, ...decisions.forbids.map((/** @type {any} */ f) =>
      entry(`${cadreLabel(f.cadre)} ✗ ${f.position ? postLabel(f.position) : `${T.unit} ${unitName(f.unit)} (${f.unit})`}`, f.note,
        { action: 'unforbid', cadre: f.cadre, ...(f.position ? { position: f.position } : { unit: f.unit }) }))));
  }
  if (decisions.consents.length) {
    parts.push(h('h3', {}, T.consents), h('ul', { class: 'decisions' }, ...decisions.consents.map((/** @type {any} */ c) =>
      entry(`${T.sides[c.side] ?? c.side}: ${cadreLabel(c.cadre)}${c.unit ? ` (${unitName(c.unit)})` : ''} ${c.agree ? '✓' : '✗'}`, c.note, undefined, T.note))));
  }
  $('decisions').replaceChildren(...(parts.length ? parts : [h('p', { class: 'empty' }, T.noDecisions)]));
}

async function refreshAudit() {
  $('audit-title').textContent = T.audit;
  try {
    const audit = await api('/api/audit');
    const badge = audit.valid
      ? h('p', { class: 'ok', id: 'audit-state' }, `✓ ${T.auditValid} (${audit.entries.length})`)
      : h('p', { class: 'error', id: 'audit-state' }, `✗ ${T.auditBroken} ${audit.firstBad?.line}: ${audit.firstBad?.message}`);
    if (audit.entries.length === 0) { $('audit-body').replaceChildren(badge, h('p', { class: 'empty' }, T.noAudit)); return; }
    const rows = [...audit.entries].reverse().map((/** @type {any} */ e) => h('tr', {},
      h('td', { class: 'num' }, e.seq), h('td', {}, new Date(e.at).toLocaleString(round?.lang === 'vi' ? 'vi-VN' : 'en-GB')), h('td', {}, e.by),
      h('td', {}, T.actionName[e.action] ?? e.action), h('td', {}, cadreLabel(e.cadre)),
      h('td', {}, e.position ? postLabel(e.position) : e.unit ? `${unitName(e.unit)} (${e.unit})` : ''), h('td', {}, e.reason),
      h('td', { class: 'hash' }, h('code', { title: e.hash }, e.hash.slice(0, 12)))));
    $('audit-body').replaceChildren(badge, h('table', { class: 'audit' },
      h('thead', {}, h('tr', {}, ...[T.seq, T.at, T.by, T.action, T.cadre, T.target, T.reason, T.hash].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows)));
  } catch (problem) {
    showError(problem);
  }
}

// ---- why not -----------------------------------------------------------------------------

function askAbout(/** @type {string} */ cadre) {
  /** @type {HTMLInputElement} */ ($('whynot-cadre')).value = cadre;
  $('whynot-post').focus();
}

/** The ids an id typed, or a name from the list (case and Unicode form do not matter), stands for. */
function idsOf(/** @type {Map<string, any>} */ known, /** @type {string} */ typed, /** @type {(x: any) => string} */ name) {
  if (known.has(typed)) return [typed];
  const key = (/** @type {string} */ text) => text.normalize('NFC').toLocaleLowerCase();
  return [...known.entries()].filter(([, x]) => key(name(x)) === key(typed)).map(([id]) => id);
}

/** Bumped by each question and by what makes an answer on its way stale (a decision, a language switch). */
let whyNotRequest = 0;

async function whyNot(/** @type {SubmitEvent} */ event) {
  event.preventDefault();
  const typedCadre = /** @type {HTMLInputElement} */ ($('whynot-cadre')).value.trim();
  const typedPost = /** @type {HTMLInputElement} */ ($('whynot-post')).value.trim();
  const out = $('whynot-result');
  const request = ++whyNotRequest;
  const cadreIds = idsOf(cadres, typedCadre, (c) => c.name);
  const postIds = idsOf(posts, typedPost, postName);
  // No match, or a name two of them share (the list shows each id): the planner picks.
  const problem = cadreIds.length === 0 ? T.unknownCadre(typedCadre) : cadreIds.length > 1 ? T.ambiguous(typedCadre, cadreIds)
    : postIds.length === 0 ? T.unknownPost(typedPost) : postIds.length > 1 ? T.ambiguous(typedPost, postIds) : undefined;
  if (problem) {
    out.replaceChildren(h('p', { class: 'error', role: 'alert' }, problem));
    return;
  }
  const [cadre] = cadreIds;
  const [position] = postIds;
  out.replaceChildren(h('p', {}, h('progress', { 'aria-label': T.whyNot }), ` ${T.whyNot}`));
  try {
    const w = await api(`/api/why-not?cadre=${encodeURIComponent(cadre)}&position=${encodeURIComponent(position)}&lang=${round.lang}`);
    if (request !== whyNotRequest) return;
    const parts = [h('p', { class: w.eligible ? 'ok' : 'error' }, `${cadreLabel(cadre)} → ${postLabel(position)}: ${w.eligible ? T.eligible : T.notEligible}`)];
    if (!w.eligible) parts.push(h('p', {}, `${T.blockedBy}: ${w.blockedBy.join(', ')}`), h('ul', {}, ...w.reasons.map((/** @type {any} */ r) => h('li', {}, `${r.rule}: ${r.message}${r.source ? ` [${r.source}]` : ''}`))));
    if (w.status === 'in-best-plan') parts.push(h('p', {}, T.inBest));
    if (w.bestWith !== null && w.bestWith !== undefined) {
      parts.push(h('p', {}, `${T.bestWith}: ${number(w.bestWith)}${w.loss ? ` (${T.loss(number(w.loss))})` : ''}`));
      const list = (/** @type {string} */ title, /** @type {any[]} */ moves) => moves?.length ? [h('strong', {}, `${title}:`), h('ul', {}, ...moves.map((m) => h('li', {}, `${cadreLabel(m.cadre)}: ${postLabel(m.from)} → ${postLabel(m.to)}`)))] : [];
      parts.push(...list(T.added, w.added), ...list(T.displaced, w.displaced));
    } else if (w.eligible) {
      parts.push(h('p', {}, T.prevented), h('ul', {}, ...(w.preventedBy ?? []).map((/** @type {any} */ c) => h('li', {}, c.message))));
    }
    const post = posts.get(position);
    parts.push(h('div', { class: 'row' },
      w.eligible && w.status !== 'in-best-plan' ? h('button', { type: 'button', onclick: () => decide({ action: 'pin', cadre, position }) }, T.pinThis) : '',
      h('button', { type: 'button', onclick: () => decide({ action: 'forbid', cadre, position }) }, T.forbidPost),
      post ? h('button', { type: 'button', onclick: () => decide({ action: 'forbid', cadre, unit: post.unit }) }, T.forbidUnit) : ''));
    out.replaceChildren(...parts);
  } catch (problem) {
    if (request !== whyNotRequest) return;
    out.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${T.error}: ${problem instanceof Error ? problem.message : String(problem)}`));
  }
}

// ---- start -------------------------------------------------------------------------------

/** Reads the round's names in a language (stored choice, else the round's own) and labels the page. */
async function loadRound(/** @type {string | null} */ lang) {
  round = await api(`/api/round${lang ? `?lang=${lang}` : ''}`);
  T = WORDS[/** @type {'vi' | 'en'} */ (round.lang)] ?? WORDS.en;
  document.documentElement.lang = round.lang;
  document.title = `${round.name} · rotaplan`;
  for (const c of round.cadres) cadres.set(c.id, c);
  for (const p of round.posts) posts.set(p.id, p);
  for (const u of round.units) units.set(u.id, u);
  $('round-name').textContent = round.name;
  $('round-meta').textContent = `${T.asOf} ${round.lang === 'vi' ? round.asOf.split('-').reverse().join('/') : round.asOf} · ${round.cadres.length} ${T.cadresWord} · ${round.posts.length} ${T.postsWord} · ${round.units.length} ${T.unitsWord}`;
  $('skip-link').textContent = T.skip;
  $('whynot-title').textContent = T.whyNot;
  $('whynot-cadre-label').textContent = T.whyNotCadre;
  $('whynot-post-label').textContent = T.whyNotPost;
  $('whynot-ask').textContent = T.ask;
  $('decide-reason-label').textContent = T.reason;
  $('decide-by-label').textContent = T.by;
  $('decide-ok').textContent = T.confirm;
  $('decide-cancel').textContent = T.cancel;
  $('cadre-list').replaceChildren(...round.cadres.map((/** @type {any} */ c) => h('option', { value: c.id }, c.name)));
  $('post-list').replaceChildren(...round.posts.map((/** @type {any} */ p) => h('option', { value: p.id }, postName(p))));
  const other = round.lang === 'vi' ? 'en' : 'vi';
  $('downloads').replaceChildren(
    h('a', { class: 'button', href: '/api/report?format=html', download: 'rotaplan-report.html' }, T.report),
    h('a', { class: 'button', href: '/api/report?format=csv', download: 'rotaplan-report.csv' }, T.reportCsv),
    h('a', { class: 'button', href: '/api/papers', download: 'rotaplan-papers.zip' }, T.papers),
    h('button', { type: 'button', id: 'language', lang: other, onclick: () => switchLanguage(other) }, other === 'vi' ? 'Tiếng Việt' : 'English'));
}

async function switchLanguage(/** @type {string} */ lang) {
  try { localStorage.setItem('rotaplan-lang', lang); } catch { /* private mode */ }
  await loadRound(lang);
  whyNotRequest += 1;
  $('whynot-result').replaceChildren();
  // "What changed" was written in the other language; the next decision writes it anew.
  $('changes').hidden = true;
  renderDecisions();
  renderPlans();
  void refreshAudit();
  await refreshView(false);
  $('language').focus();
}

async function start() {
  let stored = null;
  try { stored = localStorage.getItem('rotaplan-lang'); } catch { /* private mode */ }
  await loadRound(stored === 'vi' || stored === 'en' ? stored : null);
  try { /** @type {HTMLInputElement} */ ($('by')).value = localStorage.getItem('rotaplan-by') ?? ''; } catch { /* private mode */ }
  $('whynot-form').addEventListener('submit', whyNot);
  $('decide-form').addEventListener('submit', submitDecision);
  $('decide-cancel').addEventListener('click', () => /** @type {HTMLDialogElement} */ ($('decide')).close());
  decisions = await api('/api/decisions');
  renderDecisions();
  renderPlans();
  void refreshAudit();
  await refreshView(false);
}

start().catch(showError);

/**
 * Cross-reference checks of section 1: unique ids, every reference resolves, cadre.position
 * and post.holder agree, no post with two holders, unit parents form a forest. Version 2
 * (8.1): unique title ids, every title and planning entry in the catalogue when one is
 * given, `alsoHolds` posts exist and are held by that cadre alone. Every problem is
 * collected, each with its path.
 */
import type { Scenario } from './schema.ts';
import type { PathSegment, Problem } from './problems.ts';
import { compareDates, dateOf } from './dates.ts';

export function checkReferences(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push({ path, message });

  const unitIds = uniqueIds(scenario.units, 'units', 'unit', report);
  const positionIds = uniqueIds(scenario.positions, 'positions', 'position', report);
  const cadreIds = uniqueIds(scenario.cadres, 'cadres', 'cadre', report);

  const expect = (ids: Set<string>, kind: string, value: string | null | undefined, path: PathSegment[]) => {
    if (value != null && !ids.has(value)) report(path, `unknown ${kind} "${value}"`);
  };

  scenario.units.forEach((unit, i) => expect(unitIds, 'unit', unit.parent, ['units', i, 'parent']));
  checkForest(scenario, report);

  // With duplicate ids, the first entry of an id is the one references resolve to.
  const positionById = firstById(scenario.positions);
  const cadreById = firstById(scenario.cadres);

  scenario.positions.forEach((post, i) => {
    expect(unitIds, 'unit', post.unit, ['positions', i, 'unit']);
    if (post.holder == null) return;
    const holder = cadreById.get(post.holder);
    if (!holder) report(['positions', i, 'holder'], `unknown cadre "${post.holder}"`);
    else if (holder.position !== post.id && !(holder.alsoHolds ?? []).includes(post.id)) {
      report(['positions', i, 'holder'], `cadre "${post.holder}" holds position "${holder.position}", not "${post.id}"`);
    }
  });

  const holderOf = new Map<string, string>();
  scenario.cadres.forEach((cadre, i) => {
    const at = (...rest: PathSegment[]) => ['cadres', i, ...rest];
    const post = positionById.get(cadre.position);
    if (!post) report(at('position'), `unknown position "${cadre.position}"`);
    else {
      const other = holderOf.get(cadre.position);
      if (other !== undefined) {
        report(at('position'), `position "${cadre.position}" is already held by cadre "${other}"`);
      } else holderOf.set(cadre.position, cadre.id);
      if (post.holder == null) {
        report(at('position'), `position "${cadre.position}" is vacant (no holder), but this cadre holds it`);
      }
    }
    cadre.preferences.forEach((unit, j) => expect(unitIds, 'unit', unit, at('preferences', j)));
    cadre.relatives.forEach((relative, j) => expect(cadreIds, 'cadre', relative, at('relatives', j)));
    cadre.history.forEach((entry, j) => expect(unitIds, 'unit', entry.unit, at('history', j, 'unit')));
  });

  // Posts held through alsoHolds (version 2), after every position is known.
  scenario.cadres.forEach((cadre, i) => {
    const at = (...rest: PathSegment[]) => ['cadres', i, ...rest];
    (cadre.alsoHolds ?? []).forEach((postId, j) => {
      const held = positionById.get(postId);
      if (!held) return report(at('alsoHolds', j), `unknown position "${postId}"`);
      if (postId === cadre.position) return;
      const other = holderOf.get(postId);
      if (other !== undefined && other !== cadre.id) report(at('alsoHolds', j), `position "${postId}" is already held by cadre "${other}"`);
      else holderOf.set(postId, cadre.id);
      if (held.holder != null && held.holder !== cadre.id) {
        report(at('alsoHolds', j), `position "${postId}" names holder "${held.holder}", not this cadre`);
      }
    });
  });

  checkTitles(scenario, report);

  scenario.consents.forEach((consent, i) => {
    expect(cadreIds, 'cadre', consent.cadre, ['consents', i, 'cadre']);
    expect(unitIds, 'unit', consent.unit, ['consents', i, 'unit']);
  });
  scenario.pins.forEach((pin, i) => {
    expect(cadreIds, 'cadre', pin.cadre, ['pins', i, 'cadre']);
    expect(positionIds, 'position', pin.position, ['pins', i, 'position']);
  });
  scenario.forbids.forEach((forbid, i) => {
    expect(cadreIds, 'cadre', forbid.cadre, ['forbids', i, 'cadre']);
    expect(unitIds, 'unit', forbid.unit, ['forbids', i, 'unit']);
    expect(positionIds, 'position', forbid.position, ['forbids', i, 'position']);
  });
  return problems;
}

/** Version 2: unique title ids; with a catalogue, every post title and planning entry names one of it. */
function checkTitles(scenario: Scenario, report: (path: PathSegment[], message: string) => void): void {
  const titles = scenario.titles ?? [];
  if (titles.length === 0) return;
  const ids = uniqueIds(titles, 'titles', 'title', report);
  scenario.positions.forEach((post, i) => {
    if (!ids.has(post.title)) report(['positions', i, 'title'], `unknown title "${post.title}" (not in the titles catalogue)`);
  });
  scenario.cadres.forEach((cadre, i) => {
    cadre.planning.forEach((title, j) => {
      if (!ids.has(title)) report(['cadres', i, 'planning', j], `unknown title "${title}" (not in the titles catalogue)`);
    });
  });
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function uniqueIds(
  items: readonly { id: string }[],
  list: string,
  kind: string,
  report: (path: PathSegment[], message: string) => void,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) report([list, i, 'id'], `duplicate ${kind} id "${item.id}" (first at ${list}[${first}])`);
    else seen.set(item.id, i);
  });
  return new Set(seen.keys());
}

/**
 * unit.parent must form a forest: following parents from any unit never comes back to it.
 * Linear in the number of units however deep the tree: each unit is walked once, a walk
 * stops at a unit already settled, and a walk that meets itself has found a cycle. Each
 * cycle is reported once, at its member listed first, starting from that member.
 */
function checkForest(scenario: Scenario, report: (path: PathSegment[], message: string) => void): void {
  const parentOf = new Map<string, string>();
  for (const unit of scenario.units) if (unit.parent != null) parentOf.set(unit.id, unit.parent);
  const firstIndex = new Map<string, number>();
  scenario.units.forEach((unit, i) => {
    if (!firstIndex.has(unit.id)) firstIndex.set(unit.id, i);
  });
  const settled = new Set<string>();
  const cycles: { at: number; members: string[] }[] = [];
  for (const unit of scenario.units) {
    const walk = new Map<string, number>();
    const order: string[] = [];
    let current: string | undefined = unit.id;
    while (current !== undefined && !settled.has(current) && !walk.has(current)) {
      walk.set(current, order.length);
      order.push(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && walk.has(current)) {
      const members = order.slice(walk.get(current));
      const first = members.reduce((best, id) => ((firstIndex.get(id) ?? Infinity) < (firstIndex.get(best) ?? Infinity) ? id : best));
      const from = members.indexOf(first);
      cycles.push({ at: firstIndex.get(first)!, members: [...members.slice(from), ...members.slice(0, from)] });
    }
    for (const id of order) settled.add(id);
  }
  cycles.sort((a, b) => a.at - b.at);
  for (const { at, members } of cycles) {
    report(['units', at, 'parent'], `unit parents form a cycle: ${[...members, members[0]].join(' → ')}`);
  }
}

/**
 * Things the contract allows but a planner most likely did not mean: reported by
 * `validate` as warnings, never as errors (a file valid under the contract stays valid).
 */
export function plausibilityWarnings(scenario: Scenario): Problem[] {
  const warnings: Problem[] = [];
  const asOf = dateOf(scenario.asOf);
  scenario.cadres.forEach((cadre, i) => {
    if (compareDates(dateOf(cadre.since), asOf) > 0) {
      warnings.push({ path: ['cadres', i, 'since'], message: `is after asOf (${cadre.since} > ${scenario.asOf})` });
    }
    if (compareDates(dateOf(cadre.born), asOf) > 0) {
      warnings.push({ path: ['cadres', i, 'born'], message: `is after asOf (${cadre.born} > ${scenario.asOf})` });
    }
    cadre.relatives.forEach((relative, j) => {
      if (relative === cadre.id) warnings.push({ path: ['cadres', i, 'relatives', j], message: 'names the cadre itself' });
    });
    cadre.history.forEach((entry, j) => {
      if (entry.from != null && entry.to != null && compareDates(dateOf(entry.from), dateOf(entry.to)) > 0) {
        warnings.push({ path: ['cadres', i, 'history', j, 'to'], message: `is before from (${entry.to} < ${entry.from})` });
      }
    });
  });
  return warnings;
}

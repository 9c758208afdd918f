/**
 * The JSON Schema of the scenario format (`rotaplan schema`), for editors
 * (yaml-language-server, VS Code) and for any JSON Schema validator. Made from the same zod
 * schemas the validator uses (schema.ts), so that it accepts every file `rotaplan validate`
 * accepts in the shapes a schema can express: a file with `extends` is checked as an overlay
 * (every field optional, entries of units, positions and cadres need only their `id`), any
 * other as a whole scenario. What a schema cannot say (references, calendar dates, holders,
 * cycles, which fields a version allows) is left to `rotaplan validate`.
 *
 * The schema compiles under a strict validator (ajv with `strict: true`): the `if` names the
 * property it requires, and date fields carry a `pattern` instead of the `date` format, which
 * strict validators refuse unless a format plug-in is loaded. The top level lists the overlay's
 * properties (the loosest shapes) so that editors complete field names in both kinds of file
 * without rejecting an overlay's partial entries. Deterministic: same zod schemas, same text.
 */
import { z } from 'zod';
import { OverlayInput, ScenarioFields } from './schema.ts';

type JsonSchema = Record<string, unknown>;

/** A copy without `format` keywords (each date also has its pattern) and without `$schema`. */
function portable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(portable);
  if (node === null || typeof node !== 'object') return node;
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || (key === 'format' && typeof value === 'string')) continue;
    result[key] = portable(value);
  }
  return result;
}

function toJsonSchema(schema: z.ZodType): JsonSchema {
  return portable(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as JsonSchema;
}

export function scenarioJsonSchema(): JsonSchema {
  const full = toJsonSchema(ScenarioFields);
  const overlay = toJsonSchema(OverlayInput);
  const overlayProperties = overlay.properties as Record<string, unknown>;
  // An overlay may leave a list of entries empty (`cadres:` in YAML): the base's stays.
  for (const key of ['units', 'positions', 'cadres']) {
    overlayProperties[key] = { anyOf: [overlayProperties[key], { type: 'null' }] };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'rotaplan scenario (contract versions 1 and 2)',
    description:
      'A rotation round: units, posts, cadres, consents, pins, forbids and the policy in force. ' +
      'An overlay names its base with `extends` (a path relative to the overlay) and gives only what changes.',
    type: 'object',
    properties: overlayProperties,
    if: { properties: { extends: overlayProperties.extends }, required: ['extends'] },
    then: overlay,
    else: full,
  };
}

/** Writes a generated scenario as YAML or JSON (by the file's extension; YAML without one). */
import { extname } from 'node:path';
import { Document, isScalar, isSeq, visit } from 'yaml';

export type ScenarioFormat = 'yaml' | 'json';

export function formatFor(file: string | undefined): ScenarioFormat {
  return file !== undefined && extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

export function serializeScenario(scenario: unknown, format: ScenarioFormat): string {
  if (format === 'json') return `${JSON.stringify(scenario, null, 2)}\n`;
  // Lists of tags and ids, and small records (history entries, consents), on one line each:
  // a 2,000-cadre province stays readable and a third of the size.
  const doc = new Document(scenario, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_key, node, path) {
      const parent = path[path.length - 1];
      if (isSeq(parent) && node.items.length <= 5 && node.items.every((pair) => isScalar(pair.value))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

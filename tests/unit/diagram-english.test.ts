/**
 * Structures in English (issue #17): the same layout and marks from the Chinese structure with the
 * English entry's words, English labels wrapped at spaces, English names of kinds and relations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countsText, describeNode, relationPhrase } from '../../src/lib/diagram/describe';
import { DIAGRAM_WORDS_EN, localiseStructure } from '../../src/lib/diagram/english';
import { layoutStructure } from '../../src/lib/diagram/layout';
import { estimateTextWidth, wrapLabel } from '../../src/lib/diagram/text-measure';
import { CLIENT_WORDS } from '../../src/lib/diagram/words';
import { enStructureSchema } from '../../src/schemas/en';
import { contentStructures } from './diagram-fixtures';

const EN = new URL('../../content/en/structures/', import.meta.url).pathname;
const english = readdirSync(EN).map((f) => [f.replace(/\.yaml$/, ''), enStructureSchema.parse(parse(readFileSync(EN + f, 'utf8')))] as const);
const chinese = new Map(contentStructures());

describe('wrapLabel with English labels', () => {
  it.each([
    ['Jianye District Party Committee', 126, ['Jianye District', 'Party Committee']],
    ['Community Party committee (general branch, branch)', 126, ['Community', 'Party committee', '(general', 'branch, branch)']],
    ['"One-stop" residents\' service centre', 126, ['"One-stop"', "residents'", 'service centre']],
  ])('wrapLabel(%j, %i) is %j', (text, max, expected) => {
    expect(wrapLabel(text, max, 14)).toEqual(expected);
  });

  it('breaks only at spaces, trims them, and gives a word too long for the line a line of its own', () => {
    expect(wrapLabel('Sub-district big working committee', 56, 14)).toEqual(['Sub-district', 'big', 'working', 'committee']);
    for (const [, en] of english) {
      for (const { label } of Object.values(en.nodes)) {
        for (const max of [98, 126, 140]) {
          const lines = wrapLabel(label, max, 14);
          expect(lines.join(' ').replace(/\s+/g, ''), label).toBe(label.replace(/\s+/g, ''));
          for (const line of lines) {
            expect(line, label).toBe(line.trim());
            // Over the limit only where one word alone is longer.
            if (estimateTextWidth(line, 14) > max + 14) expect(line.split(' ').length, `${label}: ${line}`).toBe(1);
          }
        }
      }
    }
  });
});

describe('localiseStructure(zh, en)', () => {
  it('keeps the Chinese structure and puts in the English words, for every English structure', () => {
    expect(english.length).toBeGreaterThan(0);
    for (const [id, en] of english) {
      const zh = chinese.get(id)!;
      const s = localiseStructure(zh, en);
      expect(s.title).toBe(en.title);
      expect(s.nodes.map((n) => [n.id, n.kind, n.level, n.cite])).toEqual(zh.nodes.map((n) => [n.id, n.kind, n.level, n.cite]));
      expect(s.edges.map((e) => [e.from, e.to, e.relation, e.cite])).toEqual(zh.edges.map((e) => [e.from, e.to, e.relation, e.cite]));
      for (const n of s.nodes) expect(n.label).toBe(en.nodes[n.id]!.label);
      for (const e of s.edges) expect(Boolean(e.label)).toBe(Boolean(zh.edges.find((z) => z.from === e.from && z.to === e.to)?.label));
    }
  });

  it('fails on a unit the English entry lacks', () => {
    const [id, en] = english[0]!;
    const [first] = Object.keys(en.nodes);
    const { [first!]: _gone, ...rest } = en.nodes;
    expect(() => localiseStructure(chinese.get(id)!, { ...en, nodes: rest })).toThrow(`no English for unit ${first}`);
  });
});

describe('an English layout', () => {
  it('names relations in English on their plates and keeps every plate inside the drawing', () => {
    for (const [id, en] of english) {
      const layout = layoutStructure(localiseStructure(chinese.get(id)!, en), DIAGRAM_WORDS_EN);
      for (const e of layout.edges) {
        expect(e.name, id).toBe(DIAGRAM_WORDS_EN.plate(e.relation));
        expect(e.name, id).not.toMatch(/\p{Script=Han}/u);
        expect(e.labelBox.x, `${id} ${e.key}`).toBeGreaterThanOrEqual(0);
        expect(e.labelBox.x + e.labelBox.width, `${id} ${e.key}`).toBeLessThanOrEqual(layout.width);
      }
    }
    expect(DIAGRAM_WORDS_EN.plate('吸纳·兼职')).toBe('co-option');
    expect(DIAGRAM_WORDS_EN.relation('吸纳·兼职')).toBe('co-option (part-time members)');
  });

  it('leaves the Chinese layout as it was', () => {
    const [id, zh] = [...chinese][0]!;
    expect(layoutStructure(zh).edges.map((e) => e.name), id).toEqual(layoutStructure(zh).edges.map((e) => e.relation));
  });
});

describe('English descriptions', () => {
  it('count, phrase and describe in English', () => {
    const [id, en] = english.find(([i]) => i === 'shihe-da-dang-gong-wei')!;
    const s = localiseStructure(chinese.get(id)!, en);
    expect(countsText(s, DIAGRAM_WORDS_EN)).toBe('12 units, 5 levels, 12 relations (4 types)');
    expect(relationPhrase({ relation: 'leadership', direction: 'out', other: { label: 'Street office' } }, CLIENT_WORDS.en)).toBe('leadership (to Street office)');
    const spoken = describeNode(s, 'wangluo-dangzhibu', DIAGRAM_WORDS_EN);
    expect(spoken).toMatch(/^Network Party branch, Party organisation\. 2 relations: subordinate body \(from .+\); subordinate body \(to .+\)$/);
    expect(spoken).not.toMatch(/\p{Script=Han}/u);
  });
});

/**
 * The English edition (issue #17): every English entry names the Chinese entry it translates and
 * was translated from its current text (else it is stale and the build stops), a list file
 * translates every item of its Chinese file and nothing else, in the same order, and each English
 * entry has exactly the translated fields its Chinese entry calls for. English model bodies are
 * checked in ./body.ts (sections, <Term>, citations its Chinese page also makes).
 */
import { UNSTAMPED_HASH, EN_STATUS_MARKERS, edgeKey } from '../../../schemas/en';
import { COLLECTIONS, EN_COLLECTION_NAMES, TRANSLATIONS, type EnCollectionName } from '../collections';
import type { CheckContext, ValidRecord } from '../context';
import { suggestion } from '../issues';
import type { RawRecord } from '../read-content';
import { checkEnglishBody } from './body';

/** The Chinese file an English file translates: content/en/events/x.yaml → content/events/x.yaml. */
export const chineseFileOf = (englishFile: string) => englishFile.replace(/(^|\/)content\/en\//, '$1content/');

export function checkTranslations(ctx: CheckContext, records: readonly RawRecord[]): void {
  for (const en of EN_COLLECTION_NAMES) {
    if (COLLECTIONS[en].layout === 'list-per-file') checkListFiles(ctx, en, records);
    for (const r of ctx.kb[en]) checkEntry(ctx, r);
  }
  // An English model body is checked even without its Chinese page (then without its citations).
  for (const r of ctx.kb.enModels) checkEnglishBody(ctx, r, ctx.byId.models.get(r.id));
}

/** The Chinese entry an English entry translates, when it exists and passed its schema. */
function counterpartOf(ctx: CheckContext, r: ValidRecord<EnCollectionName>): ValidRecord | undefined {
  return ctx.byId[TRANSLATIONS[r.collection]].get(r.id) as ValidRecord | undefined;
}

function checkEntry(ctx: CheckContext, r: ValidRecord<EnCollectionName>): void {
  const zhName = TRANSLATIONS[r.collection];
  const zhFile = chineseFileOf(r.file);
  if (!r.inList) {
    // A file translates the Chinese file of the same name.
    if (!ctx.known[zhName].has(r.id)) {
      ctx.report(r, ['translationOf'], `没有中文条目 ${zhFile}：英文文件必须与它翻译的中文文件同名。${suggestion(r.id, [...ctx.known[zhName]], `content/${COLLECTIONS[zhName].dir}/`)}`);
      return;
    }
    if (r.data.translationOf !== r.id) {
      ctx.report(r, ['translationOf'], `translationOf 应为“${r.id}”：英文文件与它翻译的中文文件同名，translationOf 写中文条目的 id，即文件名。`);
      return;
    }
  }
  // A list item whose Chinese item is missing is reported with its file (checkListFiles).
  const zh = counterpartOf(ctx, r);
  if (!zh) return;
  if (r.data.sourceHash !== zh.hash) {
    const stamp = `npm run translation:stamp -- ${r.file}`;
    const what = r.inList ? `中文条目 ${r.id}(${zh.file})` : `中文条目 ${zh.file}`;
    ctx.report(
      r,
      ['sourceHash'],
      r.data.sourceHash === UNSTAMPED_HASH
        ? `英文译本尚未登记(sourceHash 仍是 ${UNSTAMPED_HASH})：核对译文与${what} 一致后，运行 ${stamp}。`
        : `英文译本已过期：${what} 在上次翻译之后改过(sourceHash 是 ${r.data.sourceHash}，中文现在是 ${zh.hash}；改动见 git log -p ${zh.file})。按中文的改动更新英文译文，再运行 ${stamp}。`,
    );
  }
  checkFields(ctx, r, zh);
}

/** A field the English entry must have exactly when its Chinese entry has the field it translates. */
function pairedField(ctx: CheckContext, r: ValidRecord, path: readonly (string | number)[], zhHas: boolean, enHas: boolean, what: string): void {
  const name = path.join('.');
  if (zhHas && !enHas) ctx.report(r, path.slice(0, -1), `缺少 ${name}：中文条目有${what}，写出它的英文。`);
  if (!zhHas && enHas) ctx.report(r, path, `中文条目没有${what}，删除 ${name}。`);
}

function checkFields(ctx: CheckContext, r: ValidRecord<EnCollectionName>, zh: ValidRecord): void {
  const en = r as ValidRecord;
  switch (en.collection) {
    case 'enModels': {
      const z = (zh as ValidRecord<'models'>).data;
      const d = (en as ValidRecord<'enModels'>).data;
      pairedField(ctx, en, ['place', 'city'], Boolean(z.place.city), Boolean(d.place.city), ' place.city');
      pairedField(ctx, en, ['place', 'district'], Boolean(z.place.district), Boolean(d.place.district), ' place.district');
      pairedField(ctx, en, ['periodNote'], Boolean(z.period.note), Boolean(d.periodNote), ' period.note');
      break;
    }
    case 'enStructures':
      checkStructure(ctx, en as ValidRecord<'enStructures'>, zh as ValidRecord<'structures'>);
      break;
    case 'enCompare':
      checkCompare(ctx, en as ValidRecord<'enCompare'>, zh as ValidRecord<'compare'>);
      break;
    case 'enSources': {
      const z = (zh as ValidRecord<'sources'>).data;
      const d = (en as ValidRecord<'enSources'>).data;
      pairedField(ctx, en, ['subtitle'], Boolean(z.subtitle), Boolean(d.subtitle), ' subtitle');
      pairedField(ctx, en, ['outlet'], Boolean(z.outlet), Boolean(d.outlet), ' outlet');
      if (d.authors.length !== z.authors.length) {
        ctx.report(en, ['authors'], `中文条目有 ${z.authors.length} 位作者(${z.authors.map((a) => a.name).join('、')})，这里写了 ${d.authors.length} 位：按顺序逐一写出英文。`);
      }
      if (d.gaps.length !== z.gaps.length) {
        ctx.report(en, ['gaps'], `中文条目的 gaps 有 ${z.gaps.length} 条，这里写了 ${d.gaps.length} 条：按顺序逐条翻译。`);
      }
      keyedCoverage(ctx, en, ['sections'], z.sections.map((s) => ({ id: s.id, name: s.heading })), Object.keys(d.sections), '章节');
      break;
    }
    case 'enEvents': {
      const z = (zh as ValidRecord<'events'>).data;
      if ((en as ValidRecord<'enEvents'>).data.dateReason && !z.date.reason) ctx.report(en, ['dateReason'], '中文条目的日期没有 reason，删除 dateReason。');
      break;
    }
    case 'enStages': {
      const z = (zh as ValidRecord<'stages'>).data;
      const d = (en as ValidRecord<'enStages'>).data;
      pairedField(ctx, en, ['note'], Boolean(z.note), Boolean(d.note), ' note');
      if (d.dateReason && !z.start.reason && !z.end?.reason) ctx.report(en, ['dateReason'], '中文条目的日期没有 reason，删除 dateReason。');
      break;
    }
    case 'enFigures': {
      const z = (zh as ValidRecord<'figures'>).data;
      pairedField(ctx, en, ['asOfNote'], Boolean(z.asOfNote), Boolean((en as ValidRecord<'enFigures'>).data.asOfNote), ' asOfNote');
      break;
    }
    default:
      break;
  }
}

/** A map keyed by the Chinese ids (with their Chinese names): every one of them, and no other. */
function keyedCoverage(ctx: CheckContext, r: ValidRecord, path: readonly string[], zh: readonly { id: string; name: string }[], enIds: readonly string[], what: string): void {
  const zhIds = zh.map((z) => z.id);
  const missing = zh.filter((z) => !enIds.includes(z.id));
  if (missing.length) ctx.report(r, path, `缺少${what}的英文：${missing.map((z) => `${z.id}(${z.name})`).join('、')}。中文的每个${what}都要翻译。`);
  for (const id of enIds.filter((k) => !zhIds.includes(k))) {
    ctx.report(r, [...path, id], `中文条目中没有${what}“${id}”。${suggestion(id, zhIds, chineseFileOf(r.file))}`);
  }
}

function checkStructure(ctx: CheckContext, r: ValidRecord<'enStructures'>, zh: ValidRecord<'structures'>): void {
  const nodes = zh.data.nodes;
  keyedCoverage(ctx, r, ['nodes'], nodes.map((n) => ({ id: n.id, name: n.label })), Object.keys(r.data.nodes), '节点');
  for (const n of nodes) {
    const e = r.data.nodes[n.id];
    if (!e) continue;
    pairedField(ctx, r, ['nodes', n.id, 'composition'], Boolean(n.composition), Boolean(e.composition), `节点 ${n.id} 的 composition`);
    pairedField(ctx, r, ['nodes', n.id, 'duties'], Boolean(n.duties), Boolean(e.duties), `节点 ${n.id} 的 duties`);
  }
  const labelled = zh.data.edges.filter((e) => e.label).map(edgeKey);
  const missing = labelled.filter((k) => !(k in r.data.edges));
  if (missing.length) ctx.report(r, ['edges'], `缺少连线文字的英文：${missing.map((k) => `"${k}"`).join('、')}。中文每条带 label 的连线都要翻译。`);
  for (const key of Object.keys(r.data.edges).filter((k) => !labelled.includes(k))) {
    const unlabelled = zh.data.edges.some((e) => edgeKey(e) === key);
    ctx.report(
      r,
      ['edges', key],
      unlabelled
        ? `中文的连线“${key}”没有 label，没有可翻译的文字：删除这一项(关系名由网站统一翻译)。`
        : `中文结构中没有连线“${key}”：键写成“from->to”，用中文的节点 id。${suggestion(key, labelled, zh.file)}`,
    );
  }
}

function checkCompare(ctx: CheckContext, r: ValidRecord<'enCompare'>, zh: ValidRecord<'compare'>): void {
  const zhDims = zh.data.cells.map((c) => c.dimension as string);
  const enDims = r.data.cells.map((c) => c.dimension as string);
  const missing = zhDims.filter((d) => !enDims.includes(d));
  if (missing.length) ctx.report(r, ['cells'], `缺少维度：${missing.join('、')}。中文比较表的每个维度都要翻译，顺序相同。`);
  const seen = new Set<string>();
  r.data.cells.forEach((c, i) => {
    if (seen.has(c.dimension)) ctx.report(r, ['cells', i, 'dimension'], `维度“${c.dimension}”重复。每个维度只写一格。`);
    else if (!zhDims.includes(c.dimension)) ctx.report(r, ['cells', i, 'dimension'], `中文比较表 ${zh.file} 没有维度“${c.dimension}”：删除这一格。`);
    seen.add(c.dimension);
    const status = zh.data.cells.find((z) => z.dimension === c.dimension)?.status;
    if (status === 'proposal' || status === 'not-covered') {
      const marker = EN_STATUS_MARKERS[status];
      if (!c.text.toLowerCase().includes(marker)) {
        ctx.report(r, ['cells', i, 'text'], `中文这一格的状态是 ${status}，英文文字中必须写明“${marker}”。`);
      }
    }
  });
  const inOrder = enDims.filter((d) => zhDims.includes(d));
  const expected = zhDims.filter((d) => enDims.includes(d));
  const wrong = inOrder.findIndex((d, i) => d !== expected[i]);
  if (wrong >= 0 && !missing.length && seen.size === enDims.length) {
    ctx.report(r, ['cells', enDims.indexOf(inOrder[wrong] as string)], `维度顺序与中文不同：这里应是“${expected[wrong]}”。按中文比较表的顺序排列。`);
  }
}

/** An English list file translates its Chinese file's items, all of them, in the same order. */
function checkListFiles(ctx: CheckContext, en: EnCollectionName, records: readonly RawRecord[]): void {
  const zhName = TRANSLATIONS[en];
  const byFile = new Map<string, RawRecord[]>();
  for (const r of records) if (r.collection === en) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  for (const [file, items] of byFile) {
    if (items.some((i) => i.unreadable)) continue;
    const zhFile = chineseFileOf(file);
    const zhItems = records.filter((x) => x.collection === zhName && x.file === zhFile);
    const first = items[0] as RawRecord;
    if (zhItems.length === 0) {
      ctx.reportLine(first, 1, '(文件名)', `没有对应的中文文件 ${zhFile}：英文列表文件与它翻译的中文文件同名。`);
      continue;
    }
    if (zhItems.some((x) => x.unreadable)) continue; // its ids are unknown; reported with the Chinese file
    const zhIds = zhItems.map((x) => x.id);
    const enIds = items.map((x) => x.id);
    for (const item of items) {
      if (zhIds.includes(item.id)) continue;
      const elsewhere = records.find((x) => x.collection === zhName && x.id === item.id);
      ctx.report(
        item,
        ['translationOf'],
        elsewhere
          ? `“${item.id}”在 ${elsewhere.file} 中，不在 ${zhFile}：把这一条移到 ${elsewhere.file.replace('content/', 'content/en/')}。`
          : `${zhFile} 中没有条目“${item.id}”。${suggestion(item.id, zhIds, zhFile)}`,
      );
    }
    const missing = zhIds.filter((id) => !enIds.includes(id));
    if (missing.length) {
      ctx.reportLine(first, 1, '(整个文件)', `缺少 ${missing.length} 条的译文：${missing.join('、')}。${zhFile} 的每一条都要有英文，顺序相同。`);
    }
    const inOrder = items.filter((x, i) => zhIds.includes(x.id) && enIds.indexOf(x.id) === i);
    const expected = zhIds.filter((id) => enIds.includes(id));
    const wrong = inOrder.findIndex((x, i) => x.id !== expected[i]);
    if (wrong >= 0) {
      ctx.report(inOrder[wrong] as RawRecord, ['translationOf'], `顺序与 ${zhFile} 不同：这里应是“${expected[wrong]}”。按中文文件的顺序排列。`);
    }
  }
}

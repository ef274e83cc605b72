/**
 * The knowledge base covers what the five sources describe: every model, case, mechanism,
 * glossary term and structure the content issue requires. Fails naming what is missing.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content';
import { validateKnowledgeBase } from '../../src/lib/content/validate';
import type { Mechanism } from '../../src/schemas/mechanisms';
import type { Term } from '../../src/schemas/terms';

const root = new URL('../../', import.meta.url).pathname;
const { records } = readContent(`${root}content`, root);
const { entries } = validateKnowledgeBase(records);
const ids = (c: keyof typeof entries) => new Set(entries[c].map((e) => e.id));

const REQUIRED = {
  models: ['shanghai', 'pudong', 'jianye', 'shihe', 'guangdong'],
  cases: [
    'yangjing', 'beicai', 'lujiazui', 'gaohang', 'zhoujiadu', 'gaoqiao', 'hongchu', 'huayanglu', 'jingansi',
    'jiaxing-dasha', 'linfen', 'jingan-bailing-yijia', 'changning-ningjuli', 'xuhui-cujinhui', 'yangpu-lianmeng',
    'zhabei-lianxi', 'yiyuan', 'xinglong', 'binhu', 'fengqiyuan', 'wuxing', 'hudong', 'wulicheng', 'yutang', 'bayi',
    'shengli-nanlu', 'hongtaiyang',
  ],
  structures: [
    'shanghai-yi-wei-san-xian', 'shanghai-san-ji-guanli', 'shanghai-si-ge-guanxi', 'shanghai-hongchu',
    'pudong-si-ji-lian-dong', 'pudong-beicai-wangge', 'pudong-lujiazui', 'pudong-i-dangjian', 'pudong-gaohang',
    'jianye-yi-wei-yi-ju-yi-zhan', 'shihe-da-dang-gong-wei', 'guangdong-si-ji',
  ],
} as const;

/** Mechanisms the issue names, by the name a reader knows them by (title or alias). */
const REQUIRED_MECHANISMS = [
  '一委三线', '1+3', '一组两委', '双报到', '兼职委员', '党建联席会议', '三会一站', '三报告一评议', '社区活动日',
  '党代表社区行', '民意调查', '温馨家园服务站', '一站式服务', '大党(工)委制', '党员双评', '党员志愿者服务', '网格党建',
  '楼宇党建', '支部建在楼上', '红色物业', '三方联动', '浦东i党建', '微心愿', '积分制', '清单制', '双向认领', '全岗通',
  '双培', '三上', '五民工作法', '共治公约', '七位一体', '头雁工程', '需求清单', '资源清单', '项目清单', '契约化共建',
  '凝聚工程', '一委一居一站', '四级联动',
];

/** Glossary terms the issue names (term or alias). */
const REQUIRED_TERMS = [
  '两新组织', '条块结合', '单位人', '社会人', '驻区单位', '在职党员', '流动党员', '区域化党建', '元治理', '网格化管理',
  '上面千条线', '两级政府', '社区共同体', '枫桥经验',
];

/** Normalises punctuation so 大党（工）委制 and 大党(工)委制 match. */
const norm = (s: string) => s.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[“”"'‘’]/g, '');

describe('coverage of the sources', () => {
  for (const [collection, required] of Object.entries(REQUIRED)) {
    it(`has every required ${collection} entry`, () => {
      const have = ids(collection as keyof typeof entries);
      expect(required.filter((id) => !have.has(id))).toEqual([]);
    });
  }

  it('has every required mechanism, findable by its name or an alias', () => {
    const names = entries.mechanisms.flatMap((m) => {
      const d = m.data as unknown as Mechanism;
      return [d.title, ...d.aliases].map(norm);
    });
    expect(REQUIRED_MECHANISMS.filter((n) => !names.some((x) => x.includes(norm(n))))).toEqual([]);
  });

  it('has every required glossary term, by its name or an alias', () => {
    const names = entries.terms.flatMap((t) => {
      const d = t.data as unknown as Term;
      return [d.term, ...d.aliases].map(norm);
    });
    expect(REQUIRED_TERMS.filter((n) => !names.some((x) => x.includes(norm(n))))).toEqual([]);
    expect(entries.terms.length).toBeGreaterThanOrEqual(40);
  });

  it('gives each implemented model stages, dated events, figures and a core structure', () => {
    for (const m of ['shanghai', 'pudong', 'jianye', 'shihe']) {
      expect(entries.stages.some((s) => s.data.model === m), `${m} stages`).toBe(true);
      expect(entries.events.some((e) => e.data.model === m), `${m} events`).toBe(true);
      expect(entries.figures.some((f) => f.data.model === m), `${m} figures`).toBe(true);
      expect(entries.structures.some((s) => s.data.model === m && s.data.core === true), `${m} core structure`).toBe(true);
    }
  });

  it('keeps Shihe\'s dates without a year: every Shihe event is year-unknown', () => {
    const shihe = entries.events.filter((e) => e.data.model === 'shihe');
    expect(shihe.length).toBeGreaterThanOrEqual(3);
    for (const e of shihe) expect((e.data.date as { precision: string }).precision, e.id).toBe('year-unknown');
  });

  it('labels Guangdong as a proposal', () => {
    expect(entries.models.find((m) => m.id === 'guangdong')?.data.status).toBe('proposal');
  });
});

/**
 * Golden queries: what a reader types, and the page that must come back first (or among the
 * first three, where two pages are equally right). Paths are site paths without the base.
 * An empty `expect` means the query must find nothing.
 */

export interface GoldenQuery {
  query: string;
  expect: string[];
  /** 1: the expected page is the first result; 3: one of the expected pages is in the first three. */
  within: 1 | 3;
  kind: 'term' | 'alias' | 'mechanism' | 'place' | 'number' | 'source' | 'english' | 'pinyin' | 'event' | 'phrase' | 'none';
}

const q = (kind: GoldenQuery['kind'], query: string, expect: string | string[], within: 1 | 3 = 1): GoldenQuery => ({
  query,
  expect: typeof expect === 'string' ? [expect] : expect,
  within,
  kind,
});

export const GOLDEN_QUERIES: readonly GoldenQuery[] = [
  // Mechanisms by their own names: their page outranks the long model pages that use them.
  q('mechanism', '大党工委', 'mechanisms/da-dang-gong-wei/'),
  q('mechanism', '一委三线', 'mechanisms/yi-wei-san-xian/'),
  q('mechanism', '双报到', 'mechanisms/shuang-bao-dao/'),
  q('mechanism', '三会一站', 'mechanisms/san-hui-yi-zhan/'),
  q('mechanism', '一委一居一站', 'mechanisms/yi-wei-yi-ju-yi-zhan/'),
  q('mechanism', '四级联动', 'mechanisms/si-ji-lian-dong/'),
  q('mechanism', '网格党建', 'mechanisms/wangge-dangjian/'),
  q('mechanism', '红色物业', 'mechanisms/hongse-wuye/'),
  q('mechanism', '楼宇党建', 'mechanisms/louyu-dangjian/'),
  q('mechanism', '微心愿', 'mechanisms/wei-xinyuan/'),
  q('mechanism', '一组两委', 'mechanisms/yi-zu-liang-wei/'),
  q('mechanism', '温馨家园服务站', 'mechanisms/wenxin-jiayuan/'),
  q('mechanism', '党建联席会议', 'mechanisms/dangjian-lianxi-huiyi/'),
  q('mechanism', '公推直选', 'mechanisms/gongtui-zhixuan/'),
  // Aliases and other spellings find their entry first.
  q('alias', '大党工委制', 'mechanisms/da-dang-gong-wei/'),
  q('alias', '大党(工)委制', 'mechanisms/da-dang-gong-wei/'),
  q('alias', '大党（工）委制', 'mechanisms/da-dang-gong-wei/'),
  q('alias', '大工委', 'mechanisms/da-dang-gong-wei/'),
  q('alias', '大党委', 'mechanisms/da-dang-gong-wei/'),
  q('alias', '1+3', 'mechanisms/yi-wei-san-xian/'),
  q('alias', '1＋3', 'mechanisms/yi-wei-san-xian/'),
  q('alias', '在职党员双报到', 'mechanisms/shuang-bao-dao/'),
  q('alias', '支部建在楼上', 'mechanisms/louyu-dangjian/'),
  q('alias', '班长工程', 'mechanisms/san-zhi-duiwu/'),
  q('alias', '三张清单', 'mechanisms/san-qingdan/'),
  q('alias', '双向认领', 'mechanisms/qingdan-zhi/'),
  q('alias', '5+X', 'mechanisms/wu-jia-x/'),
  q('alias', '头雁工程', 'mechanisms/touyan-gongcheng/'),
  q('alias', '居委会', 'terms/jumin-weiyuanhui/'),
  q('alias', '业委会', 'terms/yezhu-weiyuanhui/'),
  q('alias', '辖区单位', 'terms/zhuqu-danwei/'),
  q('alias', '互联网+党建', 'terms/zhihui-dangjian/'),
  q('alias', '千条线一根针', 'terms/qian-tiao-xian/'),
  // The mechanism and the structure drawing the “1+2+3” 格局 are equally about it.
  q('alias', '1+2+3', ['mechanisms/i-dangjian/', 'structures/pudong-i-dangjian/'], 3),
  q('alias', '条块结合', 'terms/tiao-kuai-jiehe/'),
  // Glossary terms by their own names.
  q('term', '区域化党建', 'terms/quyuhua-dangjian/'),
  q('term', '驻区单位', 'terms/zhuqu-danwei/'),
  q('term', '网格化管理', 'terms/wanggehua-guanli/'),
  q('term', '两新组织', 'terms/liang-xin-zuzhi/'),
  q('term', '元治理', 'terms/yuan-zhili/'),
  q('term', '枫桥经验', 'terms/fengqiao-jingyan/'),
  q('term', '小社区大党建', 'terms/xiao-shequ-da-dangjian/'),
  q('term', '在职党员', 'terms/zaizhi-dangyuan/'),
  q('term', '街道党工委', 'terms/jiedao-danggongwei/'),
  q('term', '党群服务中心', 'terms/dangqun-fuwu-zhongxin/'),
  q('term', '两级政府三级管理', 'terms/liang-ji-zhengfu/'),
  // Places: the case or model about the place, not pages that name it in passing.
  q('place', '洋泾', 'cases/yangjing/'),
  q('place', '北蔡', 'cases/beicai/'),
  q('place', '五里城', 'cases/wulicheng/'),
  q('place', '陆家嘴', 'cases/lujiazui/'),
  q('place', '虹储', 'cases/hongchu/'),
  q('place', '白领驿家', 'cases/jingan-bailing-yijia/'),
  q('place', '艺苑社区', 'cases/yiyuan/'),
  q('place', '周家渡', 'cases/zhoujiadu/'),
  q('place', '高行镇', 'cases/gaohang/'),
  q('place', '华阳路', 'cases/huayanglu/'),
  q('place', '毓堂', 'cases/yutang/'),
  q('place', '浦东', 'models/pudong/'),
  q('place', '浉河', 'models/shihe/'),
  q('place', '信阳', 'models/shihe/'),
  q('place', '建邺', 'models/jianye/'),
  // Numbers as the sources write them.
  q('number', '13607', ['models/jianye/', 'sources/s002-guangming/'], 3),
  q('number', '1+34', 'cases/lujiazui/'),
  q('number', '178名区党代表', ['mechanisms/dangdaibiao-shequxing/', 'models/jianye/'], 3),
  // Authors and outlets find the source.
  q('source', '邵春杰', 'sources/s000-shao/'),
  q('source', '刘拥华', 'sources/s001-liu/'),
  q('source', '彭勃', 'sources/s001-liu/'),
  q('source', '左晓斯', 'sources/s003-zuo/'),
  q('source', '南方日报', 'sources/s003-zuo/'),
  q('source', '光明日报', 'sources/s002-guangming/'),
  q('source', '陈新光', 'sources/s004-chen-zhang/'),
  q('source', '上海党史与党建', 'sources/s004-chen-zhang/'),
  q('source', '章再彬', 'sources/s004-chen-zhang/'),
  q('source', '中组部组织二局', 'sources/s002-guangming/'),
  // English glosses of glossary terms.
  q('english', 'meta-governance', 'terms/yuan-zhili/'),
  q('english', 'grid-based management', 'terms/wanggehua-guanli/'),
  q('english', 'homeowners committee', 'terms/yezhu-weiyuanhui/'),
  q('english', "residents' committee", 'terms/jumin-weiyuanhui/'),
  q('english', 'Fengqiao', 'terms/fengqiao-jingyan/'),
  q('english', 'New Public Management', 'terms/xin-gonggong-guanli/'),
  q('english', 'vertical management', 'terms/chuizhi-guanli/'),
  q('english', 'smart Party building', 'terms/zhihui-dangjian/'),
  q('english', 'sub-district office', 'terms/jiedao-banshichu/'),
  q('english', 'social stratification', 'terms/shehui-fenceng/'),
  q('english', 'Party congress delegate', 'terms/dang-daibiao/'),
  q('english', 'property management company', 'terms/wuye-fuwu-qiye/'),
  q('english', 'mobile Party members', 'terms/liudong-dangyuan/'),
  // Pinyin, with or without tone marks and spaces, finds the entry of that name.
  q('pinyin', 'dagongwei', 'mechanisms/da-dang-gong-wei/'),
  q('pinyin', 'da gong wei', 'mechanisms/da-dang-gong-wei/'),
  q('pinyin', 'dàgōngwěi', 'mechanisms/da-dang-gong-wei/'),
  q('pinyin', 'shuangbaodao', 'mechanisms/shuang-bao-dao/'),
  q('pinyin', 'shuāng bào dào', 'mechanisms/shuang-bao-dao/'),
  q('pinyin', 'yi wei san xian', 'mechanisms/yi-wei-san-xian/'),
  q('pinyin', 'sanhuiyizhan', 'mechanisms/san-hui-yi-zhan/'),
  q('pinyin', 'hongse wuye', 'mechanisms/hongse-wuye/'),
  q('pinyin', 'jiedao danggongwei', 'terms/jiedao-danggongwei/'),
  q('pinyin', 'jūmín wěiyuánhuì', 'terms/jumin-weiyuanhui/'),
  q('pinyin', 'wanggehua guanli', 'terms/wanggehua-guanli/'),
  q('pinyin', 'zhuqu danwei', 'terms/zhuqu-danwei/'),
  q('pinyin', 'Fēngqiáo jīngyàn', 'terms/fengqiao-jingyan/'),
  q('pinyin', 'yuanzhili', 'terms/yuan-zhili/'),
  q('pinyin', 'pudong', 'models/pudong/'),
  // Timeline events are found at their place on the model page.
  q('event', '全区城市社区全面推开', ['models/shihe/#event-shihe-full-rollout'], 3),
  // A quoted phrase is matched as a phrase.
  q('phrase', '"社区党组织"', ['terms/shequ-dangwei/'], 3),
  // Queries with no answer find nothing.
  q('none', '量子计算', []),
  q('none', '足球比赛', []),
  q('none', 'blockchain', []),
];

/**
 * English golden queries (issue #17), run on the English index, which pagefind.js loads on an
 * English page: each must put its English page first, or among the first three.
 */
export const GOLDEN_QUERIES_EN: readonly GoldenQuery[] = [
  q('english', 'big party working committee', 'en/models/shihe/'),
  q('english', "Jianye one committee one residents' committee one station", 'en/models/jianye/'),
  // A model and its core structure are both right for the model's name.
  q('english', 'four-level coordination', ['en/models/pudong/', 'en/structures/pudong-si-ji-lian-dong/']),
  q('english', 'small community big Party building', ['en/models/guangdong/', 'en/structures/guangdong-si-ji/']),
  q('english', 'Shihe five entities four levels', 'en/structures/shihe-da-dang-gong-wei/', 3),
  q('english', 'three meetings and one station', ['en/models/jianye/', 'en/structures/jianye-yi-wei-yi-ju-yi-zhan/'], 3),
  q('english', 'Shanghai one committee three lines', 'en/models/shanghai/', 3),
  q('none', 'blockchain', []),
];

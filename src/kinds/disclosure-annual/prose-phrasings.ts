/**
 * How the prose of a 政府信息公开工作年度报告 restates the cells of its tables 三 and 四, as
 * published reports write it: each quantity (one cell, or a sum of cells) with the phrasings
 * that name it, the figure captured as group 1. Gathered from published reports (issue 8;
 * the source of each phrasing is noted beside it). The tables are in layout.ts; only the
 * cell ids are read from there, as text.
 *
 * Order matters: a quantity listed earlier is more specific, and a figure it claims is never
 * read again by a later one, so `予以公开及部分公开10538件` is the sum of both results and
 * never 部分公开 alone.
 */

/** A quantity the prose restates: one cell, or the sum of several. */
export interface Restated {
  /** What the phrase means, in the template's words (the message names it for a sum). */
  label: string;
  /** The cells added up: metric ids, as layout.ts names them. */
  cells: readonly string[];
  /** The cells when the report's table has another form (（六）其他处理 printed as one row, as many reports do). */
  or?: readonly string[];
  /** Regexes over the prose, each with the figure as group 1. */
  phrasings: readonly RegExp[];
}

/** A figure as written: digits, with thousands separators where a report uses them, never the tail of a longer number. */
const N = String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.%％])`;
/**
 * Up to n characters within one clause: no figure, no reference, no clause break, and none
 * of the words that make it another count (review and litigation cases, deputies'
 * proposals, messages, hotline calls, enquiries, petitions).
 */
const gap = (n: number) => String.raw`(?:(?!复议|诉讼|建议|提案|留言|热线|咨询|信访)[^。；;，,、\d{}（）()]){0,${n}}?`;
/** A year as prose writes it before or after 结转 (`2023年`, `2023年度`). */
const YEAR = String.raw`\d{4}年度?`;
/** What the reports call an application, as the last word before the figure: 申请, 依申请公开, 申请公开件… */
const APPLICATION = String.raw`(?:申请|请求|依申请公开件?|申请公开件?)`;
/** Verbs of receiving an application. */
const RECEIVED = String.raw`(?:新收|收到|接收|受理)`;
/** Carried into the next year (`结转下年度`, `结转2023年度`, `顺延至下一年度`). */
const CARRIED_OUT = String.raw`(?:结转|转结|顺延)(?:至|到)?(?:下一?年度?|\d{4}年度?)`;

const re = (source: string) => new RegExp(source, 'gu');

const TOTAL = '总计';
const result = (group: string) => `依申请.办理结果.${group}.${TOTAL}`;
const items = (group: string, keys: readonly string[]) => keys.map((k) => `依申请.办理结果.${group}.${k}.${TOTAL}`);

/** The items of （三）–（六） in the 2021 template (layout.ts RESULTS); a report whose （六） is one row has the row itself. */
const WITHHELD = ['属于国家秘密', '其他法律行政法规禁止公开', '危及三安全一稳定', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'];
const UNAVAILABLE = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'];
const NOT_PROCESSED = ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'];
const OTHER = ['申请人逾期不补正', '申请人逾期未缴费', '其他'];

export const RESTATED: readonly Restated[] = [
  // ── sums first: their wording contains the words of a single result ──────────────────────
  {
    label: '予以公开及部分公开',
    cells: [result('予以公开'), result('部分公开')],
    phrasings: [
      // 上海市2023年报告（shanghai.gov.cn）：予以公开及部分公开10538件；南京市高淳区2022年报告（nanjing.gov.cn）：予以公开或部分公开59件
      re(String.raw`予以公开(?:及|和|或|与|、)部分公开(?:的)?${gap(4)}${N}件`),
    ],
  },
  {
    label: '办理（本年新收及上年结转）',
    cells: [`依申请.本年新收.${TOTAL}`, `依申请.上年结转.${TOTAL}`],
    phrasings: [
      // 盐城市大丰区2024年报告（dafeng.gov.cn）：全年共办理政府信息公开申请69件，含2023年转至今年办理的3件
      re(String.raw`(?:共|全年)办理${gap(10)}申请${N}件(?=[，,]?(?:含|包括))`),
    ],
  },

  // ── table 三: the results, before the verbs of answering (`予以公开答复966件`) ───────────
  {
    label: '（一）予以公开',
    cells: [result('予以公开')],
    // 汉阳区2022年报告：予以公开2件；濂溪区2024年报告：予以公开71件；某区2022年报告：予以公开答复966件
    phrasings: [re(String.raw`(?<!不)予以公开(?:答复|的)?${N}件`)],
  },
  {
    label: '（二）部分公开',
    cells: [result('部分公开')],
    // 汉阳区2022年报告：部分公开2件；濂溪区2024年报告：部分公开5件；某区2022年报告：部分公开67，（without 件）
    phrasings: [re(String.raw`部分公开(?:答复|的)?${N}(?:件|(?=[，,、；;。]))`)],
  },
  {
    label: '（三）不予公开',
    cells: items('不予公开', WITHHELD),
    // 高淳区2022年报告：不予公开32件；某区2022年报告：不予公开81件
    phrasings: [re(String.raw`不予公开(?:答复|的)?${N}件`)],
  },
  {
    label: '（四）无法提供',
    cells: items('无法提供', UNAVAILABLE),
    // 高淳区2022年报告：无法提供26件；某区2022年报告：无法提供的182件
    phrasings: [re(String.raw`无法提供(?:的)?${N}件`)],
  },
  {
    label: '（五）不予处理',
    cells: items('不予处理', NOT_PROCESSED),
    // 高淳区2022年报告：不予处理1件；某区2022年报告：不予处理的61件
    phrasings: [re(String.raw`不予处理(?:的)?${N}件`)],
  },
  {
    label: '（六）其他处理',
    cells: items('其他处理', OTHER),
    or: [result('其他处理')],
    // 高淳区2022年报告：其他处理12件；某区2022年报告：其他处理96件
    phrasings: [re(String.raw`其他处理(?:的)?${N}件`)],
  },
  {
    label: '自然人申请',
    cells: [`依申请.本年新收.自然人`],
    // 本工具示例：其中自然人申请46件
    phrasings: [re(String.raw`自然人(?:提出的?)?申请${N}件`)],
  },
  {
    label: '法人或其他组织申请',
    cells: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => `依申请.本年新收.${c}`),
    // 《年度报告格式》表三的列名“法人或其他组织”写进正文：法人或其他组织申请10件
    phrasings: [re(String.raw`法人(?:或|和|及)其他组织(?:提出的?)?申请${N}件`)],
  },

  // ── table 三: received, carried in, answered, carried out ───────────────────────────────
  {
    label: '一、本年新收政府信息公开申请数量',
    cells: [`依申请.本年新收.${TOTAL}`],
    phrasings: [
      // 本工具示例与原有写法：新收政府信息公开申请57件；上海市2023年报告：共收到政府信息公开申请34290件；
      // 南京市高淳区2022年报告：共收到政府信息公开申请130件；上饶市2022年报告（yxjlzs.com 转载）：共收到政府信息申请公开件658件；
      // 某区2022年报告（无地址摘录）：共收到政府信息依申请公开1499件；长春市体育局2023年报告（js.changchun.gov.cn）：
      // 共受理政府信息公开申请2件；濂溪区2024年报告（lianxi.gov.cn）：受理依申请公开件255件
      re(String.raw`${RECEIVED}${gap(12)}${APPLICATION}${gap(2)}${N}(?:件|份|个)`),
      // 武汉市汉阳区政府办2022年报告（hanyang.gov.cn）：共收到8份政府信息公开申请；兴仁市2022年报告（qxn.gov.cn）：共收到10件依申请公开请求
      re(String.raw`${RECEIVED}了?${N}(?:件|份|个)${gap(10)}(?:申请|请求)`),
    ],
  },
  {
    label: '二、上年结转政府信息公开申请数量',
    cells: [`依申请.上年结转.${TOTAL}`],
    phrasings: [
      // 原有写法：上年结转4件；兴仁市2022年报告：2021年结转政府信息公开申请2件；
      // 某区2022年报告：包括上年结转信息公开申请30件；issue 8：上年度结转
      re(String.raw`(?:上一?年度?|${YEAR})(?:结转|转结)(?!下)${gap(12)}${N}件`),
      // 盐城市大丰区2024年报告：含2023年转至今年办理的3件
      re(String.raw`(?:上一?年度?|${YEAR})转(?:至|到|入)(?:今年|本年度?)${gap(6)}${N}件`),
    ],
  },
  {
    label: '（七）总计',
    cells: [`依申请.办理结果.${TOTAL}.${TOTAL}`],
    phrasings: [
      // 原有写法：本年度办结55件；兴仁市2022年报告：共办结10件；大丰区2024年报告：办结68件；濂溪区2024年报告：办结255件
      re(String.raw`办结${gap(12)}${N}件`),
      // 上海市2023年报告：答复政府信息公开申请34430件（含上年度转结）；某区2022年报告：共完成政府信息依申请公开答复1453件
      re(String.raw`(?<!公开|提供|处理)(?:答复|办复)${gap(10)}(?:申请|请求)${N}件`),
      re(String.raw`申请${gap(6)}(?:答复|办复)${N}件`),
    ],
  },
  {
    label: '四、结转下年度继续办理',
    cells: [`依申请.结转下年度.${TOTAL}`],
    phrasings: [
      // 本工具示例：结转下年度继续办理5件；兴仁市2022年报告：结转2023年度继续办理2件
      re(String.raw`${CARRIED_OUT}${gap(8)}${N}件`),
      // 大丰区2024年报告：剩余1件结转下一年度处理；issue 8：顺延到下年度
      re(String.raw`${N}件${gap(4)}${CARRIED_OUT}`),
    ],
  },

  // ── table 四 ─────────────────────────────────────────────────────────────────────────
  {
    label: '行政复议',
    cells: [`复议诉讼.行政复议.${TOTAL}`],
    phrasings: [
      // 本工具示例：被申请行政复议2件；上饶市2022年报告：行政复议22件；瓯海区审计局2024年报告（ouhai.gov.cn）：引发行政复议1件；
      // 兴仁市2022年报告：政府信息公开行政复议案件1起
      re(String.raw`行政复议(?:案件)?${N}(?:件|起)`),
    ],
  },
  {
    label: '行政诉讼（未经复议直接起诉及复议后起诉）',
    cells: [`复议诉讼.未经复议直接起诉.${TOTAL}`, `复议诉讼.复议后起诉.${TOTAL}`],
    phrasings: [
      // 本工具示例：被提起行政诉讼2件；上饶市2022年报告：行政诉讼案件1件；瓯海区审计局2024年报告：引发行政诉讼2件
      re(String.raw`行政诉讼(?:案件)?${N}(?:件|起)`),
    ],
  },
];

/** A figure as written (`34,290`) as a number. */
export function figureOf(text: string): number {
  return Number(text.replaceAll(',', ''));
}

import { didYouMean } from '../diagnostics/did-you-mean.js';
import { METRIC_ATTRIBUTES } from './metric-schema.js';

/**
 * The Chinese a clerk types for each attribute of a metric: the words of a statistics
 * table's header (数值, 单位, 备注, 来源) and of the README's own explanations.
 */
const CHINESE_NAMES: Record<string, (typeof METRIC_ATTRIBUTES)[number]> = {
  值: 'value',
  数值: 'value',
  数: 'value',
  数据: 'value',
  数字: 'value',
  公式: 'formula',
  计算公式: 'formula',
  算式: 'formula',
  格式: 'format',
  显示格式: 'format',
  单位: 'unit',
  计量单位: 'unit',
  名称: 'label',
  标签: 'label',
  说明: 'note',
  备注: 'note',
  注: 'note',
  注释: 'note',
  附注: 'note',
  来源: 'source',
  数据来源: 'source',
  出处: 'source',
};

/**
 * The attribute a key of a metric mapping stands for: itself when it is one, the
 * attribute a Chinese name means (单位 → unit), or the one a typo is closest to
 * (`formular` → formula, `Unit` → unit). Undefined for anything else.
 */
export function meantAttribute(key: string): (typeof METRIC_ATTRIBUTES)[number] | undefined {
  const known = METRIC_ATTRIBUTES.find((a) => a === key);
  if (known) return known;
  const chinese = CHINESE_NAMES[key.trim()];
  if (chinese) return chinese;
  if (!/^[A-Za-z_-]+$/.test(key)) return undefined;
  return didYouMean(key.toLowerCase(), METRIC_ATTRIBUTES) as (typeof METRIC_ATTRIBUTES)[number] | undefined;
}

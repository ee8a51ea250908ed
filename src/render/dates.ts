/**
 * `2021-01-25` → `2021年1月25日`: Arabic numerals, full year, no zero padding, as
 * GB/T 9704-2012 §7.3.5.4 requires for the 成文日期.
 */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

// Figures as the player reads them, in both languages: exact money ("$1,234,567" / "123.4567 万美元"),
// short money in headers and charts ("$3.2M" / "320 万美元"), percentages and points from basis
// points, signed counts and calendar quarters.
import { describe, expect, it } from 'vitest';
import { calendar, int, money, moneyShort, pct, points, signed, unit } from './format';

describe('money, exact', () => {
  it('en: dollars with thousands separators, the sign before the dollar', () => {
    expect(money(1_234_567)).toBe('$1,234,567');
    expect(money(1_234_567, 'en')).toBe('$1,234,567');
    expect(money(-40_000, 'en')).toBe('-$40,000');
    expect(money(0, 'en')).toBe('$0');
    expect(money(999, 'en')).toBe('$999');
  });

  it('zh: 万美元 from ten thousand up, every digit kept; plain 美元 below', () => {
    expect(money(1_234_567, 'zh')).toBe('123.4567 万美元');
    expect(money(18_000, 'zh')).toBe('1.8 万美元');
    expect(money(10_000, 'zh')).toBe('1 万美元');
    expect(money(5_000, 'zh')).toBe('5,000 美元');
    expect(money(-2_500_000, 'zh')).toBe('-250 万美元');
    expect(money(123_456_789_012, 'zh')).toBe('12,345,678.9012 万美元');
    expect(money(0, 'zh')).toBe('0 美元');
  });

  it('the same amount reads the same in both languages (万 is ten thousand)', () => {
    for (const n of [10_001, 37_250, 1_000_000, 987_654_321]) {
      const zh = money(n, 'zh').replace(' 万美元', '').replace(/,/g, '');
      expect(Math.round(Number(zh) * 10_000)).toBe(n);
      expect(money(n, 'en')).toBe('$' + n.toLocaleString('en-US'));
    }
  });
});

describe('money, short (headers and charts)', () => {
  it('en: K from ten thousand, M from a million, B from a billion, two decimals at most', () => {
    expect(moneyShort('en', 3_200_000)).toBe('$3.2M');
    expect(moneyShort('en', 1_000_000)).toBe('$1M');
    expect(moneyShort('en', 1_234_567)).toBe('$1.23M');
    expect(moneyShort('en', 450_000)).toBe('$450K');
    expect(moneyShort('en', 12_345)).toBe('$12K');
    expect(moneyShort('en', 9_999)).toBe('$9,999');
    expect(moneyShort('en', 2_500_000_000)).toBe('$2.5B');
    expect(moneyShort('en', -750_000)).toBe('-$750K');
    expect(moneyShort('en', 0)).toBe('$0');
  });

  it('en: a figure that rounds up to the next unit is shown in that unit ("$1M", never "$1,000K")', () => {
    expect(moneyShort('en', 999_999)).toBe('$1M');
    expect(moneyShort('en', 999_500)).toBe('$1M');
    expect(moneyShort('en', 999_499)).toBe('$999K');
    expect(moneyShort('en', 999_999_999)).toBe('$1B');
    expect(moneyShort('en', -999_999)).toBe('-$1M');
  });

  it('zh: 万美元 (whole from a million), 亿美元 from a hundred million', () => {
    expect(moneyShort('zh', 3_200_000)).toBe('320 万美元');
    expect(moneyShort('zh', 18_000)).toBe('1.8 万美元');
    expect(moneyShort('zh', 250_000_000)).toBe('2.5 亿美元');
    expect(moneyShort('zh', 5_000)).toBe('5,000 美元');
    expect(moneyShort('zh', -40_000)).toBe('-4 万美元');
    expect(moneyShort('zh', 99_999_999)).toBe('1 亿美元');
    expect(moneyShort('zh', 12_000_000_000)).toBe('120 亿美元');
  });
});

describe('percentages, points and counts', () => {
  it('basis points as a percentage, one decimal by default', () => {
    expect(pct(3100)).toBe('31.0%');
    expect(pct(10000)).toBe('100.0%');
    expect(pct(5)).toBe('0.1%');
    expect(pct(6667, 0)).toBe('67%');
    expect(pct(1234, 2)).toBe('12.34%');
  });

  it('points carry a sign a reader can see: plus, a true minus, ± for no change', () => {
    expect(points(450)).toBe('+4.5');
    expect(points(-300)).toBe('−3.0');
    expect(points(0)).toBe('±0.0');
    expect(signed(5)).toBe('+5');
    expect(signed(-12_000)).toBe('−12,000');
    expect(signed(0)).toBe('0');
    expect(int(-1_234_567)).toBe('-1,234,567');
    expect(unit(2300)).toBe('0.2300');
  });
});

describe('calendar quarters', () => {
  it('the first quarter is Q1 of the start year; the fifth is Q1 of the next', () => {
    expect(calendar('en', 2025, 0)).toBe('Q1 2025');
    expect(calendar('en', 2025, 2)).toBe('Q3 2025');
    expect(calendar('en', 2025, 4)).toBe('Q1 2026');
    expect(calendar('zh', 2025, 2)).toBe('2025 年第 3 季度');
    expect(calendar('zh', 2025, 7)).toBe('2026 年第 4 季度');
  });
});

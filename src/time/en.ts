import type { Rule } from './rule.ts';

export const RULES_EN: Rule[] = [];
export const MOD_PREFIX_EN = /(?:the\s+)?(early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+$/iu;
export const MOD_WORD_EN: Record<string, string> = { early: 'START', mid: 'MID', late: 'END', 'the end of': 'END', 'the beginning of': 'START', 'the middle of': 'MID' };
export const PART_PREFIX_EN = /(morning|afternoon|evening|night)\s+of\s+$/iu;

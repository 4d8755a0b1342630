// Rows of 10kGNAD test.csv that are reserved as blind sets (docs: the session rules). Scripts that read the
// unannotated rows ≥ 500 skip them. usage as a script: node --import tsx scripts/unseen-rows.ts <out.txt> — writes the
// text of every other row ≥ 500, one "row<TAB>label<TAB>text" a line, for word counts.
import { writeFileSync } from 'node:fs';
import { readGnad, type GnadArticle } from '../src/eval/gnad.ts';
import { sharedDataPath } from '../src/util/paths.ts';
export const BLIND_ROWS = new Set([513, 785, 600, 935, 627, 752, 947, 557, 572, 618, 673, 592, 576, 577, 593, 678, 682, 683, 759, 795, 809, 895, 962, 980, 991, 1002,
  635, 695, 742, 571, 506, 844, 753, 834, 983, 930, 727, 698, 611, 872, 722, 514, 961, 899, 546, 680, 590, 545, 553, 995, 508, 647,
  868, 972, 856, 769, 580, 585, 726, 509, 819, 564, 954, 1008, 782, 1016, 740, 596, 936, 591, 810, 749, 921, 927, 875, 633, 943, 665,
  654, 527, 867, 970, 914, 623, 579, 648, 674, 894, 551, 630, 804, 960, 569, 649, 612, 818, 524, 543, 756, 843, 602, 500, 822, 913,
  519, 540, 554, 588, 650, 657, 688, 714, 839, 953, 1011, 865, 505, 526, 528, 556, 603, 669, 775, 811, 847, 857, 879, 883, 925, 1006]);
export function unseenRows(from = 500, to = 1100): GnadArticle[] {
  return readGnad(sharedDataPath('10kgnad', 'test.csv'), to).filter((a) => a.row >= from && !BLIND_ROWS.has(a.row));
}
if (process.argv[1]?.endsWith('unseen-rows.ts') && process.argv[2]) {
  const arts = unseenRows();
  writeFileSync(process.argv[2], arts.map((a) => `${a.row}\t${a.label}\t${a.text.replace(/\s+/g, ' ')}`).join('\n') + '\n');
  console.log(arts.length, 'rows');
}

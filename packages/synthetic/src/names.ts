import type { Random } from './random.js';

/**
 * Surnames common in rural Shaanxi, most frequent first, with rough
 * weights. Every character is in GBK, so the members file can be written
 * in the encoding counties use.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 90],
  ['李', 85],
  ['张', 80],
  ['刘', 60],
  ['杨', 50],
  ['赵', 35],
  ['陈', 30],
  ['马', 28],
  ['高', 25],
  ['郭', 22],
  ['吴', 18],
  ['孙', 16],
  ['周', 15],
  ['胡', 14],
  ['朱', 13],
  ['何', 12],
  ['田', 12],
  ['冯', 11],
  ['白', 10],
  ['贾', 10],
  ['雷', 9],
  ['薛', 9],
  ['任', 8],
  ['梁', 8],
  ['宋', 8],
  ['董', 7],
  ['段', 7],
  ['屈', 6],
  ['党', 6],
  ['惠', 5],
  ['曹', 5],
  ['韩', 5],
  ['贺', 5],
  ['郝', 4],
  ['呼', 3],
  ['拓', 3],
];

const MALE = [
  '建',
  '国',
  '军',
  '平',
  '明',
  '强',
  '伟',
  '刚',
  '勇',
  '志',
  '文',
  '武',
  '虎',
  '龙',
  '林',
  '峰',
  '涛',
  '斌',
  '海',
  '波',
  '宏',
  '亮',
  '鹏',
  '杰',
  '永',
  '福',
  '贵',
  '生',
  '民',
  '华',
  '兴',
  '旺',
  '宝',
  '成',
  '春',
  '东',
  '锋',
  '浩',
  '俊',
  '磊',
  '瑞',
  '宇',
  '轩',
  '博',
  '子',
  '天',
  '泽',
  '晨',
];

const FEMALE = [
  '秀',
  '英',
  '兰',
  '芳',
  '梅',
  '霞',
  '娟',
  '艳',
  '丽',
  '琴',
  '玲',
  '红',
  '萍',
  '燕',
  '莉',
  '娥',
  '凤',
  '花',
  '珍',
  '敏',
  '静',
  '婷',
  '雪',
  '慧',
  '佳',
  '欣',
  '怡',
  '悦',
  '瑶',
  '琳',
  '晶',
  '丹',
  '蓉',
  '婉',
  '倩',
  '雨',
];

/**
 * A surname, weighted by how common it is.
 *
 * @param random - Source of randomness.
 * @returns One character.
 */
export function surname(random: Random): string {
  return random.weighted(SURNAMES);
}

/**
 * A full name: the surname and one or two given characters that suit the
 * sex.
 *
 * @param random - Source of randomness.
 * @param family - The surname.
 * @param sex - 男 or 女.
 * @returns The name.
 */
export function fullName(
  random: Random,
  family: string,
  sex: '男' | '女',
): string {
  const chars = sex === '男' ? MALE : FEMALE;
  const first = random.pick(chars);
  if (random.chance(0.25)) return family + first;

  let second = random.pick(chars);
  while (second === first && random.chance(0.8)) second = random.pick(chars);

  return family + first + second;
}

const PREFIXES = [
  '133',
  '135',
  '137',
  '138',
  '139',
  '150',
  '153',
  '155',
  '177',
  '180',
  '187',
  '189',
  '191',
];

/**
 * A mobile number of the kind helpers and households give: 11 digits
 * starting 13–19.
 *
 * @param random - Source of randomness.
 * @returns The number.
 */
export function mobile(random: Random): string {
  const prefix = random.pick(PREFIXES);

  return prefix + String(random.int(0, 99_999_999)).padStart(8, '0');
}

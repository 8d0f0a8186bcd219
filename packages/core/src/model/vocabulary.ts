/**
 * The values the national information system uses, exactly as they appear
 * in exports. Every list here is the contract of ../spec/data-format.md.
 */

/** 户类型: registered poor, exited, or ordinary farming household. */
export const HOUSEHOLD_TYPES = ['贫困户', '已脱贫户', '一般农户'] as const;

/** 监测对象类别: the three kinds of monitored household. */
export const MONITORED_TYPES = [
  '脱贫不稳定户',
  '边缘易致贫户',
  '突发严重困难户',
] as const;

/** 风险消除方式: removed by assistance or naturally. */
export const RISK_REMOVAL_MODES = ['帮扶消除', '自然消除'] as const;

/** 致贫原因: causes of poverty. */
export const POVERTY_CAUSES = [
  '因病',
  '因残',
  '因学',
  '因灾',
  '缺土地',
  '缺水',
  '缺技术',
  '缺劳力',
  '缺资金',
  '交通条件落后',
  '自身发展动力不足',
  '因务工就业不稳',
  '因安全住房',
  '因安全饮水',
  '其他',
] as const;

/** 危房等级: A safe, B partly dangerous, C and D unsafe. */
export const HOUSE_GRADES = ['A', 'B', 'C', 'D'] as const;

/** 住房安全保障方式: how the house was made safe. */
export const HOUSING_SECURITY_MODES = [
  '鉴定安全',
  '危房改造',
  '易地扶贫搬迁',
  '农村集体公租房',
  '其他',
] as const;

/** 帮扶措施: assistance measures registered for a household. */
export const MEASURES = [
  '产业帮扶',
  '就业帮扶',
  '金融帮扶',
  '公益岗位',
  '生态护林员',
  '健康帮扶',
  '教育帮扶',
  '雨露计划',
  '义务教育保障',
  '住房安全保障',
  '饮水安全保障',
  '综合保障',
  '易地扶贫搬迁',
  '光伏收益',
  '消费帮扶',
  '社会帮扶',
  '苏陕协作',
  '技能培训',
  '其他',
] as const;

/** 开发式帮扶措施实施情况: whether development measures were carried out. */
export const MEASURE_STATUSES = ['已实施', '尚未实施'] as const;

/** 证件类型: resident ID card or another document. */
export const ID_TYPES = ['居民身份证', '其他'] as const;

/** 与户主关系: relation to the head of household. */
export const RELATIONS = [
  '户主',
  '配偶',
  '之子',
  '之女',
  '之儿媳',
  '之女婿',
  '之孙子',
  '之孙女',
  '之父',
  '之母',
  '之兄弟姐妹',
  '其他',
] as const;

/** 性别. */
export const SEXES = ['男', '女'] as const;

/** 在校生状况: school status; blank means not a student. */
export const SCHOOL_STATUSES = [
  '学龄前儿童',
  '学前教育',
  '小学',
  '初中',
  '普通高中',
  '中职',
  '高职高专',
  '本科及以上',
  '失学辍学',
] as const;

/** 义务教育阶段未上学原因: why a child of school age is not in school. */
export const NOT_IN_SCHOOL_REASONS = [
  '送教上门',
  '因身体原因不具备学习条件',
  '其他',
] as const;

/** 文化程度: education level of non-students. */
export const EDUCATION_LEVELS = [
  '文盲或半文盲',
  '小学',
  '初中',
  '高中',
  '大专及以上',
] as const;

/** 健康状况: health conditions; a member may have several. */
export const HEALTH_CONDITIONS = [
  '健康',
  '长期慢性病',
  '患有大病',
  '残疾',
] as const;

/** 劳动技能: labour capacity. */
export const LABOUR_TYPES = [
  '普通劳动力',
  '技能劳动力',
  '弱劳动力或半劳动力',
  '丧失劳动力',
  '无劳动力',
] as const;

/** The labour types that count as able to work. */
export const ABLE_LABOUR_TYPES = ['普通劳动力', '技能劳动力'] as const;

/** 光伏收益分配方式: how photovoltaic station income is distributed. */
export const PV_DISTRIBUTIONS = [
  '公益岗位',
  '小型公益事业',
  '奖励补助',
  '平均分配',
] as const;

/** 学籍状态 on the education department's list. */
export const ENROLMENT_STATUSES = ['在读', '休学', '辍学', '送教上门'] as const;

/** 险种 of basic medical insurance on the medical-insurance list. */
export const MEDICAL_SCHEMES = [
  '城乡居民基本医疗保险',
  '职工基本医疗保险',
] as const;

/** 险种 of basic pension insurance on the pension list. */
export const PENSION_SCHEMES = [
  '城乡居民基本养老保险',
  '城镇职工基本养老保险',
] as const;

/** 参保状态: insured, or the insurance stopped. */
export const INSURANCE_STATUSES = ['参保', '停保'] as const;

/** How departments also write 参保状态. */
export const INSURANCE_STATUS_ALIASES: Readonly<Record<string, string>> = {
  正常参保: '参保',
  正常缴费: '参保',
  在保: '参保',
  暂停缴费: '停保',
  暂停参保: '停保',
  终止参保: '停保',
};

/** 救助类型 on the civil-affairs list. */
export const ASSISTANCE_TYPES = ['低保', '特困供养', '临时救助'] as const;

/** 残疾类别 on the disabled persons' federation list. */
export const DISABILITY_CATEGORIES = [
  '视力',
  '听力',
  '言语',
  '肢体',
  '智力',
  '精神',
  '多重',
] as const;

/** 残疾等级: grade one is the most severe. */
export const DISABILITY_GRADES = ['一级', '二级', '三级', '四级'] as const;

/** 改造状态 on the housing department's list. */
export const RENOVATION_STATUSES = ['已竣工', '在建', '未开工'] as const;

/** 户籍状态 on the public-security list. */
export const RESIDENCE_STATUSES = ['正常', '死亡注销', '迁出'] as const;

/** 来源 of a monitoring record: how the figures came in. */
export const MONITORING_SOURCES = [
  '农户自主申报',
  '部门筛查',
  '入户走访',
  '12317',
  '来信来访',
] as const;

/** 状态 of a suspected problem from the national census. */
export const CENSUS_ISSUE_STATUSES = [
  '待核实',
  '已核实',
  '已补正',
  '已消疑',
] as const;

/** 项目类型 in the project library. */
export const PROJECT_TYPES = ['产业', '就业', '基础设施', '其他'] as const;

/** 资金来源 of a project. */
export const FUND_SOURCES = [
  '财政专项',
  '苏陕协作',
  '社会帮扶',
  '其他',
] as const;

/** 项目状态 of a project. */
export const PROJECT_STATUSES = ['未开工', '在建', '已完工'] as const;

import type { z } from 'zod';

import { field } from './field.js';
import { defineTable } from './table.js';
import {
  EDUCATION_LEVELS,
  HEALTH_CONDITIONS,
  ID_TYPES,
  LABOUR_TYPES,
  NOT_IN_SCHOOL_REASONS,
  RELATIONS,
  SCHOOL_STATUSES,
  SEXES,
} from './vocabulary.js';

const flag = (header: string, description: string) =>
  field.flag(header, { description });

/** 人员信息: one row per member of a registered household. */
export const members = defineTable({
  key: 'members',
  name: '人员信息',
  keyField: 'idNumber',
  requiredColumns: ['householdId', 'idNumber'],
  fields: {
    householdId: field.key('户编号', {
      description: 'The household the member belongs to.',
    }),
    idNumber: field.idNumber('证件号码', {
      description:
        '18-character resident ID number (GB 11643), or another document number.',
    }),
    idType: field.oneOf('证件类型', ID_TYPES, {
      description: 'Kind of identity document; blank is a resident ID card.',
      blank: { default: '居民身份证' },
    }),
    name: field.text('姓名', { description: 'Name (masked in reports).' }),
    relation: field.oneOf('与户主关系', RELATIONS, {
      description: 'Relation to the head of household.',
    }),
    sex: field.oneOf('性别', SEXES, { description: 'Sex.' }),
    birthDate: field.date('出生日期', { description: 'Date of birth.' }),
    schoolStatus: field.oneOf('在校生状况', SCHOOL_STATUSES, {
      description: 'School status; blank when the member is not a student.',
      blank: 'none',
    }),
    notInSchoolReason: field.oneOf(
      '义务教育阶段未上学原因',
      NOT_IN_SCHOOL_REASONS,
      {
        description:
          'Why a child of compulsory-school age is not in school; blank when none.',
        blank: 'none',
      },
    ),
    educationLevel: field.oneOf('文化程度', EDUCATION_LEVELS, {
      description: 'Education level, for non-students.',
    }),
    health: field.listOf('健康状况', HEALTH_CONDITIONS, {
      description: 'Health conditions.',
    }),
    disabilityCard: field.code('残疾人证号', {
      description:
        'Disability card number: ID number, category digit, grade digit; blank when none.',
      blank: 'none',
    }),
    labour: field.oneOf('劳动技能', LABOUR_TYPES, {
      description: 'Labour capacity.',
    }),
    migrantMonths: field.number('务工时间（月）', {
      description: 'Months of migrant work in the income year.',
      unit: '月',
      range: { min: 0, max: 12 },
    }),
    residentMedical: flag(
      '是否参加城乡居民基本医疗保险',
      'In resident basic medical insurance.',
    ),
    employeeMedical: flag(
      '是否参加城镇职工基本医疗保险',
      'In employee basic medical insurance.',
    ),
    seriousIllnessInsurance: flag(
      '是否参加大病保险',
      'In serious-illness insurance.',
    ),
    residentPension: flag(
      '是否参加城乡居民基本养老保险',
      'In resident basic pension insurance.',
    ),
    employeePension: flag(
      '是否参加城镇职工基本养老保险',
      'In employee basic pension insurance.',
    ),
    minimumLiving: flag(
      '是否享受低保',
      'Receives minimum living allowance (低保).',
    ),
    extremePoverty: flag('是否特困供养', 'Supported as extremely poor (特困).'),
    disabilitySubsidy: flag(
      '是否享受残疾人两项补贴',
      'Receives the two disability subsidies.',
    ),
    yulu: flag(
      '是否享受雨露计划',
      'Receives the Yulu plan vocational subsidy.',
    ),
    forestRanger: flag(
      '是否生态护林员',
      'Employed as an ecological forest ranger.',
    ),
    publicWelfareJob: flag('是否公益岗位', 'Holds a public-welfare job.'),
    chronicDiseaseContract: flag(
      '是否慢性病签约服务',
      'Has a chronic-disease service contract.',
    ),
  },
});

/** A member record as parsed: absent fields are unknown. */
export interface Member extends z.infer<typeof members.schema> {}

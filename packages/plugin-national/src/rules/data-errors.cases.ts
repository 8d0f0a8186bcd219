import type { RuleCases } from '@duibiao/core';

import { childLabourCases } from './age-labour/child-labour.cases.js';
import { disabledLabourerCases } from './age-labour/disabled-labourer.cases.js';
import { elderlySkilledCases } from './age-labour/elderly-skilled.cases.js';
import { higherAgeCases } from './age-school/higher.cases.js';
import { juniorAgeCases } from './age-school/junior.cases.js';
import { preschoolAgeCases } from './age-school/preschool.cases.js';
import { primaryAgeCases } from './age-school/primary.cases.js';
import { seniorAgeCases } from './age-school/senior.cases.js';
import { bothInsuredCases } from './both-insured.cases.js';
import { disabilityCauseCases } from './cause-contradicts-facts/disability.cases.js';
import { illnessCauseCases } from './cause-contradicts-facts/illness.cases.js';
import { labourCauseCases } from './cause-contradicts-facts/labour.cases.js';
import { headCountNotOneCases } from './household-head/head-count.cases.js';
import { relationSexMismatchCases } from './household-head/relation-sex.cases.js';
import { spouseSameSexCases } from './household-head/spouse-same-sex.cases.js';
import { idBirthDateMismatchCases } from './id-birth-sex/birth-date.cases.js';
import { idSexMismatchCases } from './id-birth-sex/sex.cases.js';
import { idCheckDigitCases } from './id-checksum/check-digit.cases.js';
import { idFormatCases } from './id-checksum/format.cases.js';
import { idDuplicateCases } from './id-duplicate.cases.js';
import { regionCodeFormatCases } from './id-region/format.cases.js';
import { regionCodeUnknownCases } from './id-region/unknown-prefix.cases.js';
import { netIncomeArithmeticCases } from './income-arithmetic/net-income.cases.js';
import { perCapitaArithmeticCases } from './income-arithmetic/per-capita.cases.js';
import { assistanceWithoutTransferCases } from './measure-contradicts-income/assistance.cases.js';
import { employmentWithoutWageCases } from './measure-contradicts-income/employment.cases.js';
import { industryWithoutBusinessCases } from './measure-contradicts-income/industry.cases.js';

/**
 * Test cases of the national data-error rules that judge the registry on
 * its own (ID numbers, region codes, relations, ages, income arithmetic,
 * causes and measures), by rule id.
 */
export const dataErrorsCases: Readonly<Record<string, RuleCases>> = {
  'national/id-checksum/format': idFormatCases,
  'national/id-checksum/check-digit': idCheckDigitCases,
  'national/id-birth-sex/birth-date': idBirthDateMismatchCases,
  'national/id-birth-sex/sex': idSexMismatchCases,
  'national/id-duplicate': idDuplicateCases,
  'national/id-region/format': regionCodeFormatCases,
  'national/id-region/unknown-prefix': regionCodeUnknownCases,
  'national/household-head/head-count': headCountNotOneCases,
  'national/household-head/spouse-same-sex': spouseSameSexCases,
  'national/household-head/relation-sex': relationSexMismatchCases,
  'national/age-labour/child-labour': childLabourCases,
  'national/age-labour/elderly-skilled': elderlySkilledCases,
  'national/age-labour/disabled-labourer': disabledLabourerCases,
  'national/age-school/primary': primaryAgeCases,
  'national/age-school/junior': juniorAgeCases,
  'national/age-school/senior': seniorAgeCases,
  'national/age-school/higher': higherAgeCases,
  'national/age-school/preschool': preschoolAgeCases,
  'national/both-insured': bothInsuredCases,
  'national/income-arithmetic/net-income': netIncomeArithmeticCases,
  'national/income-arithmetic/per-capita': perCapitaArithmeticCases,
  'national/cause-contradicts-facts/disability': disabilityCauseCases,
  'national/cause-contradicts-facts/illness': illnessCauseCases,
  'national/cause-contradicts-facts/labour': labourCauseCases,
  'national/measure-contradicts-income/employment': employmentWithoutWageCases,
  'national/measure-contradicts-income/assistance':
    assistanceWithoutTransferCases,
  'national/measure-contradicts-income/industry': industryWithoutBusinessCases,
};

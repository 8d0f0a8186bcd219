export {
  dispatchNotes,
  dispatchReport,
  type DispatchBody,
  type DispatchBodyCounty,
  type DispatchChange,
  type DispatchCounts,
  type DispatchCounty,
  type DispatchOptions,
  type DispatchReport,
  type DispatchTownship,
} from './dispatch-report.js';
export { dispatchHtml, writeDispatchHtml } from './dispatch-html.js';
export { writeDispatchXlsx } from './dispatch-xlsx.js';
export { percent, UNKNOWN_COUNTY, UNKNOWN_TOWNSHIP } from './report-text.js';
export {
  COORDINATING_DEPARTMENT,
  resolveDepartment,
  SPOT_CHECK_DEPARTMENTS,
  spotCheckDepartmentOf,
  spotCheckDepartments,
  UnknownDepartmentError,
} from './spot-check-department.js';
export {
  SPOT_CHECK_MISMATCH_PREFIX,
  weeklyReport,
  type WeeklyMismatch,
  type WeeklyOpinion,
  type WeeklyOptions,
  type WeeklyReport,
} from './weekly-report.js';
export { weeklyMarkdown, type WeeklyWriteOptions } from './weekly-markdown.js';
export { writeWeeklyXlsx } from './weekly-xlsx.js';

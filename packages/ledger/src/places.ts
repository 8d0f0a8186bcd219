/** The county a finding without a known county is filed under. */
export const UNKNOWN_COUNTY = '未知县';

/** The township a finding without a known township is filed under. */
export const UNKNOWN_TOWNSHIP = '未知乡镇';

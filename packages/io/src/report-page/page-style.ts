/**
 * The styles of report.html. Fonts are the reader's own: a list of the
 * Chinese fonts of Windows, macOS and Linux, so that the page loads none.
 */
export const PAGE_STYLE = `
:root {
  font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", sans-serif;
  color: #1f2937;
  background: #f8fafc;
}
body { margin: 0; padding: 24px 32px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; }
.meta { color: #4b5563; margin: 0; font-size: 14px; }
.charts {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(360px, 1fr));
  gap: 16px;
  align-items: start;
  margin-top: 20px;
}
figure {
  margin: 0;
  padding: 12px 16px 16px;
  background: #fff;
  border: 1px solid #e5e7eb;
  border-radius: 8px;
}
figure.wide { grid-column: 1 / -1; }
figcaption { font-weight: 600; margin-bottom: 8px; }
.chart { position: relative; height: 280px; }
.filters {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  align-items: center;
  margin-bottom: 12px;
}
.filters input, .filters select, button {
  font: inherit;
  font-size: 14px;
  padding: 6px 8px;
  border: 1px solid #cbd5e1;
  border-radius: 6px;
  background: #fff;
}
.filters input { min-width: 260px; }
#row-count { color: #4b5563; font-size: 14px; }
.table-box { overflow-x: auto; border: 1px solid #e5e7eb; }
table {
  width: 100%;
  border-collapse: collapse;
  background: #fff;
  font-size: 13px;
}
th, td {
  border: 1px solid #e5e7eb;
  padding: 6px 8px;
  text-align: left;
  vertical-align: top;
}
td { white-space: nowrap; }
td.wrap { white-space: normal; min-width: 24em; }
th { background: #f1f5f9; white-space: nowrap; }
tbody tr:nth-child(even) { background: #f8fafc; }
.severity-high { color: #b91c1c; font-weight: 600; }
.severity-medium { color: #b45309; }
.status-new { color: #b91c1c; }
.status-persisting { color: #b45309; }
#show-more { margin-top: 12px; cursor: pointer; }
[hidden] { display: none !important; }
`;

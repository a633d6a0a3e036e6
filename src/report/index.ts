/** Publishable event-study reports: one self-contained HTML page plus the charts as SVG and PNG. */
export { reportHtml } from './html';
export type { ReportCharts, ReportProvenance } from './html';
export { writeStudyReport } from './write';
export type { StudyReportOptions } from './write';

export * from './types';
export * from './display';
export * from './bundle';
export * from './chart';
export * from './views';
export * from './kernel';
export { tableToHtml, tableToText } from './html-table';
export { formatCell, formatNumber } from './format-cell';
export { isTableLike, toTableData, type TableData } from './table-data';
export { chartImages, chartImagesSync, type ChartImages } from './static-image';
export { inlineDisplayable, type InlineKind } from './inline-hook';
// Registers how tables, charts and analyses show as a cell's last expression.
import './inline';

/** Rendering of chart specs: SVG and PNG in Node (no browser), self-contained HTML, JSON. */
export { toSVG, toSVGSync, compileToVega } from './svg';
export type { SvgOptions } from './svg';
export { toPNG, svgToPNG } from './png';
export type { PngOptions } from './png';
export { toHTML } from './html';
export type { HtmlOptions } from './html';
export { toJSON } from './json';
export { chartFontFiles } from './fonts';
export { writeCharts, writeAnalysisCharts } from './writeCharts';
export type { WriteChartsOptions } from './writeCharts';

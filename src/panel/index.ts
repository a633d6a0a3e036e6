// Price panels (long/wide CSV, folders of price files, Parquet) and the DuckDB engine for panels larger than memory.
export { parsePanelCsv, findTickerColumn } from './csvPanel';
export type { PanelCsvOptions } from './csvPanel';
export { readPanel, readEventsCsv } from './readPanel';
export type { ReadPanelOptions, EventRow } from './readPanel';
export { eventStudyFromPanelFile } from './duckdbStudy';
export type { PanelFileStudyOptions, PanelFileStudyResult } from './duckdbStudy';

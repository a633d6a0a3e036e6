// Streaming writers of event-study results (JSON, JSON Lines, CSV tables, an --out folder).
export { jsonWriter, jsonlWriter, eventsCsvWriter, arCsvWriter, teeWriter, writeStudy, writeRows, testsCsv, testsByDayCsv, aarCsv, EVENT_COLUMNS } from './writers';
export type { StudyWriter, JsonWriterOptions } from './writers';
export { outDirWriter, writeOutDirTables } from './outDir';

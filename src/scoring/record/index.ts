/** Record mode (docs/records.md): what the rest of merit uses. */
export { RecordSession, recordIdText, usedColumns, type RecordFinishOptions, type RecordResult, type RecordSessionOptions } from './session.js';

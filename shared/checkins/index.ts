// Check-ins: short validated questionnaires, their wording, scoring, validation and timing.
export { INSTRUMENT_IDS, type Instrument, type InstrumentId, type Item, type ResponseOption, type ScoreSpec } from './instrument';
export { INSTRUMENTS, rangeWords } from './instruments';
export * from './scoring';
export * from './validate';
export * from './due';
export * from './concern';
export * from './result';
export * from './series';

// The therapy report as data: what buildReport decides to show, before it is drawn as HTML or PDF.
// Everything here is already filtered (only the chosen entries) and named (the chosen name style),
// so a renderer cannot leak what the person left out.
import type { ReportSection, NameStyle } from '../../shared/exchange';
import type { Insights } from '../../shared/insights';
import type { Direction, SupportKind } from '../../shared/domain';
import type { Span } from './redact';
import type { CheckinResult } from '../../shared/checkins';

export interface ReportEntry {
  /** Local date and time as written, 'YYYY-MM-DD' and 'HH:mm'. */
  date: string;
  time: string;
  mood: number | null;
  support: number | null;
  stress: number | null;
  /** Display names in the chosen style, one per interaction, with what kind of help it was; null is not recorded. */
  interactions: { person: string; kinds: SupportKind[]; direction: Direction | null; felt: number | null; cost: number | null }[];
  /** Present only when the person chose to include notes; names and hidden words already replaced. */
  note?: string;
  tags?: string[];
  /** Where `note` and each of `tags` had a replacement, for the preview to mark (the file does not). */
  marks?: { note: Span[]; tags: Span[][] };
}

export interface ReportModel {
  title: string;
  /** Local date the report was made, 'YYYY-MM-DD'. */
  generatedOn: string;
  from: string;
  to: string;
  sections: ReportSection[];
  names: NameStyle;
  includeNotes: boolean;
  /** Entries whose date is in the range, and how many of them the person left ticked. */
  inRange: number;
  included: number;
  /** Whether the person chose words of their own to hide. */
  hidesWords: boolean;
  /** How many names and hidden words were replaced in the included notes and tags. */
  replacements: number;
  /** Insights over the chosen entries only; every person's `name` is already the display name and `personId` is blanked. */
  insights: Insights;
  /** The chosen entries, oldest first (only filled when the 'entries' section is chosen). */
  entries: ReportEntry[];
  /** Check-ins answered in the range (only filled when the 'checkins' section is chosen). */
  checkins?: CheckinResult[];
}

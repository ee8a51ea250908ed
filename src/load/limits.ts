/**
 * The bounds of the work one report may ask for, in one place (README §Limits). Each is
 * far above what a real report needs, and each guards something real: past it, a hostile
 * or broken file would take minutes or overflow the stack instead of getting one clear
 * diagnostic at its place.
 */
export const LIMITS = {
  /**
   * Bytes of one input file (a section, a metric file, report.yaml). The largest section of
   * the bundled reports has 6.5 KB, all eight 30 KB; Markdown is parsed at about 200 KB a second.
   */
  fileBytes: 256 * 1024,
  /**
   * Markdown nodes (paragraphs, text runs, emphasis, links …) in one section: every later
   * stage visits each, and 256 KiB of `**b**` makes 100 000 of them, seconds of work. A
   * section of the bundled reports has under 100.
   */
  sectionNodes: 20_000,
  /**
   * Bytes of all of a report's files together (report.yaml, metrics, sections): the
   * bundled reports have about 50 KB; a report at this limit is checked in a few seconds.
   */
  reportBytes: 1024 * 1024,
  /**
   * Lines of one section (one of the bundled reports has under 100): the parser spends
   * about 0.1 ms a block, so 256 KiB of one-line list items took it 10 s.
   */
  sectionLines: 2000,
  /** Section files in sections/ (a report has about ten). */
  sectionFiles: 200,
  /** Metric files in metrics/ (a report has about ten). */
  metricFiles: 200,
  /**
   * Nested blocks in a section: block quotes, list items and `:::` containers inside one
   * another (a report nests at most four). Past a few thousand the Markdown parser
   * overflows the stack.
   */
  blockDepth: 32,
  /**
   * Nested inline marks: emphasis in emphasis, links in emphasis … (a report nests at most
   * two). Deep nesting costs the parser quadratic time.
   */
  inlineDepth: 32,
  /**
   * Emphasis and link marks (`*`, `_`, `~` runs and `[`) in one paragraph (a paragraph has a
   * handful). The parser matches them pairwise, in quadratic time.
   */
  inlineMarks: 1000,
  /**
   * Emphasis and link marks in one section (one of the bundled reports has a few dozen):
   * each becomes nodes that every later stage visits; 256 KiB of `**b**` takes seconds.
   */
  sectionMarks: 10_000,
  /** Aliases (`*name`) in one YAML file: each may copy a whole tree, so a few nested ones multiply. */
  yamlAliases: 20,
  /** Characters of one formula or check (a real one is under 100). */
  formulaLength: 500,
  /** Brackets inside brackets in one formula (a real one nests two or three). */
  formulaDepth: 32,
} as const;

import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { displayWidth } from '../text/display-width.js';

/** The headings commander's help prints (it passes them to `styleTitle`), and their catalogue keys. */
const TITLES: Readonly<Record<string, 'ui.help.title.usage' | 'ui.help.title.arguments' | 'ui.help.title.options' | 'ui.help.title.commands' | 'ui.help.title.global-options'>> = {
  'Usage:': 'ui.help.title.usage',
  'Arguments:': 'ui.help.title.arguments',
  'Options:': 'ui.help.title.options',
  'Commands:': 'ui.help.title.commands',
  'Global Options:': 'ui.help.title.global-options',
};

/** The `(default: …)` commander appends to an option's or an argument's description. */
const DEFAULT = / \(default: (.*)\)$/s;

/**
 * commander's help in the interface language: its headings and `(default: …)` from the
 * catalogue, widths counted in terminal columns (a Chinese character takes two), and
 * Chinese descriptions wrapped between characters, since they have no spaces to wrap at.
 * Global options (`--lang`) are listed under every command, where the clerk looks.
 */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const usageTitle = say(lang, 'ui.help.title.usage');
  const withDefault = (description: string) => description.replace(DEFAULT, (_, value: string) => say(lang, 'ui.help.default', { value }));
  return {
    showGlobalOptions: true,
    styleTitle: (title) => (TITLES[title] ? say(lang, TITLES[title]) : title),
    optionDescription(this: Help, option: Option) {
      return withDefault(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return withDefault(Help.prototype.argumentDescription.call(this, argument));
    },
    formatHelp(this: Help, cmd: Command, helper: Help) {
      const text = Help.prototype.formatHelp.call(this, cmd, helper);
      // `用法：report …`: a full-width colon already holds the space commander adds
      return usageTitle.endsWith('：') ? text.replace(`${usageTitle} `, usageTitle) : text;
    },
    displayWidth: (text) => displayWidth(text),
    boxWrap(this: Help, text: string, width: number) {
      return width < this.minWidthToWrap ? text : wrapText(text, width);
    },
  };
}

/** Characters that may not start a line (GB/T 15834 punctuation kept with what precedes it). */
const CLOSING = '，。、；：！？）》」』】〕”’%％';
/** Characters that may not end a line. */
const OPENING = '（《「『【〔“‘';
const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** A unit no line breaks inside: an opening mark, one Chinese character or a Latin word, closing marks. */
const UNIT = new RegExp(`\\s+|[${OPENING}]*(?:[${WIDE}]|[^\\s${WIDE}${OPENING}]+)[${CLOSING}]*`, 'gu');

/**
 * Wraps each line of `text` to `width` columns: at spaces, and between Chinese characters
 * except before closing or after opening punctuation. A unit wider than the line stays whole.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      let space = '';
      for (const unit of line.match(UNIT) ?? []) {
        if (/^\s+$/.test(unit)) {
          space = unit;
          continue;
        }
        if (current !== '' && displayWidth(current + space + unit) > width) {
          lines.push(current);
          current = unit;
        } else {
          current += space + unit;
        }
        space = '';
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

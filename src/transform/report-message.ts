import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Message } from '../i18n/message.js';

declare module 'vfile-message' {
  interface VFileMessage {
    /** The Chinese text of a message left by one of our plugins (the reason is English). */
    zh?: string;
  }
}

/**
 * Leaves a catalogue message on a vfile, the unified way (reason, place, rule id, source),
 * with its Chinese text beside the English reason; transformSections turns it into a
 * diagnostic.
 */
export function reportMessage(file: VFile, place: Point | Position | undefined, message: Message): VFileMessage {
  const m = file.message(message.en, { place, ruleId: message.rule, source: 'report' });
  m.zh = message.zh;
  return m;
}

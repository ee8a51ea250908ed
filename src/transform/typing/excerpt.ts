/** A short quote of what the clerk typed for a message: whole when short, else its start and an ellipsis. */
export function excerpt(text: string, max = 24): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

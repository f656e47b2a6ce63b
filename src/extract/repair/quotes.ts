/**
 * Curly quotes that went through a wrong code page come out as low-9 and reversed-9 marks:
 * ‚十一五‛ → “十一五”. „…‟ is the same damage one level up.
 */
export function repairQuotes(s: string): string {
  return s.replace(/[‚„]/g, '“').replace(/[‛‟]/g, '”');
}

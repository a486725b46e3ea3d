// The forms an O*NET alternate title is known by. O*NET writes many titles with their
// expansion: "HVAC Tech (Heating, Ventilation, and Air Conditioning Technician)". Each form is
// a name of its own (keyed alone, shown in full), so "HVAC Tech" and the long form both match.

export function forms(text: string): string[] {
  const open = text.indexOf(' (');
  if (open < 0 || !text.endsWith(')')) return [text];
  const short = text.slice(0, open).trim();
  const long = text.slice(open + 2, -1).trim();
  return [text, ...(short ? [short] : []), ...(long && !long.includes('(') ? [long] : [])];
}

/**
 * The general occupation a BLS title names before ", Except": "Kindergarten Teachers, Except
 * Special Education" -> "Kindergarten Teachers". What follows names the kinds left out, so the
 * head alone means this occupation (no two BLS titles share such a head). Undefined otherwise.
 */
export function generalHead(title: string): string | undefined {
  const at = title.indexOf(', Except ');
  return at > 0 ? title.slice(0, at) : undefined;
}

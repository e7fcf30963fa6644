/** English words every part uses: yes/no, severities, the hint label, short headings. */
import type { common as id } from '../id/common.js';

export const common: typeof id = {
  // English keeps `true`/`false` for a yes/no value, as JSON writes them.
  yes: 'true',
  no: 'false',
  /** A number's decimal separator: 3.5. */
  decimalMark: '.',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  hint: 'hint',
  hintHeading: 'Hint',
  shortCoverage: 'Coverage',
};

/** Indonesian words every part uses: yes/no, severities, the hint label, short headings. */
export const common = {
  yes: 'ya',
  no: 'tidak',
  /** A number's decimal separator: 3,5. */
  decimalMark: ',',
  severity: { error: 'galat', warning: 'peringatan', info: 'info' },
  /** Before a diagnostic's hint in plain text and Markdown. */
  hint: 'saran',
  hintHeading: 'Saran',
  /** The coverage column of a narrow batch table. */
  shortCoverage: 'Cakupan',
};

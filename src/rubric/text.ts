/** Text in Indonesian (required: most users read it first) and English. */
export interface LocalText {
  id: string;
  en: string;
}

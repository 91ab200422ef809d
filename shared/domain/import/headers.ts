/**
 * Column detection (issue 4 part 5: "column mapping with detection of common headers").
 * Header words from PMI's claim form and CCRS history (provider, activity, start and
 * completion dates, Talent Triangle areas under their current and pre-2022 names, total
 * PDUs, claim code and status: domain-facts §1) and from hand-kept trackers (hours,
 * credits, CEUs, category, notes), and a university course's semester credits (ISACA counts
 * them, domain-facts §4). Ascent's list (M): the user can change every column. European
 * files (semicolons, decimal commas) often have their headers in the user's language, so the
 * same columns are also known by their common German, French, Spanish and Dutch names, each
 * word one that names nothing else; accents do not matter (words.ts folds them).
 *
 * Ascent decision: a header with "minutes" in it is proposed as the amount, in minutes, only
 * when it means a duration: beside the word for minutes it holds only words of time or study
 * ("Minutes", "Duration (minutes)", "Time spent in minutes", "Training minutes", "Dauer
 * (Minuten)"). "Meeting minutes" or "Link to minutes" names a record of a meeting, and its
 * cells are text: taken as the amount, every row would be refused for it.
 *
 * Ascent decision: so too a header with "hours" in it ("Hours", "Contact hours", "PDU hours",
 * "Total hours", "Hours earned") is proposed as the amount only when beside the word for hours it
 * holds only words of time, study, credit or claiming (HOUR_WORDS). "Office hours notes" or
 * "Opening hours" names no duration of learning: taken as the amount, its text cells would refuse
 * every row. Such a header is left to its other words (notes) or to the user to map.
 *
 * Ascent decision: a header naming an identifier ("Provider number", "Provider ID", "Course
 * code", "Activity #") is never proposed as the provider or the title. Claim exports often list
 * a provider's number beside its name; the number, taken first, would be stored as every
 * activity's provider, and a course already logged under the provider's name would not be
 * matched as a likely duplicate, so it would be imported a second time.
 */
import type { ColumnMapping, ImportField, ImportUnit } from './types';
import { matchPhrase, phrase } from './words';

interface HeaderRule {
  /** 'ignore' claims a column that would otherwise be misread (e.g. "Giving Back (PDUs)"). */
  field: ImportField | 'ignore';
  patterns: readonly string[];
  /** When set, the header matches only if every other word of it is one of these. */
  onlyBeside?: ReadonlySet<string>;
}

/** The words for minutes, as a header or a unit in brackets writes them. */
const MINUTE_WORDS = ['minutes', 'minute', 'mins', 'min', 'minuten', 'minutos', 'minuto'];

/**
 * Words that may stand beside "minutes" in a header that means a duration ("Duration
 * (minutes)", "Time spent in minutes", "Training minutes", "Dauer (Minuten)"), in the
 * languages the headers are known in. "Meeting", "link", "notes" are not among them.
 */
const DURATION_WORDS: ReadonlySet<string> = new Set([
  ...MINUTE_WORDS,
  ...['duration', 'time', 'length', 'total', 'spent', 'attended', 'watched', 'in', 'of', 'no'],
  ...['study', 'studied', 'learning', 'training', 'education', 'development', 'cpd', 'cpe'],
  ...['dauer', 'zeit', 'gesamt', 'lernzeit', 'duree', 'temps', 'en', 'duracion', 'tiempo'],
  ...['duur', 'tijd', 'totaal'],
]);

/**
 * Words that may stand beside "hours" in a header that means the amount: the duration words,
 * the units ("PDU hours", "CEU hours", "CE hours", "Clock hours", "Credit hours"), and what a
 * tracker says of its hours ("Contact hours", "Hours earned", "Hours awarded", "Number of
 * hours"). "Office", "opening", "notes" are not among them.
 */
const HOUR_WORDS: ReadonlySet<string> = new Set([
  ...DURATION_WORDS,
  ...['hours', 'hour', 'hrs', 'hr', 'h', 'contact', 'credit', 'credits', 'pdu', 'pdus'],
  ...['ceu', 'ceus', 'seu', 'seus', 'cdu', 'cdus', 'pd', 'professional', 'course', 'class'],
  ...['ce', 'cme', 'cle', 'clock', 'awarded'],
  ...['session', 'webinar', 'earned', 'claimed', 'logged', 'completed', 'approved', 'reported'],
  ...['qualifying', 'eligible', 'number', 'nr', 'count', 'actual', 'approx', 'est', 'estimated'],
  ...['pmi', 'isaca', 'iiba', 'hrci', 'shrm', 'for', 'the', 'per', 'activity', 'claim'],
]);

/** Words that make a header an identifier ("Provider number", "Course ID", "Activity #"). */
const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  'id',
  'number',
  'no',
  'nr',
  'num',
  'code',
  'ref',
  'reference',
  'nummer',
  'numero',
]);

/** Fields an identifier column is never proposed for: their cells are names, not numbers. */
const NAMED_FIELDS: ReadonlySet<ImportField | 'ignore'> = new Set(['provider', 'title']);

/** Whether a header names an identifier: one of IDENTIFIER_WORDS, or a "#" ("Provider #"). */
function namesIdentifier(header: string, text: string): boolean {
  return header.includes('#') || text.split(' ').some((w) => IDENTIFIER_WORDS.has(w));
}

/**
 * Rule order decides between partial matches: "Activity type" is a type before it is a
 * title, "Technical PDUs" an area before an amount, "Claim status" a status before a code.
 */
const rules: readonly HeaderRule[] = [
  { field: 'ignore', patterns: ['giving back'] },
  { field: 'startDate', patterns: ['start date', 'start', 'date started', 'started', 'begin'] },
  {
    field: 'startDate',
    patterns: ['startdatum', 'anfangsdatum', 'beginndatum', 'beginn', 'begindatum'],
  },
  { field: 'startDate', patterns: ['date de debut', 'fecha de inicio', 'fecha inicio'] },
  { field: 'status', patterns: ['status', 'claim status', 'state'] },
  { field: 'status', patterns: ['statut', 'estado'] },
  { field: 'claimCode', patterns: ['claim code', 'claim id', 'claim number', 'claim', 'ref'] },
  { field: 'type', patterns: ['type', 'activity type', 'category', 'kind'] },
  { field: 'type', patterns: ['typ', 'kategorie', 'categorie', 'categoria', 'tipo', 'soort'] },
  {
    field: 'waysOfWorking',
    patterns: ['ways of working', 'technical project management', 'technical', 'wow', 'tpm'],
  },
  { field: 'powerSkills', patterns: ['power skills', 'leadership', 'ps'] },
  {
    field: 'businessAcumen',
    patterns: [
      'business acumen',
      'strategic and business management',
      'strategic',
      'business management',
      'ba',
      'sbm',
    ],
  },
  // Before the amounts, which "Semester credits" would otherwise match by its "credits".
  {
    field: 'semesterCredits',
    patterns: ['semester credits', 'semester credit', 'credits semester', 'semester hours'],
  },
  {
    field: 'semesterCredits',
    patterns: ['semester credit hours', 'semester hour', 'university credits', 'college credits'],
  },
  { field: 'amount', patterns: ['pdus', 'pdu'] },
  // Hours only when they mean a duration ("Office hours notes" does not): HOUR_WORDS.
  { field: 'amount', patterns: ['hours', 'hrs', 'hour'], onlyBeside: HOUR_WORDS },
  { field: 'amount', patterns: ['credits', 'credit', 'ceus', 'ceu'] },
  { field: 'amount', patterns: ['cpd', 'cpe', 'seu', 'seus', 'cdu', 'cdus', 'points', 'total'] },
  { field: 'amount', patterns: ['amount', 'duration'] },
  // After the units above: a "Minutes" column is the amount only when nothing else is, and
  // only when it means a duration ("Meeting minutes" does not).
  {
    field: 'amount',
    patterns: ['minutes', 'mins', 'minuten', 'minutos'],
    onlyBeside: DURATION_WORDS,
  },
  { field: 'amount', patterns: ['stunden', 'heures', 'horas', 'uren', 'creditos'] },
  {
    field: 'amount',
    patterns: ['dauer', 'duree', 'duracion', 'duur', 'punkte', 'puntos', 'punten'],
  },
  {
    field: 'date',
    patterns: ['date', 'completion date', 'date completed', 'end date', 'completed', 'end'],
  },
  { field: 'date', patterns: ['datum', 'fecha', 'abschlussdatum', 'enddatum', 'einddatum'] },
  { field: 'provider', patterns: ['provider', 'organization', 'organisation', 'organizer'] },
  { field: 'provider', patterns: ['organiser', 'vendor', 'institution', 'host', 'company'] },
  { field: 'provider', patterns: ['anbieter', 'veranstalter', 'organisator'] },
  { field: 'provider', patterns: ['organisme', 'fournisseur', 'prestataire', 'organisateur'] },
  {
    field: 'provider',
    patterns: ['proveedor', 'organizacion', 'organizador', 'institucion', 'entidad'],
  },
  { field: 'provider', patterns: ['aanbieder', 'organisatie', 'instelling'] },
  { field: 'title', patterns: ['activity', 'title', 'activity title', 'description', 'course'] },
  { field: 'title', patterns: ['name', 'event', 'program', 'programme', 'subject', 'topic'] },
  { field: 'title', patterns: ['titel', 'titre', 'titulo', 'intitule', 'bezeichnung'] },
  { field: 'title', patterns: ['aktivitat', 'activite', 'actividad', 'activiteit'] },
  { field: 'title', patterns: ['kurs', 'cours', 'curso', 'cursus', 'schulung', 'weiterbildung'] },
  { field: 'title', patterns: ['formation', 'opleiding', 'veranstaltung', 'evenement', 'evento'] },
  { field: 'title', patterns: ['thema', 'sujet', 'tema', 'onderwerp'] },
  { field: 'title', patterns: ['beschreibung', 'descripcion', 'omschrijving', 'beschrijving'] },
  { field: 'notes', patterns: ['notes', 'note', 'comments', 'comment', 'remarks', 'description'] },
  {
    field: 'notes',
    patterns: ['notizen', 'notiz', 'anmerkungen', 'anmerkung', 'bemerkungen', 'bemerkung'],
  },
  { field: 'notes', patterns: ['kommentare', 'kommentar', 'remarques', 'remarque'] },
  { field: 'notes', patterns: ['commentaires', 'commentaire', 'commentaar'] },
  { field: 'notes', patterns: ['notas', 'comentarios', 'comentario', 'observaciones'] },
  { field: 'notes', patterns: ['notities', 'notitie', 'opmerkingen', 'opmerking'] },
  { field: 'notes', patterns: ['beschreibung', 'descripcion', 'omschrijving', 'beschrijving'] },
];

/** Two-letter abbreviations match only a whole header: "PS", never "PS hours". */
const exactOnly = new Set(['ps', 'ba', 'wow', 'tpm', 'sbm', 'ref', 'end', 'start', 'state']);

interface Candidate {
  column: number;
  field: ImportField | 'ignore';
  score: number;
}

/** A header's candidates: an exact match beats any partial one, then rule order decides. */
function candidatesFor(header: string, column: number): Candidate[] {
  const text = phrase(header);
  if (!text) return [];
  const identifier = namesIdentifier(header, text);
  const out: Candidate[] = [];
  rules.forEach((rule, order) => {
    if (identifier && NAMED_FIELDS.has(rule.field)) return;
    // Figures beside the words ("Contact hours (1 CEU = 10 hours)") do not count against them.
    const beside = (w: string) => /^\d+$/.test(w) || rule.onlyBeside!.has(w);
    if (rule.onlyBeside && !text.split(' ').every(beside)) return;
    rule.patterns.forEach((pattern, i) => {
      const match = matchPhrase(text, pattern);
      if (!match || (match === 'contains' && exactOnly.has(pattern))) return;
      const score = (match === 'exact' ? 10_000 : 0) - order * 100 - i;
      out.push({ column, field: rule.field, score });
    });
  });
  return out;
}

/**
 * The mapping Ascent proposes for a header row: each field to at most one column, the best
 * match first (so "Title" takes the title and a later "Description" falls to notes).
 */
export function detectColumns(header: readonly string[]): ColumnMapping {
  const all = header.flatMap((h, column) => candidatesFor(h, column));
  all.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: (ImportField | null)[] = header.map(() => null);
  const taken = new Set<number>();
  const used = new Set<ImportField>();
  for (const c of all) {
    if (taken.has(c.column) || (c.field !== 'ignore' && used.has(c.field))) continue;
    taken.add(c.column);
    if (c.field === 'ignore') continue;
    mapping[c.column] = c.field;
    used.add(c.field);
  }
  return mapping;
}

/** How many columns a row's cells would map: the evidence that it is the header row. */
function recognised(row: readonly string[]): number {
  return detectColumns(row).filter((f) => f !== null).length;
}

/** How many non-blank rows at the top of a file can hold its column names. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The header row: among the first non-blank rows, the one whose cells name the most
 * columns (a tracker often has a title line above it). At least two recognised names are
 * needed; otherwise the first non-blank row is taken and the user maps by hand.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  let best = -1;
  let bestCount = 1;
  let firstNonBlank = -1;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i += 1) {
    const row = rows[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    seen += 1;
    if (firstNonBlank < 0) firstNonBlank = i;
    const count = recognised(row);
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return best >= 0 ? best : Math.max(firstNonBlank, 0);
}

/**
 * The unit an amount column's name implies: CEUs, minutes ("Duration (minutes)", "Dauer
 * (Minuten)", "Duration (min)", read before a duration's hours), hours, else the body's own
 * credits.
 */
export function unitFromHeader(header: string): ImportUnit {
  const text = ` ${phrase(header)} `;
  if (/ ceus? /.test(text)) return 'ceu';
  if (/ (minutes?|mins?|minuten|minutos) /.test(text)) return 'minutes';
  if (/ (hours?|hrs|duration|stunden|heures|horas|uren|dauer|duree|duracion|duur) /.test(text))
    return / (pdus?|credits?|creditos) /.test(text) ? 'body-unit' : 'hours';
  return 'body-unit';
}

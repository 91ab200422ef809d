import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../../renderer/src/features/import/csv-file';
import {
  detectColumns,
  detectHeaderRow,
  missingFields,
  NO_HEADER_ROW,
  remap,
  setUpImport,
  unitFromHeader,
  type ImportField,
} from '../../../../shared/domain/import';

describe('detectColumns: one header at a time', () => {
  it.each<[string, ImportField | null]>([
    ['Date', 'date'],
    ['Completion date', 'date'],
    ['Date completed', 'date'],
    ['END DATE', 'date'],
    ['completion_date', 'date'],
    ['  Date  of   completion ', 'date'],
    ['Start date', 'startDate'],
    ['Date started', 'startDate'],
    ['Activity', 'title'],
    ['Title', 'title'],
    ['Description', 'title'],
    ['Course', 'title'],
    ['Course name', 'title'],
    ['Provider', 'provider'],
    ['Provider name', 'provider'],
    ['Organization', 'provider'],
    ['Organisation', 'provider'],
    ['Type', 'type'],
    ['Category', 'type'],
    ['Activity type', 'type'],
    ['PDU category', 'type'],
    ['PDUs', 'amount'],
    ['Hours', 'amount'],
    ['Credits', 'amount'],
    ['CEUs', 'amount'],
    ['Total PDUs', 'amount'],
    ['Ways of Working', 'waysOfWorking'],
    ['Technical', 'waysOfWorking'],
    ['Technical Project Management', 'waysOfWorking'],
    ['Technical PDUs', 'waysOfWorking'],
    ['Power Skills', 'powerSkills'],
    ['Leadership', 'powerSkills'],
    ['Business Acumen', 'businessAcumen'],
    ['Strategic', 'businessAcumen'],
    ['Strategic and Business Management', 'businessAcumen'],
    ['Claim code', 'claimCode'],
    ['Claim ID', 'claimCode'],
    ['Notes', 'notes'],
    ['Comments', 'notes'],
    ['Status', 'status'],
    ['Claim status', 'status'],
    // The same columns in German, French, Spanish and Dutch files (accents do not matter).
    ['Datum', 'date'],
    ['Abschlussdatum', 'date'],
    ['Fecha', 'date'],
    ['Fecha de finalización', 'date'],
    ['Einddatum', 'date'],
    ['Startdatum', 'startDate'],
    ['Date de début', 'startDate'],
    ['Date de debut', 'startDate'],
    ['Fecha de inicio', 'startDate'],
    ['Titel', 'title'],
    ['Bezeichnung', 'title'],
    ['Veranstaltung', 'title'],
    ['Intitulé', 'title'],
    ['Titre de la formation', 'title'],
    ['Título', 'title'],
    ['Actividad', 'title'],
    ['Activiteit', 'title'],
    ['Cursus', 'title'],
    ['Anbieter', 'provider'],
    ['Veranstalter', 'provider'],
    ['Organisme de formation', 'provider'],
    ['Fournisseur', 'provider'],
    ['Proveedor', 'provider'],
    ['Organización', 'provider'],
    ['Aanbieder', 'provider'],
    ['Organisatie', 'provider'],
    ['Kategorie', 'type'],
    ['Catégorie', 'type'],
    ['Tipo de actividad', 'type'],
    ['Soort', 'type'],
    ['Stunden', 'amount'],
    ['Heures de formation', 'amount'],
    ['Horas', 'amount'],
    ['Créditos', 'amount'],
    ['Uren', 'amount'],
    ['Dauer', 'amount'],
    ['Notizen', 'notes'],
    ['Bemerkungen', 'notes'],
    ['Remarques', 'notes'],
    ['Commentaires', 'notes'],
    ['Observaciones', 'notes'],
    ['Opmerkingen', 'notes'],
    ['Statut', 'status'],
    ['Estado', 'status'],
    ['Giving Back (PDUs)', null],
    ['Favourite colour', null],
    ['', null],
  ])('%j → %s', (header, field) => {
    expect(detectColumns([header])).toEqual([field]);
  });
});

describe('detectColumns: a whole header row', () => {
  it('maps every column of a PMI claim-form export, leaving Giving Back alone', () => {
    // The header Ascent's own cycle CSV writes (shared/domain/claims/claim-csv.ts).
    const header = [
      'Provider',
      'Activity',
      'Start date',
      'Completion date',
      'Activity type',
      'Ways of Working (PDUs)',
      'Power Skills (PDUs)',
      'Business Acumen (PDUs)',
      'Giving Back (PDUs)',
      'Total (PDUs)',
      'Claim code',
      'Claim status',
    ];
    expect(detectColumns(header)).toEqual([
      'provider',
      'title',
      'startDate',
      'date',
      'type',
      'waysOfWorking',
      'powerSkills',
      'businessAcumen',
      null,
      'amount',
      'claimCode',
      'status',
    ]);
  });

  it('gives each field one column: the exact name wins, a second description becomes notes', () => {
    expect(detectColumns(['Description', 'Title', 'Date', 'Date submitted', 'Hours'])).toEqual([
      'notes',
      'title',
      'date',
      null,
      'amount',
    ]);
  });
});

describe('a European file: BOM, semicolons, decimal commas and headers in its language', () => {
  it.each<[string, string[]]>([
    ['German', ['Datum', 'Titel', 'Anbieter', 'PDUs', 'Notizen']],
    ['French', ['Date', 'Intitulé', 'Organisme', 'Heures', 'Remarques']],
    ['Spanish', ['Fecha', 'Título', 'Proveedor', 'Horas', 'Notas']],
    ['Dutch', ['Datum', 'Titel', 'Aanbieder', 'Uren', 'Opmerkingen']],
  ])('%s: every column is found', (_language, header) => {
    const text = `\uFEFF${header.join(';')}\r\n10.03.2026;Risiko;Acme;1,5;gut\r\n`;
    const table = readCsvFile(new TextEncoder().encode(text));
    if ('refused' in table) throw new Error(table.refused);
    expect(table.delimiter).toBe(';');
    const setup = setUpImport(table.rows);
    expect(setup.header).toEqual(header);
    expect(setup.mapping).toEqual(['date', 'title', 'provider', 'amount', 'notes']);
  });
});

describe('detectHeaderRow', () => {
  it('skips a title line and blank lines above the real header', () => {
    const rows = [
      ['PDU tracker 2026', '', ''],
      ['', '', ''],
      ['Date', 'Course', 'Hours'],
      ['2026-03-10', 'Scrum', '7'],
    ];
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('falls back to the first non-blank row when no row names two columns', () => {
    expect(
      detectHeaderRow([
        ['', ''],
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(1);
  });
});

describe('unitFromHeader', () => {
  it.each([
    ['PDUs', 'body-unit'],
    ['Total (PDUs)', 'body-unit'],
    ['Credits', 'body-unit'],
    ['Hours', 'hours'],
    ['Contact hours', 'hours'],
    ['CEUs', 'ceu'],
    ['PDU hours', 'body-unit'],
    ['Stunden', 'hours'],
    ['Heures', 'hours'],
    ['Horas', 'hours'],
    ['Uren', 'hours'],
    ['Durée', 'hours'],
  ])('%s → %s', (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });

  it('is what setUpImport proposes for the amount column', () => {
    expect(setUpImport([['Date', 'Title', 'CEUs']]).unit).toBe('ceu');
    expect(setUpImport([['Date', 'Title']]).unit).toBe('body-unit');
  });
});

describe('remap and missingFields', () => {
  it('moves a field to the chosen column and takes it off the column that had it', () => {
    expect(remap(['date', 'title', null], 2, 'title')).toEqual(['date', null, 'title']);
    expect(remap(['date', 'title'], 1, null)).toEqual(['date', null]);
  });

  it('names the fields an import cannot do without', () => {
    expect(missingFields([null, null], { defaultType: null })).toEqual([
      'date',
      'title',
      'type',
      'amount',
    ]);
    expect(missingFields(['date', 'title', 'powerSkills'], { defaultType: 'read' })).toEqual([]);
  });
});

describe('setUpImport with the header row the user chose', () => {
  /** A member record above the real header: it names as many columns as the header does. */
  const TITLED = [
    ['Name', 'Jane Doe', 'Status', 'Active', 'Total hours', '120', 'Provider', 'PMI'],
    ['Member ID', '12345'],
    ['Date', 'Title', 'Type', 'Hours'],
    ['2025-03-10', 'Risk workshop', 'Course', '2'],
  ];

  it.each<[string, number | undefined, Partial<ReturnType<typeof setUpImport>>]>([
    [
      'no choice: Ascent’s guess (the record, which names four columns first)',
      undefined,
      { headerRow: 0, mapping: ['title', null, 'status', null, 'amount', null, 'provider', null] },
    ],
    [
      'the real header: its names, its mapping and the unit its amount column implies',
      2,
      {
        headerRow: 2,
        header: ['Date', 'Title', 'Type', 'Hours'],
        mapping: ['date', 'title', 'type', 'amount'],
        unit: 'hours',
      },
    ],
    [
      'none: one unnamed column per cell of the widest row, nothing mapped',
      NO_HEADER_ROW,
      {
        headerRow: NO_HEADER_ROW,
        header: ['', '', '', '', '', '', '', ''],
        mapping: [null, null, null, null, null, null, null, null],
        unit: 'body-unit',
      },
    ],
  ])('%s', (_, headerRow, expected) => {
    expect(setUpImport(TITLED, headerRow)).toMatchObject(expected);
  });

  it('none: trailing empty cells do not add columns', () => {
    const setup = setUpImport(
      [
        ['2025-03-10', 'Leadership essentials', 'Course', '7', '', ''],
        ['2025-04-02', 'Risk workshop', 'Webinar', '2'],
      ],
      NO_HEADER_ROW,
    );
    expect(setup.header).toEqual(['', '', '', '']);
  });
});

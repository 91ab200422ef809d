/** Payloads the report PDF channel must refuse, and one it accepts. */
export const validReportPdfPayload = { pageSize: 'A4', suggestedName: 'progress-report.pdf' };

export const badReportPdfPayloads: [string, unknown][] = [
  ['an empty object', {}],
  ['no page size', { suggestedName: 'r.pdf' }],
  ['an unknown page size', { pageSize: 'A3', suggestedName: 'r.pdf' }],
  ['a lower-case page size', { pageSize: 'a4', suggestedName: 'r.pdf' }],
  ['no file name', { pageSize: 'A4' }],
  ['a name that is not a PDF', { pageSize: 'A4', suggestedName: 'report.exe' }],
  ['a path', { pageSize: 'A4', suggestedName: '../../etc/report.pdf' }],
  ['a Windows path', { pageSize: 'Letter', suggestedName: 'C:\\Users\\report.pdf' }],
  ['a device name', { pageSize: 'A4', suggestedName: 'con.pdf' }],
  ['a very long name', { pageSize: 'A4', suggestedName: `${'r'.repeat(300)}.pdf` }],
  ['an extra field', { pageSize: 'A4', suggestedName: 'r.pdf', printBackground: false }],
];

/** Payloads the notify:show channel must refuse, and one it accepts. */
export const validNotifyPayload = { title: 'PMP exam in 3 days', body: 'Tuesday 1 December' };

export const badNotifyPayloads: [string, unknown][] = [
  ['an empty object', {}],
  ['no body', { title: 'Exam soon' }],
  ['an empty title', { title: '   ', body: 'x' }],
  ['a very long title', { title: 't'.repeat(121), body: 'x' }],
  ['a very long body', { title: 'Exam', body: 'b'.repeat(501) }],
  ['a title that is not text', { title: 42, body: 'x' }],
  ['an extra field (icon path)', { title: 'Exam', body: 'x', icon: '/etc/passwd' }],
];

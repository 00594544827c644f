import { assignmentMail, digestMail, formatWhen, mailLanguage } from './messages';

describe('notification mails', () => {
  it('picks the admin language', () => {
    expect(mailLanguage('fi')).toBe('fi');
    expect(mailLanguage('fi-FI')).toBe('fi');
    expect(mailLanguage('en')).toBe('en');
    expect(mailLanguage(null)).toBe('en');
  });

  it('formats times on the zone clock in each language', () => {
    const at = new Date('2026-03-31T06:00:00Z'); // 09:00 Helsinki, summer time
    expect(formatWhen(at, 'Europe/Helsinki', 'fi')).toBe('ti 31.3.2026 klo 9.00');
    expect(formatWhen(at, 'Europe/Helsinki', 'en')).toBe('Tue 31 Mar 2026, 09:00');
  });

  it('writes the assignment mail in Finnish with due date, stage and link', () => {
    const mail = assignmentMail('fi', {
      title: 'Kevään <puutarha>opas',
      assignedBy: 'Eeva Editori',
      dueAt: new Date('2026-04-01T12:00:00Z'),
      publishAt: null,
      funnelStage: 'act',
      zone: 'Europe/Helsinki',
      link: 'http://localhost:1337/admin/plugins/calendar/my-work',
    });
    expect(mail.subject).toBe('Sinulle on annettu tehtävä: Kevään <puutarha>opas');
    expect(mail.text).toContain('Eeva Editori antoi sinulle sisällön työstettäväksi.');
    expect(mail.text).toContain('Määräpäivä: ke 1.4.2026 klo 15.00');
    expect(mail.text).toContain('Vaihe: Toiminta');
    expect(mail.html).toContain('Kevään &lt;puutarha&gt;opas');
    expect(mail.html).toContain('href="http://localhost:1337/admin/plugins/calendar/my-work"');
  });

  it('writes the digest in English with overdue and due-soon sections', () => {
    const mail = digestMail('en', {
      name: 'Aino',
      overdue: [{ title: 'Spring guide', when: new Date('2026-03-30T07:00:00Z') }],
      dueSoon: [{ title: 'Monitor Instagram', when: new Date('2026-04-01T06:00:00Z'), occurrences: 4, channel: 'Instagram' }],
      zone: 'Europe/Helsinki',
      link: 'http://x/admin/plugins/calendar/my-work',
    });
    expect(mail.subject).toBe('Vuosikello: 2 items due soon or overdue');
    expect(mail.text).toBe(
      [
        'Hi Aino,',
        '',
        'Overdue:',
        '- Spring guide – Mon 30 Mar 2026, 10:00',
        '',
        'Due within 48 hours:',
        '- Monitor Instagram (Instagram) – Wed 1 Apr 2026, 09:00 · 4 times',
        '',
        'My work: http://x/admin/plugins/calendar/my-work',
      ].join('\n')
    );
  });

  it('leaves out an empty section', () => {
    const mail = digestMail('fi', {
      name: 'Aino',
      overdue: [],
      dueSoon: [{ title: 'Opas', when: new Date('2026-04-01T06:00:00Z') }],
      zone: 'Europe/Helsinki',
      link: 'l',
    });
    expect(mail.subject).toBe('Vuosikello: 1 tehtävä erääntyy tai on myöhässä');
    expect(mail.text).not.toContain('Myöhässä');
    expect(mail.text).toContain('Erääntyy 48 tunnin sisällä:');
  });
});

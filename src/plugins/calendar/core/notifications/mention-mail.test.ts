import { mentionMail } from './mention-mail';

describe('mention mail', () => {
  it('quotes the comment, escapes it in HTML, links the piece, in the reader’s language', () => {
    const mail = mentionMail('fi', {
      title: 'Viikon uutiskirje',
      author: 'Maija Meikäläinen',
      body: 'Katso <b>tämä</b>\n@Pekka',
      link: 'https://cms.example/admin/x',
    });
    expect(mail.subject).toBe('Sinut mainittiin: Viikon uutiskirje');
    expect(mail.text).toBe(
      'Maija Meikäläinen mainitsi sinut kommentissa.\n\nViikon uutiskirje\n\n> Katso <b>tämä</b>\n> @Pekka\n\nAvaa sisältö: https://cms.example/admin/x'
    );
    expect(mail.html).toContain('<blockquote>Katso &lt;b&gt;tämä&lt;/b&gt;<br>@Pekka</blockquote>');
    expect(mentionMail('en', { title: 'T', author: null, body: 'x'.repeat(1200), link: 'l' }).text).toContain(`> ${'x'.repeat(1000)}…`);
  });
});

import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { Body1, Caption1, Link, Subtitle1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviewStrings } from './i18n';

const useStyles = makeStyles({
  root: {
    maxWidth: '52rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    lineHeight: tokens.lineHeightBase400,
  },
  list: { margin: 0, paddingLeft: '1.5em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  code: { fontFamily: tokens.fontFamilyMonospace, backgroundColor: tokens.colorNeutralBackground3, padding: '0 0.25em' },
  pending: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** A catalogue text with its `{name}` placeholders replaced by elements (commands, links), in the locale's word order. */
function fill(text: string, parts: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text.split(/\{(\w+)\}/).map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece}</Fragment>);
}

/** How to sideload the add-in into Excel (desktop and web), shown on machines without Excel, in the page's language. */
export function SideloadGuide({ strings: s }: { strings: PreviewStrings }) {
  const styles = useStyles();
  const code = (text: string) => <code className={styles.code}>{text}</code>;
  return (
    <main className={styles.root}>
      <Title2 as="h1">{s['guide.title']}</Title2>
      <Body1 as="p">{s['guide.intro']}</Body1>

      <section>
        <Subtitle1 as="h2">{s['guide.desktop']}</Subtitle1>
        <ol className={styles.list}>
          <li>{fill(s['guide.desktop.certs'], { command: code('npx office-addin-dev-certs install') })}</li>
          <li>{fill(s['guide.desktop.start'], { server: code('npm start'), command: code('npm run start:desktop') })}</li>
          <li>{fill(s['guide.desktop.stop'], { command: code('npm run stop:desktop') })}</li>
        </ol>
      </section>

      <section>
        <Subtitle1 as="h2">{s['guide.web']}</Subtitle1>
        <ol className={styles.list}>
          <li>
            {fill(s['guide.web.download'], {
              manifest: (
                <Link href="manifest.xml" download>
                  manifest.xml
                </Link>
              ),
            })}
          </li>
          <li>{s['guide.web.open']}</li>
          <li>{s['guide.web.upload']}</li>
        </ol>
        <Caption1 as="p">{s['guide.web.certificate']}</Caption1>
      </section>

      <section>
        <Subtitle1 as="h2">{s['guide.pages']}</Subtitle1>
        <ul className={styles.list}>
          <li>
            <Link href="taskpane.html">{s['guide.pages.taskpane']}</Link>
            {s['guide.pages.taskpaneNote']}
          </li>
          <li>
            <Link href="manifest.xml">{s['guide.pages.manifest']}</Link>
          </li>
        </ul>
      </section>

      <Body1 as="p" className={styles.pending}>
        {fill(s['guide.preview'], { preview: <Link href="#">{s['guide.previewLink']}</Link> })}
      </Body1>
    </main>
  );
}

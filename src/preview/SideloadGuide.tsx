import { Body1, Caption1, Link, Subtitle1, Title2, makeStyles, tokens } from '@fluentui/react-components';

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

/** How to sideload the add-in into Excel (desktop and web), shown on machines without Excel. */
export function SideloadGuide() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">情報資産台帳 アドイン — 開発サーバー</Title2>
      <Body1 as="p">
        この開発サーバーは Excel アドイン「情報資産台帳」を配信しています。アドインは Excel の中で動きます。下の手順で Excel
        に読み込んでから、[ホーム] タブの [台帳パネル] を押してください。
      </Body1>

      <section>
        <Subtitle1 as="h2">Windows / Mac のデスクトップ版 Excel に読み込む</Subtitle1>
        <ol className={styles.list}>
          <li>
            初回だけ、開発用の証明書を信頼させます: <code className={styles.code}>npx office-addin-dev-certs install</code>
          </li>
          <li>
            この開発サーバー (<code className={styles.code}>npm start</code>) を動かしたまま、別のターミナルで <code className={styles.code}>npm run start:desktop</code>{' '}
            を実行します。Excel が起動し、アドインが読み込まれます。
          </li>
          <li>
            終わるときは <code className={styles.code}>npm run stop:desktop</code> を実行します。
          </li>
        </ol>
      </section>

      <section>
        <Subtitle1 as="h2">Excel on the web に読み込む</Subtitle1>
        <ol className={styles.list}>
          <li>
            <Link href="manifest.xml" download>
              manifest.xml
            </Link>{' '}
            をダウンロードします。
          </li>
          <li>Excel on the web でブックを開き、[ホーム] &gt; [アドイン] &gt; [その他のアドイン] を選びます。</li>
          <li>[マイ アドイン] &gt; [マイ アドインのアップロード] で manifest.xml を選びます。</li>
        </ol>
        <Caption1 as="p">
          ブラウザーがこのページの証明書を信頼していないと、アドインは表示されません。先に https://localhost:3000/
          を開いて警告が出ないことを確かめてください。
        </Caption1>
      </section>

      <section>
        <Subtitle1 as="h2">このサーバーのページ</Subtitle1>
        <ul className={styles.list}>
          <li>
            <Link href="taskpane.html">作業ウィンドウ (taskpane.html)</Link> — Excel の外で開くと、その旨が表示されます。
          </li>
          <li>
            <Link href="manifest.xml">マニフェスト (manifest.xml)</Link>
          </li>
        </ul>
      </section>

      <Body1 as="p" className={styles.pending}>
        Excel のない PC でも、<Link href="#">ブラウザー内プレビュー</Link>で台帳を作り、検証し、.xlsx として保存できます。
      </Body1>
    </main>
  );
}

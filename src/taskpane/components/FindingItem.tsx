import { useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles, tokens, useId } from '@fluentui/react-components';
import { renderIssue, ruleName } from '../../i18n';
import type { Issue } from '../operations';
import { fill } from '../i18n';
import type { Locale, UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXXS },
  finding: { justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, height: 'auto', width: '100%', paddingBlock: tokens.spacingVerticalXS },
  where: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalS },
  review: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  note: { color: tokens.colorNeutralForeground3, paddingInlineStart: tokens.spacingHorizontalM },
  rule: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Where a finding is, as the user reads it: `台帳_総務課!D7`, the sheet, or the file. */
export function whereOf(issue: Issue, t: UiCatalogue): string {
  const { file, sheet, cell } = issue.location;
  if (sheet === null) return `${t['findings.fileLevel']}: ${file ?? ''}`;
  const prefix = file !== null ? `${file} / ` : '';
  return cell ? `${prefix}${sheet}!${cell}` : `${prefix}${sheet}（${t['findings.sheetLevel']}）`;
}

interface Props {
  issue: Issue;
  locale: Locale;
  strings: UiCatalogue;
  onSelect: (issue: Issue) => void;
  /** Present for the keyword warnings that may be marked 確認済み. */
  onReview?: ((issue: Issue, reason: string, reviewer: string) => void) | undefined;
  /** The reviewer's name as last typed in this pane (prefilled). */
  reviewer?: string;
  /** For a reviewed warning: who, when and why. */
  reviewNote?: string;
}

/** One finding: a button that takes the user to its cell, and for keyword warnings a 確認済み form. */
export function FindingItem({ issue, locale, strings: t, onSelect, onReview, reviewer: lastReviewer = '', reviewNote }: Props) {
  const styles = useStyles();
  const [reviewing, setReviewing] = useState(false);
  const [reason, setReason] = useState('');
  const [reviewer, setReviewer] = useState(lastReviewer);
  const where = whereOf(issue, t);
  const message = renderIssue(issue, locale);
  const ruleId = useId('rule');
  const ready = reason.trim() !== '' && reviewer.trim() !== '';
  return (
    <li className={styles.item}>
      {/* The name keeps the address and the message apart (read as one word, 「E10レベル…」 is hard to follow). */}
      <Button
        appearance="subtle"
        className={styles.finding}
        aria-label={fill(t['findings.name'], { where, message })}
        aria-describedby={ruleId}
        onClick={() => onSelect(issue)}
      >
        <span>
          <span className={styles.where}>{where}</span>
          {message}
          {/* The rule's name beside its code: auditors read codes in 監査結果, clerks read names. */}
          <span id={ruleId} className={styles.rule}>
            {fill(t['findings.rule'], { name: ruleName(issue.code, locale), code: issue.code })}
          </span>
        </span>
      </Button>
      {reviewNote && <Caption1 className={styles.note}>{reviewNote}</Caption1>}
      {onReview && !reviewing && (
        <div className={styles.review}>
          <Button
            size="small"
            onClick={() => {
              setReviewer((name) => name || lastReviewer); // the name last typed in this pane
              setReviewing(true);
            }}
          >
            {t['review.button']}
          </Button>
        </div>
      )}
      {onReview && reviewing && (
        <div className={styles.review}>
          <Field label={t['review.reason']} size="small">
            <Input size="small" value={reason} onChange={(_e, d) => setReason(d.value)} autoFocus />
          </Field>
          <Field label={t['review.reviewer']} size="small">
            <Input size="small" value={reviewer} onChange={(_e, d) => setReviewer(d.value)} />
          </Field>
          <Button size="small" appearance="primary" disabledFocusable={!ready} onClick={() => ready && onReview(issue, reason.trim(), reviewer.trim())}>
            {t['review.save']}
          </Button>
          <Button size="small" onClick={() => setReviewing(false)}>
            {t['review.cancel']}
          </Button>
        </div>
      )}
    </li>
  );
}

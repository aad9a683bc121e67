import { useState } from 'react';
import type { CompositionEvent, FormEvent, KeyboardEvent, RefObject } from 'react';
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { CellBox } from './CellOverlay';

const useStyles = makeStyles({
  // Transparent (the cell shows through) and click-through, except while an IME composes: then the text shows.
  sink: {
    position: 'absolute',
    boxSizing: 'border-box',
    border: 'none',
    padding: '1px 4px',
    font: 'inherit',
    fontSize: '13px',
    backgroundColor: 'transparent',
    color: 'transparent',
    caretColor: 'transparent',
    outline: 'none',
    pointerEvents: 'none',
  },
  composing: { backgroundColor: '#ffffff', color: '#000000', caretColor: 'auto', zIndex: 3 },
});

interface Props {
  box: CellBox;
  sinkRef: RefObject<HTMLInputElement>;
  label: string;
  describedBy: string;
  onKey: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** Text typed, or committed by an IME (compositionend), on the selected cell. */
  onTyped: (text: string) => void;
  /** Text pasted on the selected cell (Ctrl+V). */
  onPaste: (text: string) => void;
}

/**
 * The selected cell's keyboard and IME input: an input over the cell that has the focus while a cell is selected.
 * A typed character or an IME's committed text arrives as input and starts the entry, as typing on a cell does in
 * Excel; while an IME composes, its text shows over the cell and nothing else happens.
 */
export function KeySink({ box, sinkRef, label, describedBy, onKey, onTyped, onPaste }: Props) {
  const styles = useStyles();
  const [composing, setComposing] = useState(false);
  const onInput = (e: FormEvent<HTMLInputElement>) => {
    if ((e.nativeEvent as InputEvent).isComposing || composing) return;
    const text = e.currentTarget.value;
    e.currentTarget.value = '';
    if (text !== '') onTyped(text);
  };
  const onCompositionEnd = (e: CompositionEvent<HTMLInputElement>) => {
    setComposing(false);
    const text = e.currentTarget.value || e.data;
    e.currentTarget.value = '';
    if (text) onTyped(text);
  };
  return (
    <input
      ref={sinkRef}
      className={mergeClasses(styles.sink, composing && styles.composing)}
      // Stays while the cell is edited (transparent, under the editor), so focus can come back to it at once.
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
      aria-label={label}
      aria-describedby={describedBy}
      autoComplete="off"
      spellCheck={false}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing || composing) return;
        onKey(e);
      }}
      onInput={onInput}
      onPaste={(e) => {
        e.preventDefault();
        const text = e.clipboardData.getData('text/plain');
        if (text !== '') onPaste(text);
      }}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={onCompositionEnd}
    />
  );
}

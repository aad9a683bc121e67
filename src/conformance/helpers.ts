/** Small helpers the cases share: error codes as data, waiting for events, a fresh Excel.run. */

/** The error code a promise rejects with ('ok' when it resolves). */
export async function outcomeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : null;
    return typeof code === 'string' ? code : 'error';
  }
}

/** 'ok' or 'fails' (for limits whose error code Microsoft does not name). */
export async function okOrFails(p: Promise<unknown>): Promise<{ result: 'ok' | 'fails'; code: string }> {
  const code = await outcomeOf(p);
  return { result: code === 'ok' ? 'ok' : 'fails', code };
}

/** The error code a synchronous call throws ('ok' when it does not). */
export function thrownBy(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : null;
    return typeof code === 'string' ? code : 'error';
  }
}

/** Resolve when `cond()` holds or after `ms` (events arrive asynchronously, in Excel after a round trip). */
export async function waitFor(cond: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

/** A pause for events that must NOT arrive. */
export const settle = (ms = 600): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);

export const sheetOf = (context: Excel.RequestContext, name: string): Excel.Worksheet => context.workbook.worksheets.getItem(name);

import { badInput } from '../../../../common/errors';

export const MAX_DESCRIPTION = 4000;
export const MAX_TITLE = 120;
export const MAX_IDEMPOTENCY_KEY = 100;

export interface IncidentText {
  title: string;
  description: string;
}

/** Checks the free-text fields of a submission; the title defaults to the description's first 80 characters. */
export function incidentText(title: string | null | undefined, description: string): IncidentText {
  const text = description.trim();
  if (text.length === 0) throw badInput('description is empty: say what happened.', 'description');
  if (text.length > MAX_DESCRIPTION) throw badInput(`description is longer than ${MAX_DESCRIPTION} characters.`, 'description');
  const given = title?.trim();
  if (given !== undefined && given.length === 0) throw badInput('title is empty: leave it out or give a few words.', 'title');
  if (given && given.length > MAX_TITLE) throw badInput(`title is longer than ${MAX_TITLE} characters.`, 'title');
  return { title: given ?? text.split('\n')[0].slice(0, 80), description: text };
}

/** An idempotency key is 1 to 100 printable ASCII characters. */
export function idempotencyKey(key: string): string {
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY || !/^[\x21-\x7e]+$/.test(key)) {
    throw badInput(`idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY} printable characters without spaces.`, 'idempotencyKey');
  }
  return key;
}

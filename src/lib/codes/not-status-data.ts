/** The tables behind `/not-status-codes/`, parsed once for the pages (`src/lib/codes/not-status-codes.ts`). */
import warnCsv from '../../data/warn-codes.csv?raw';
import wininetCsv from '../../data/wininet-errors.csv?raw';
import { type NotStatusGroup, parseWarnCodes, parseWininetErrors } from './not-status-codes';

export const warnCodes: NotStatusGroup = parseWarnCodes(warnCsv);
export const wininetErrors: NotStatusGroup = parseWininetErrors(wininetCsv);
export const NOT_STATUS_GROUPS: readonly NotStatusGroup[] = [warnCodes, wininetErrors];

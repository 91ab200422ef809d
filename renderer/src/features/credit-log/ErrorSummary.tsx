import type { Ref } from 'react';
import { fieldErrorText } from '../credentials/messages';
import { fieldLabel } from './messages';

export interface FormError {
  field: string;
  code: string;
  expected?: number;
  actual?: number;
  /** Evidence errors name the file. */
  name?: string;
}

interface Props {
  errors: readonly FormError[];
  acronyms: ReadonlyMap<string, string>;
  /** Moves focus to the field with this dotted path. */
  onGoTo: (field: string) => void;
  ref?: Ref<HTMLDivElement>;
}

/** The list of problems at the top of the form, each a button that goes to its field. */
export function ErrorSummary({ errors, acronyms, onGoTo, ref }: Props) {
  if (errors.length === 0) return null;
  const n = errors.length;
  return (
    <div className="form-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>
        {n === 1
          ? 'One thing needs your attention; nothing was saved:'
          : `${n} things need your attention; nothing was saved:`}
      </p>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <button type="button" className="link-button" onClick={() => onGoTo(e.field)}>
              {fieldLabel(e.field, acronyms)}
              {e.name ? ` (${e.name})` : ''}: {fieldErrorText(e.code, e)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

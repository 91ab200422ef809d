import { useState } from 'react';
import { mediaCredits, type MediaKind } from '../../../../shared/domain/journal';
import { compareMedia } from '../../../../shared/domain/journal/list-order';
import { formatDate, formatNumber } from '../../components/format';
import { useStore } from '../../db/store-context';
import { deleteMedia, type MediaRow } from '../../db/repositories/journal';
import { areaLabels } from '../credentials/messages';
import { EntryTable, matches, showEverything } from './EntryTable';
import type { TabProps } from './LearningScreen';
import { MediaForm, type MediaTyped } from './MediaForm';
import { mediaKindLabels } from './messages';
import { useEditing } from './use-editing';
import { useTabFormBack } from './use-form-back';
import { pendingFor, useAfterSave, useEntryDelete } from './use-entry-actions';
import { mediaWords, noMatchWords } from './tab-words';
import { WriteButton } from '../../components/read-only';

/** Reading, webinars and podcasts: add, edit, delete, filter by kind, confirm credits. */
export function MediaTab({
  journal,
  credit,
  query,
  linked,
  onPending,
  clearSearch,
  startNew,
}: TabProps) {
  const store = useStore();
  const { editing, open, close, closeTo, drop, listRef } = useEditing<MediaRow>(
    'learning',
    'reading',
    startNew,
  );
  const [kind, setKind] = useState<MediaKind | ''>('');
  // An entry deleted with changes in its form: Undo opens the form again with them.
  const back = useTabFormBack<MediaRow, MediaTyped>({
    screen: 'learning/reading',
    noun: 'entry',
    rows: journal.media,
    editing,
    open,
    drop,
    section: listRef,
  });
  const del = useEntryDelete(back.onDeleted);
  const afterSave = useAfterSave({ close, closeTo }, onPending, 'other');
  const held = credit.withRules;

  function saved(row: MediaRow, answered: boolean) {
    const proposal = mediaCredits(row, held);
    const pending = answered
      ? null
      : pendingFor('media', row.id, row.title, proposal, credit.withRules);
    afterSave(row.title, proposal, pending, answered, row.id);
  }

  // Shows every entry again: no search, no "Show" choice; focus goes where the change was.
  const showAll = () =>
    showEverything(() => setKind(''), query, clearSearch, 'media-show', listRef.current);

  const noMatch = noMatchWords(mediaWords, query, kind === '' ? null : mediaKindLabels[kind]);
  const rows = [...journal.media]
    .filter((m) => (kind === '' || m.kind === kind) && matches(query, m.title, m.author, m.notes))
    .sort(compareMedia);
  return (
    <section aria-label="Reading and listening" ref={listRef} tabIndex={-1}>
      {del.failure && (
        <p className="form-summary" role="alert">
          {del.failure}
        </p>
      )}
      {editing ? (
        <MediaForm
          key={editing === 'new' ? 'new' : editing.id}
          entry={editing === 'new' ? null : editing}
          stored={back.stored}
          typed={back.typed}
          onDraft={back.onDraft}
          held={held}
          onSaved={saved}
          onCancel={close}
        />
      ) : (
        <div className="actions">
          <WriteButton id="add-media" type="button" onClick={() => open('new')}>
            Add reading or listening
          </WriteButton>
          <label>
            Show{' '}
            <select
              id="media-show"
              value={kind}
              onChange={(e) => setKind(e.target.value as MediaKind | '')}
            >
              <option value="">Everything</option>
              {Object.entries(mediaKindLabels).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <EntryTable
        noun={mediaWords.noun}
        total={journal.media.length}
        emptyText={mediaWords.empty}
        noMatchText={noMatch.noMatchText}
        clear={{ label: noMatch.clearLabel, onClick: showAll }}
        caption="Your reading and listening"
        headers={['Title', 'Kind', 'Finished', 'Hours', 'Area']}
        lines={rows.map((m) => ({
          id: m.id,
          title: m.title,
          cells: [
            mediaKindLabels[m.kind],
            formatDate(m.date),
            formatNumber(m.hours),
            areaLabels[m.area],
          ],
          linked: linked.get(m.id) ?? 0,
          canPropose: mediaCredits(m, held).suggestions.length > 0,
          onEdit: () => open(m),
          onDelete: () =>
            del.ask(m.title, linked.get(m.id) ?? 0, (a) => deleteMedia(store, m.id, a)),
          onPropose: () =>
            onPending(pendingFor('media', m.id, m.title, mediaCredits(m, held), credit.withRules)),
        }))}
      />
      {del.dialog}
    </section>
  );
}

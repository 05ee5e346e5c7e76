import { Modal } from '@mantine/core';
import { type ReactNode, useState } from 'react';

/** What a list's add/edit dialog is open for: nothing (closed), a new record, or this one. */
type Editing<T> = T | 'new' | null;

/** A list page's add/edit dialog, and the "saved" note it leaves behind after a save. */
export function useEditDialog<T extends object>() {
  const [editing, setEditing] = useState<Editing<T>>(null);
  // Kept after closing, so the title does not change while the dialog fades out.
  const [adding, setAdding] = useState(true);
  const [saved, setSaved] = useState(false);
  return {
    editing,
    adding,
    open: (record: T | 'new') => {
      setEditing(record);
      setAdding(record === 'new');
    },
    close: () => setEditing(null),
    saved,
    hideSaved: () => setSaved(false),
    /** Closes the dialog and shows the saved note. */
    onSaved: () => {
      setEditing(null);
      setSaved(true);
    },
  };
}

/** The add/edit dialog of a list page: the title says which, and the form mounts only while open. */
export function EditModal<T extends object>(props: {
  dialog: { editing: Editing<T>; adding: boolean; close: () => void };
  titles: { addTitle: string; editTitle: string };
  /** The form for the record, or for a new one (null). */
  children: (record: T | null) => ReactNode;
}) {
  const { editing, adding, close } = props.dialog;
  return (
    <Modal
      opened={editing !== null}
      onClose={close}
      title={adding ? props.titles.addTitle : props.titles.editTitle}
      size="lg"
    >
      {editing !== null && props.children(editing === 'new' ? null : editing)}
    </Modal>
  );
}

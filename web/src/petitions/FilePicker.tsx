import { FileInput } from '@mantine/core';
import { useState } from 'react';
import { ACCEPT, checkFiles } from './files.ts';
import { files as m } from './messages.ts';

/**
 * Chooses attachments and refuses what would certainly be refused (type by extension, size),
 * showing the limits up front; the server still checks each file's content.
 */
export function FilePicker(props: {
  label: string;
  value: File[];
  onChange: (files: File[]) => void;
  portal?: boolean;
  error?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <FileInput
      label={props.label}
      description={props.portal ? m.portalLimits : m.limits}
      placeholder={m.choose}
      multiple
      clearable
      accept={ACCEPT}
      value={props.value}
      onChange={(files) => {
        const problem = checkFiles(files, props.portal ?? false);
        setError(problem);
        props.onChange(problem ? [] : files);
      }}
      error={error ?? props.error}
    />
  );
}

import { Button, Group } from '@mantine/core';

/** A dialog form's footer: cancel, then the submit button that spins while the request runs. */
export function FormButtons(props: {
  cancel: string;
  submit: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" type="button" onClick={props.onCancel}>
        {props.cancel}
      </Button>
      <Button type="submit" loading={props.pending}>
        {props.submit}
      </Button>
    </Group>
  );
}

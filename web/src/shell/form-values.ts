import { type ChangeEvent, type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';

/** The fields of V that hold plain text: what a text input, a textarea or a date field edits. */
type TextKey<V> = {
  [K in keyof V]-?: string extends V[K] ? (V[K] extends string ? K : never) : never;
}[keyof V] &
  string;

/** A check of a form's values: the input to send when they pass, and the errors by field. */
export interface FormReading<I> {
  input?: I;
  errors: Partial<Record<string, string>>;
}

/** What a page gives the form of a record it saves itself: the save's state, and save and cancel. */
export interface SaveFormProps<I> {
  saving: boolean;
  error: unknown;
  onSave: (input: I) => void;
  onCancel: () => void;
}

/**
 * A form's typed values and its errors: those found before sending, else the server's for the
 * same field (the API answers 400 with Vietnamese messages by field name). `text` and `date` give
 * an input its value, change handler and error in one spread.
 */
export function useFormValues<V extends object>(initial: () => V, serverError: unknown) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const server = serverError instanceof ApiError ? serverError.fields : {};
  const set = <K extends keyof V>(k: K, value: V[K]) => setValues((prev) => ({ ...prev, [k]: value }));
  const errorOf = (k: string) => errors[k] ?? server[k];
  const setText = (k: TextKey<V>, value: string) => set(k, value as V[TextKey<V>]);
  const text = (k: TextKey<V>) => ({
    value: values[k] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setText(k, e.currentTarget.value),
    error: errorOf(k),
  });
  const date = (k: TextKey<V>) => ({
    value: values[k] as string,
    onChange: (value: string) => setText(k, value),
    error: errorOf(k),
  });
  /** The submit handler: `read` checks the values, its errors show, and what passes is sent. */
  const submit =
    <I>(read: (v: V) => FormReading<I>, send: (input: I) => void) =>
    (e: FormEvent) => {
      e.preventDefault();
      const { input, errors: found } = read(values);
      setErrors(found);
      if (input) send(input);
    };
  return { values, setValues, set, setErrors, errorOf, text, date, submit };
}

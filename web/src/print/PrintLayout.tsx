import './print.css';
import { Button, Group, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { formatPlaceAndDate } from '../lib/format.ts';
import { print } from './messages.ts';
import { placeName } from './names.ts';

const pageMargins = { A5: '12mm 10mm 12mm 18mm', A4: '20mm 15mm 20mm 30mm' } as const;

/**
 * A printable form on its own route: a toolbar on screen (print, back), the sheet at paper size,
 * and `@page` set for this route only. The print button takes the focus, so Enter prints.
 */
export function PrintLayout(props: {
  size: 'A5' | 'A4';
  title: string;
  back: ReactNode;
  children: ReactNode;
}) {
  const printRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.title;
    // The browser proposes the title as the PDF's file name.
    document.title = props.title;
    printRef.current?.focus();
    return () => {
      document.title = before;
    };
  }, [props.title]);

  return (
    <div className="print-screen">
      <style>{`@page { size: ${props.size} portrait; margin: ${pageMargins[props.size]}; }`}</style>
      <Group className="print-toolbar" gap="md" wrap="wrap">
        <Button ref={printRef} onClick={() => window.print()}>
          {print.print}
        </Button>
        {props.back}
        <Text size="sm" c="dimmed">
          {props.size === 'A5' ? print.hint : print.hintA4}
        </Text>
      </Group>
      <main className={`print-page ${props.size.toLowerCase()}`}>{props.children}</main>
    </div>
  );
}

/**
 * The two-column header (Nghị định 30/2020, Phụ lục I): the issuing body on the left, national
 * name and motto on the right, the place and date in italics under the motto.
 */
export function NationalHeader(props: {
  parent?: string;
  body: string[];
  number?: string;
  communeName: string;
  date?: string;
}) {
  return (
    <header className="nd-header">
      <div>
        {props.parent && <div className="parent">{props.parent}</div>}
        {props.body.map((line) => (
          <div className="body" key={line}>
            {line}
          </div>
        ))}
        <div className="rule short" />
        {props.number && <div>{props.number}</div>}
      </div>
      <div>
        <div className="nation">{print.nation}</div>
        <div className="motto">{print.motto}</div>
        <div className="rule motto-rule" />
        {props.date && (
          <div className="dateline">{formatPlaceAndDate(placeName(props.communeName), props.date)}</div>
        )}
      </div>
    </header>
  );
}

/** A signature block: who signs in bold upper case, the hint in italics, room for the signature. */
export function Signature(props: { lines: string[]; hint: string; name?: string | null }) {
  return (
    <div>
      {props.lines.map((l) => (
        <div className="who" key={l}>
          {l}
        </div>
      ))}
      <div className="hint">{props.hint}</div>
      {props.name && <div className="who">{props.name}</div>}
    </div>
  );
}

import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';

// Mantine's `component={Link}` loses the router's types (params and search become `any`-ish and
// then refuse objects); createLink keeps them, so a typo in a route or a param fails the build.

type AnchorElProps = AnchorProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;
const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorElProps>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
const CreatedAnchor = createLink(MantineAnchor);
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedAnchor {...props} />;

const MantineBackAnchor = forwardRef<HTMLAnchorElement, AnchorElProps>(({ children, ...props }, ref) => (
  <Anchor ref={ref} size="sm" {...props}>
    ← {children}
  </Anchor>
));
const CreatedBack = createLink(MantineBackAnchor);
/** "← Back to the list" above a page's title. */
export const BackLink: LinkComponent<typeof MantineBackAnchor> = (props) => <CreatedBack {...props} />;

type ButtonElProps = ButtonProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;
const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonElProps>((props, ref) => (
  <Button ref={ref} component="a" {...props} />
));
const CreatedButton = createLink(MantineButtonAnchor);
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => <CreatedButton {...props} />;

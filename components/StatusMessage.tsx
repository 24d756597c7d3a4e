import type { ComponentChildren } from 'preact';

export interface StatusMessageProps {
  title: string;
  detail?: string;
  /** `alert` for failures the user did not expect; the default `status` is announced politely. */
  role?: 'status' | 'alert';
  /** Extra class for the state (e.g. `rs-state-restricted`). */
  className?: string;
  children?: ComponentChildren;
}

export function StatusMessage({ title, detail, role = 'status', className, children }: StatusMessageProps) {
  return (
    <section class={`rs-status ${className ?? ''}`.trim()} role={role}>
      <h1 class="rs-status-title">{title}</h1>
      {detail ? <p class="rs-status-detail">{detail}</p> : null}
      {children}
    </section>
  );
}

import type { ComponentChildren } from 'preact';

export interface StatusMessageProps {
  title: string;
  detail?: string;
  role?: 'status' | 'alert';
  children?: ComponentChildren;
}

export function StatusMessage({ title, detail, role = 'status', children }: StatusMessageProps) {
  return (
    <section class="rs-status" role={role} aria-live={role === 'alert' ? 'assertive' : 'polite'}>
      <h1 class="rs-status-title">{title}</h1>
      {detail ? <p class="rs-status-detail">{detail}</p> : null}
      {children}
    </section>
  );
}

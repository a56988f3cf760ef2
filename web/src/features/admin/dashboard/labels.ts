import type { FunnelStage, Kpi } from '@aether/common';

export const KPI_LABELS: Record<Kpi['key'], { label: string; period: string }> = {
  dau: { label: 'Daily active users', period: 'vs yesterday' },
  wau: { label: 'Weekly active users', period: 'vs previous 7 days' },
  mau: { label: 'Monthly active users', period: 'vs previous 30 days' },
  sign_up: { label: 'Sign-ups (7 days)', period: 'vs previous 7 days' },
  message_sent: { label: 'Messages (7 days)', period: 'vs previous 7 days' },
  page_view: { label: 'Page views (7 days)', period: 'vs previous 7 days' },
  client_error: { label: 'Client errors (7 days)', period: 'vs previous 7 days' },
};

export const FUNNEL_LABELS: Record<FunnelStage, string> = {
  sign_up: 'Signed up',
  message_sent: 'Sent a message',
  course_enrolled: 'Enrolled in a course',
  course_completed: 'Completed a course',
};

/** "Dec 1" from "2026-12-01". */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

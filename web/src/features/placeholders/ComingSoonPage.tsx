import { EmptyState } from '../../components/EmptyState';

export function ComingSoonPage({ title, icon, children }: { title: string; icon: string; children: string }) {
  return (
    <div className="page">
      <h1>{title}</h1>
      <EmptyState title="Coming soon" icon={icon}>
        <p>{children}</p>
      </EmptyState>
    </div>
  );
}

import { NavLink } from 'react-router';

/** Studio · Assistant · History, at the top of each AI page. */
export function AiTabs() {
  return (
    <nav className="ai-tabs" aria-label="AI">
      <NavLink to="/studio" end>
        Studio
      </NavLink>
      <NavLink to="/assistant">Assistant</NavLink>
      <NavLink to="/studio/history">History</NavLink>
    </nav>
  );
}

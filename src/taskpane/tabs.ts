/**
 * An accessible tab list (WAI-ARIA Tabs pattern): one tab in the tab order, arrow keys move between
 * tabs, Home and End jump, activation follows focus.
 */

/** Wire the tabs of a [role=tablist]; returns a function that selects a tab by id. */
export function setupTabs(tablist: HTMLElement, onChange?: (tabId: string) => void): (tabId: string) => void {
  const tabs = Array.from(tablist.querySelectorAll<HTMLElement>("[role=tab]"));

  function select(tabId: string, focus = false): void {
    for (const tab of tabs) {
      const on = tab.id === tabId;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      const panelId = tab.getAttribute("aria-controls");
      const panel = panelId ? document.getElementById(panelId) : null;
      if (panel) panel.hidden = !on;
      if (on && focus) tab.focus();
    }
    onChange?.(tabId);
  }

  tablist.addEventListener("click", (e) => {
    const tab = (e.target as HTMLElement).closest<HTMLElement>("[role=tab]");
    if (tab) select(tab.id);
  });
  tablist.addEventListener("keydown", (e) => {
    const current = tabs.findIndex((t) => t === document.activeElement);
    if (current < 0) return;
    let next = -1;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") next = (current + 1) % tabs.length;
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = (current - 1 + tabs.length) % tabs.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = tabs.length - 1;
    const target = tabs[next];
    if (!target) return;
    e.preventDefault();
    select(target.id, true);
  });
  return (tabId: string) => select(tabId);
}

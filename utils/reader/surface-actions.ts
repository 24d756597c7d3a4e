/**
 * Actions that open other browser surfaces or ask for permissions. Each must run synchronously
 * inside the click (or key) handler: `sidePanel.open`, `sidebarAction.open` and
 * `permissions.request` need the user gesture, which an `await` before them would lose.
 */
export interface SidePanelApi {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Returns null when this browser has neither.
 * The tab the view reads wins over the view's own window: a popup pinned with `?tab=` may live in
 * another window, and the panel belongs beside the article, not beside the popup.
 */
export function openSidePanelNow(api: SidePanelApi, where: { windowId: number | null; tabId: number | null }) {
  if (api.sidePanel) {
    if (where.tabId !== null) return api.sidePanel.open({ tabId: where.tabId });
    if (where.windowId !== null) return api.sidePanel.open({ windowId: where.windowId });
    return null;
  }
  return api.sidebarAction ? api.sidebarAction.open() : null;
}

export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * "Detect articles as I browse": turning it on asks for the optional host permission first and
 * only then stores the setting; turning it off stores false (the background gives the permission back).
 */
export function changeDetection(
  enabled: boolean,
  deps: {
    permissions: PermissionsApi;
    origins: string[];
    save(value: boolean): Promise<unknown> | undefined;
    onDenied(): void;
  },
): Promise<void> {
  if (!enabled) return Promise.resolve(deps.save(false)).then(() => undefined);
  return deps.permissions.request({ origins: deps.origins }).then(
    async (granted) => {
      if (granted) await deps.save(true);
      else deps.onDenied();
    },
    () => deps.onDenied(),
  );
}

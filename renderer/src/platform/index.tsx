import { createContext, useContext, type ReactNode } from 'react';
import type { AscentBridge } from '../../../shared/ipc/contract';
import type { Platform } from '../../../shared/platform';
import { createDesktopPlatform } from './desktop';
import { createWebPlatform } from './web';

declare global {
  interface Window {
    ascent?: AscentBridge;
  }
}

/** Chosen once at start-up: the desktop bridge when the preload provided one, else the web. */
export function choosePlatform(version: string): Platform {
  return window.ascent ? createDesktopPlatform(window.ascent) : createWebPlatform(version);
}

const PlatformContext = createContext<Platform | null>(null);

export function PlatformProvider({
  platform,
  children,
}: {
  platform: Platform;
  children: ReactNode;
}) {
  return <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>;
}

export function usePlatform(): Platform {
  const p = useContext(PlatformContext);
  if (!p) throw new Error('usePlatform outside PlatformProvider');
  return p;
}

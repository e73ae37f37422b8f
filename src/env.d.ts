/// <reference types="astro/client" />

declare namespace App {
  // Per-page render state: widget instance counters (src/widgets/kit/instance.ts).
  interface Locals extends import('./widgets/kit/instance').WidgetLocals {}
}

/**
 * A full garbage collection on demand, for the build's long loops whose garbage V8 would otherwise let pile
 * up (see the callers for what was measured). Node only exposes `gc` with --expose-gc; setting the flag
 * at run time makes it available in contexts created afterwards, so it is taken from a new one.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

/**
 * Lets the scripts import src/ modules as they are written for Vite: `./common` finds
 * `./common.ts` (Node only resolves the exact file name). Loaded with `node --import`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\//.test(specifier) || /\.\w+$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

// Names read from the command line or from article text are looked up in tables: a name such as
// "constructor" or "__proto__" must find nothing there, never a member of Object.prototype
// (`chart constructor --width 3` crashed with an internal error: `name in OPTIONS_OF` saw the prototype).
import { describe, it } from 'vitest';
import { cli, expectOneLineError } from './helpers';

describe('prototype member names are unknown names, not internal errors', () => {
  it('chart NAME with an option refuses the name or the option in one line', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expectOneLineError(await cli(['chart', name, '--width', '3']), 2);
      expectOneLineError(await cli(['chart', name]), 2, new RegExp(`no chart "${name}"`));
    }
  });
});

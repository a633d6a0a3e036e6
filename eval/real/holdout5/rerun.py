"""Runs one of ../holdout3's sampling scripts as this set's rule: `h3` is this set's h5 module (exclusion list with
holdout4 and every earlier set, near-duplicate guard over every other set incl. holdout4), and the listed textual
substitutions (offsets, id prefix) are applied, each asserted to occur exactly once, so the strata, filters, quotas
and sentence picking stay holdout3's (imported, not copied; as ../holdout4/rerun.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h5   # noqa: E402

def run(script, subs):
    src = open(os.path.join(HERE, '..', 'holdout3', script)).read()
    for old, new in subs:
        assert src.count(old) == 1, (script, old, src.count(old))
        src = src.replace(old, new)
    sys.modules['h3'] = h5
    os.chdir(HERE)
    exec(compile(src, f'../holdout3/{script} (holdout5 offsets)', 'exec'), {'__name__': '__main__', '__file__': os.path.join(HERE, script)})
